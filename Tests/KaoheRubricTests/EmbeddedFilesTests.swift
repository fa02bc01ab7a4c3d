import Foundation
import Testing

@testable import KaoheRubric

/// The embedded copies of the rubric and baseline files must match Resources/ exactly. Run with
/// KAOHE_RECORD=1 to regenerate EmbeddedFiles.swift; the run then fails once, so that a new
/// embedding is never accepted silently.
@Suite struct EmbeddedFilesTests {
  static let resources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Sources/KaoheRubric/Resources")

  static func files(_ kind: String) throws -> [(String, String)] {
    let dir = resources.appendingPathComponent(kind)
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".yaml") }.sorted()
    return try names.map { ($0, try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8)) }
  }

  static func generated(rubrics: [(String, String)], baselines: [(String, String)]) -> String {
    func block(_ files: [(String, String)]) -> String {
      files.map { "    (\n      \"\($0.0)\",\n      ##\"\"\"\n\($0.1)\n\"\"\"##\n    )," }.joined(separator: "\n")
    }
    return """
      // Generated from Sources/KaoheRubric/Resources by
      // `KAOHE_RECORD=1 swift test --filter EmbeddedFilesTests`; do not edit by hand.

      /// The rubric and baseline files compiled into the binary, so that `kaohe` works when copied alone.
      enum EmbeddedFiles {
        /// Rubric files: (file name, text).
        static let rubrics: [(String, String)] = [
      \(block(rubrics))
        ]

        /// Baseline files: (file name, text).
        static let baselines: [(String, String)] = [
      \(block(baselines))
        ]
      }

      """
  }

  @Test func embeddedCopiesMatchResources() throws {
    let rubrics = try Self.files("rubrics")
    let baselines = try Self.files("baselines")
    let same = rubrics.map(\.0) == EmbeddedFiles.rubrics.map(\.0) && rubrics.map(\.1) == EmbeddedFiles.rubrics.map(\.1)
      && baselines.map(\.0) == EmbeddedFiles.baselines.map(\.0) && baselines.map(\.1) == EmbeddedFiles.baselines.map(\.1)
    if ProcessInfo.processInfo.environment["KAOHE_RECORD"] != nil, !same {
      let path = Self.resources.deletingLastPathComponent().appendingPathComponent("Embedded/EmbeddedFiles.swift")
      try Self.generated(rubrics: rubrics, baselines: baselines).write(to: path, atomically: true, encoding: .utf8)
      Issue.record("EmbeddedFiles.swift re-recorded; run the tests again")
      return
    }
    #expect(same, "Resources/ changed: run KAOHE_RECORD=1 swift test --filter EmbeddedFilesTests")
  }

  @Test func everyEmbeddedRubricAndBaselineLoads() throws {
    for file in Catalog.rubrics {
      let compiled = try Catalog.rubric(file.id)
      _ = try Catalog.baseline(nil, for: compiled.rubric)
    }
  }
}
