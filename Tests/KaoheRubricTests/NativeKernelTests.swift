import Foundation
import KaoheFormula
import KaoheTestSupport
import Testing

@testable import KaoheRubric

/// The embedded rubrics run as Swift compiled ahead of time (`NativeSource`), and that code must
/// be the one generated from the current rubric files and compute every slot bit for bit as the
/// interpreter does. Run with KAOHE_RECORD=1 to regenerate Sources/KaoheRubric/Native/; the run
/// then fails once, so that new code is never accepted silently.
@Suite struct NativeKernelTests {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Sources/KaoheRubric/Native")

  static func fileName(_ id: String) -> String {
    let name = NativeRubrics.name(for: id)
    return name.prefix(1).uppercased() + name.dropFirst() + ".swift"
  }

  @Test func generatedSourcesAreCurrent() throws {
    var stale: [String] = []
    for file in Catalog.rubrics {
      let compiled = try Catalog.rubric(file.id)
      let name = NativeRubrics.name(for: file.id)
      let source = NativeSource.generate(
        compiled.program, function: name, kernel: name + "Kernel", about: "the embedded rubric \(file.id)")
      let url = Self.directory.appendingPathComponent(Self.fileName(file.id))
      let current = try? String(contentsOf: url, encoding: .utf8)
      guard current != source else { continue }
      stale.append(file.id)
      if ProcessInfo.processInfo.environment["KAOHE_RECORD"] != nil {
        try source.write(to: url, atomically: true, encoding: .utf8)
      }
    }
    #expect(
      stale.isEmpty,
      "native code out of date for \(stale): run KAOHE_RECORD=1 swift test --filter NativeKernelTests (and add new files to NativeRubrics.kernels)"
    )
  }

  static let laneDirectory = directory.deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("CKaoheLanes/Native")

  /// The lane kernels (`LaneSource`, C in Sources/CKaoheLanes/Native/) are current too.
  @Test func laneSourcesAreCurrent() throws {
    var files: [(String, String)] = []
    var entries: [LaneSource.Entry] = []
    for file in Catalog.rubrics {
      let compiled = try Catalog.rubric(file.id)
      let name = NativeRubrics.name(for: file.id)
      let header = String(Self.fileName(file.id).dropLast(".swift".count)) + ".h"
      files.append((header, LaneSource.generate(compiled.program, function: name, about: "the embedded rubric \(file.id)")))
      entries.append(LaneSource.Entry(compiled.program, name: name, file: header))
    }
    let index = LaneSource.index(entries)
    files += [("Kernels.h", index.kernels), ("Fingerprints.h", index.fingerprints)]
    var stale: [String] = []
    for (name, source) in files {
      let url = Self.laneDirectory.appendingPathComponent(name)
      guard (try? String(contentsOf: url, encoding: .utf8)) != source else { continue }
      stale.append(name)
      if ProcessInfo.processInfo.environment["KAOHE_RECORD"] != nil {
        try source.write(to: url, atomically: true, encoding: .utf8)
      }
    }
    #expect(stale.isEmpty, "lane kernels out of date: \(stale): run KAOHE_RECORD=1 swift test --filter NativeKernelTests")
  }

  @Test func embeddedRubricsRunNative() throws {
    for file in Catalog.rubrics {
      let compiled = try Catalog.rubric(file.id)
      #expect(compiled.program.isNative, "\(file.id) runs interpreted")
      let slots = compiled.initialSlots(inputs: compiled.rubric.inputs.map { _ in 0 }, policies: compiled.defaultPolicies)
      #expect(SlicedRun(compiled.program, slots: slots, free: [0]).isNative, "\(file.id) runs its lanes interpreted")
    }
  }

  @Test func aChangedRubricRunsOnTheInterpreter() throws {
    let text = try #require(EmbeddedFiles.rubrics.first { $0.0 == "yulin-grain-2019.yaml" }?.1)
    let same = try RubricCompiler.compile(try RubricLoader.load(text: text, path: "same.yaml"))
    #expect(same.program.isNative)
    // One deduction made steeper: a different program, so no native code matches it.
    let edited = text.replacingOccurrences(of: "deduct(2, per: 0.4,", with: "deduct(2, per: 0.5,")
    #expect(edited != text)
    let compiled = try RubricCompiler.compile(try RubricLoader.load(text: edited, path: "edited.yaml"))
    #expect(!compiled.program.isNative)
    let baseline = try Catalog.baseline(nil, for: compiled.rubric)
    var inputs = compiled.rubric.inputs.map { baseline.values[$0.name] ?? 0 }
    if let i = compiled.rubric.inputs.firstIndex(where: { $0.name == "grain_sown_area_change" }) { inputs[i] = -0.03 }
    let evaluation = compiled.evaluate(inputs: inputs, policies: compiled.defaultPolicies)
    #expect(evaluation.clause("i5_sown_area") == 0.5)
  }

  /// Random inputs and policies, every slot compared by bit pattern.
  @Test func nativeMatchesTheInterpreterBitForBit() throws {
    for file in Catalog.rubrics {
      let compiled = try Catalog.rubric(file.id)
      let baseline = try Catalog.baseline(nil, for: compiled.rubric)
      var generator = SplitMix(seed: 20_261_122)
      let rubric = compiled.rubric
      for round in 0..<3000 {
        let (inputs, policies) = RandomPoint.make(for: rubric, baseline: baseline, round: round, using: &generator)
        var native = compiled.initialSlots(inputs: inputs, policies: policies)
        var interpreted = native
        Machine.run(compiled.program, slots: &native)
        Machine.interpret(compiled.program, slots: &interpreted)
        let differ = native.indices.filter { native[$0].bitPattern != interpreted[$0].bitPattern }
        #expect(differ.isEmpty, "\(file.id): slots \(differ.prefix(5)) differ, e.g. \(differ.first.map { (native[$0], interpreted[$0]) } as Any)")
        if !differ.isEmpty { break }
      }
    }
  }
}

