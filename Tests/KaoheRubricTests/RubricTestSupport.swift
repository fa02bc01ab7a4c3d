import Foundation
import KaoheDiagnostics
import KaoheRubric

enum FixtureError: Error { case missing(String) }

enum Fixture {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

  static func text(_ name: String) throws -> String {
    try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
  }

  static func sample() throws -> CompiledRubric {
    try RubricCompiler.compile(try RubricLoader.load(text: try text("sample.yaml"), path: "sample.yaml"))
  }

  static func sampleBaseline(_ compiled: CompiledRubric) throws -> Baseline {
    try BaselineLoader.load(text: try text("sample-baseline.yaml"), path: "sample-baseline.yaml", rubric: compiled.rubric)
  }

  /// The diagnostics of loading and compiling `yaml`, or [] when it loads.
  static func diagnostics(_ yaml: String) -> [Diagnostic] {
    do {
      _ = try RubricCompiler.compile(try RubricLoader.load(text: yaml, path: "bad.yaml"))
      return []
    } catch {
      return error.diagnostics
    }
  }

  /// The sample rubric's text with one substring replaced.
  static func sampleReplacing(_ old: String, with new: String) throws -> String {
    let t = try text("sample.yaml")
    guard t.contains(old) else { throw FixtureError.missing(old) }
    return t.replacingOccurrences(of: old, with: new)
  }

  /// Inputs of the sample baseline with some overridden by name.
  static func inputs(_ compiled: CompiledRubric, _ base: Baseline, _ overrides: [String: Double]) -> [Double] {
    var v = base.vector(for: compiled.rubric)
    for (name, value) in overrides {
      if let i = compiled.rubric.inputs.firstIndex(where: { $0.name == name }) { v[i] = value }
    }
    return v
  }
}
