import Foundation
import KaoheDiagnostics
import KaoheRubric
import KaoheTestSupport

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

/// Random inputs and policies for a rubric, for comparing evaluators: booleans and choices at
/// random, numbers mostly inside their range and sometimes on its ends, on the baseline or at
/// round values (tiers' edges), depending on `round`.
enum RandomPoint {
  static func make(for rubric: Rubric, baseline: Baseline, round: Int, using generator: inout SplitMix)
    -> (inputs: [Double], policies: [Double])
  {
    var inputs = rubric.inputs.map { _ in 0.0 }
    for (i, input) in rubric.inputs.enumerated() {
      switch input.kind {
      case .boolean: inputs[i] = Double(Int.random(in: 0...1, using: &generator))
      case .choice: inputs[i] = Double(Int.random(in: 0..<max(1, input.options.count), using: &generator))
      default:
        let base = baseline.values[input.name] ?? 0
        let range = input.range ?? (Swift.min(base * 0.5, -1)...Swift.max(base * 1.5, 1))
        switch round % 4 {
        case 0: inputs[i] = [range.lowerBound, range.upperBound, base].randomElement(using: &generator) ?? base
        case 1: inputs[i] = (Double.random(in: range, using: &generator) * 10).rounded() / 10
        default: inputs[i] = Double.random(in: range, using: &generator)
        }
      }
    }
    let policies = rubric.policies.map {
      Double(Int.random(in: 0..<($0.isBoolean ? 2 : max(1, $0.options.count)), using: &generator))
    }
    return (inputs, policies)
  }
}
