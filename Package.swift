// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Kaohe",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "kaohe", targets: ["kaohe"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
  ],
  targets: [
    .target(name: "KaoheDiagnostics"),
    .target(name: "KaoheFormula", dependencies: ["KaoheDiagnostics", "CKaoheLanes"]),
    // Optimized in every configuration: unoptimized, the compiled lane kernels take megabytes of
    // stack (a slot for every inlined step), more than a worker thread may have.
    .target(
      name: "CKaoheLanes", cSettings: [.unsafeFlags(["-O2"], .when(configuration: .debug))],
      linkerSettings: [.linkedLibrary("m")]),
    .target(
      name: "KaoheRubric",
      dependencies: ["KaoheFormula", "KaoheDiagnostics", "Yams"],
      exclude: ["Resources"]
    ),
    .target(name: "KaoheScenario", dependencies: ["KaoheDiagnostics"]),
    .target(name: "KaoheAnalysis", dependencies: ["KaoheRubric"]),
    .target(name: "KaoheShell", dependencies: ["KaoheAnalysis", "KaoheRubric", "KaoheScenario"]),
    .systemLibrary(
      name: "CLibEdit",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"])]
    ),
    .target(name: "KaoheLineEditing", dependencies: ["CLibEdit"]),
    .executableTarget(
      name: "kaohe",
      dependencies: [
        "KaoheShell", "KaoheRubric", "KaoheLineEditing",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]
    ),
    .target(name: "KaoheTestSupport", dependencies: ["KaoheDiagnostics"], path: "Tests/KaoheTestSupport"),
    .testTarget(name: "KaoheFormulaTests", dependencies: ["KaoheFormula", "KaoheTestSupport"]),
    .testTarget(name: "KaoheRubricTests", dependencies: ["KaoheRubric", "KaoheShell", "KaoheTestSupport"], exclude: ["Fixtures"]),
    .testTarget(name: "KaoheScenarioTests", dependencies: ["KaoheScenario", "KaoheTestSupport"]),
    .testTarget(name: "KaoheShellTests", dependencies: ["KaoheShell", "KaoheTestSupport"]),
    .testTarget(name: "kaoheTests", dependencies: ["kaohe", "KaoheTestSupport"]),
    .testTarget(name: "KaoheLineEditingTests", dependencies: ["KaoheLineEditing"]),
    .testTarget(name: "KaoheAnalysisTests", dependencies: ["KaoheAnalysis", "KaoheFormula", "KaoheTestSupport"], exclude: ["Fixtures"]),
  ]
)

// A release binary carries the Swift runtime and Foundation in itself (the executable's linker
// setting): loading and binding them took about 9 ms of each start of `kaohe score`
// (docs/performance.md). Every Swift module is compiled for the static libraries too, so that it
// names them for the linker.
for target in package.targets where target.type == .regular || target.type == .executable {
  target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]
}
