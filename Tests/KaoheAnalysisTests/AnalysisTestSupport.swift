import Foundation
import KaoheAnalysis
import KaoheRubric

enum FixtureError: Error { case missing(String) }

/// The sample rubric and baseline (copies of KaoheRubricTests' fixtures), and small rubrics written inline.
enum Fixture {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

  static func text(_ name: String) throws -> String {
    try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
  }

  static func sample() throws -> CompiledRubric {
    try RubricCompiler.compile(try RubricLoader.load(text: try text("sample.yaml"), path: "sample.yaml"))
  }

  /// The sample rubric at the sample baseline, with some inputs overridden by name.
  static func sampleContext(_ overrides: [String: Double] = [:], policies: [String: Double] = [:]) throws
    -> AnalysisContext
  {
    let compiled = try sample()
    let base = try BaselineLoader.load(
      text: try text("sample-baseline.yaml"), path: "sample-baseline.yaml", rubric: compiled.rubric)
    var context = AnalysisContext(compiled: compiled, baseline: base)
    for (name, value) in overrides {
      guard let i = compiled.rubric.inputs.firstIndex(where: { $0.name == name }) else {
        throw FixtureError.missing(name)
      }
      context.inputs[i] = value
    }
    for (name, value) in policies {
      guard let i = compiled.rubric.policies.firstIndex(where: { $0.name == name }) else {
        throw FixtureError.missing(name)
      }
      context.policies[i] = value
    }
    return context
  }

  /// The Yulin seed rubric at its example baseline, read from the rubric target's resources.
  static func yulinContext() throws -> AnalysisContext {
    let resources = directory.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Sources/KaoheRubric/Resources")
    let compiled = try Catalog.rubric(resources.appendingPathComponent("rubrics/yulin-grain-2019.yaml").path)
    let baseline = try Catalog.baseline(
      resources.appendingPathComponent("baselines/yulin-example-county.yaml").path, for: compiled.rubric)
    return AnalysisContext(compiled: compiled, baseline: baseline)
  }

  /// The Ankang seed rubric (21 departments, its headline their mean) at its embedded baseline.
  static func ankangContext() throws -> AnalysisContext {
    let compiled = try Catalog.rubric("ankang-selenium-2020")
    return AnalysisContext(compiled: compiled, baseline: try Catalog.baseline(nil, for: compiled.rubric))
  }

  /// A one-indicator rubric with numeric inputs (name, lower, upper) and clauses (id, formula).
  static func tiny(inputs: [(String, Double, Double)], clauses: [(String, String)], points: Double = 100) throws
    -> CompiledRubric
  {
    let inputLines = inputs.map {
      "  - {name: \($0.0), kind: number, label: {zh: 输入, en: input}, range: [\($0.1), \($0.2)]}"
    }
    let clauseLines = clauses.map { "            - {id: \($0.0), text: 条款, formula: '\($0.1)'}" }
    let yaml = """
      kaohe: 1
      id: tiny
      title: {zh: 小表, en: Tiny}
      total: \(points)
      inputs:
      \(inputLines.joined(separator: "\n"))
      areas:
        - id: a1
          title: {zh: 一, en: One}
          points: \(points)
          indicators:
            - id: i1
              title: {zh: 指标, en: Indicator}
              points: \(points)
              clauses:
      \(clauseLines.joined(separator: "\n"))
      """
    return try RubricCompiler.compile(try RubricLoader.load(text: yaml, path: "tiny.yaml"))
  }
}
