import KaoheDiagnostics
import KaoheAnalysis
import KaoheRubric
import KaoheScenario

/// A rubric with a baseline, the current input values and policy values: what `score`, `explain`
/// and the REPL work on.
public struct Workspace: Sendable {
  /// The compiled rubric.
  public var compiled: CompiledRubric
  /// The baseline.
  public var baseline: Baseline
  /// Current inputs, in rubric order.
  public var inputs: [Double]
  /// Current policy values, in policy order.
  public var policies: [Double]
  /// Distributions given with `vary`, by input name, for Monte Carlo and Sobol.
  public var distributions: [String: Distribution] = [:]
  /// Costs per unit of change given with `cost`, by input name, for plans.
  public var costs: [String: Double] = [:]

  /// Loads a rubric and baseline by embedded id or path (the defaults when nil).
  public static func load(rubric: String?, baseline: String?) throws(DiagnosticError) -> Workspace {
    let compiled = try Catalog.rubric(rubric)
    let base = try Catalog.baseline(baseline, for: compiled.rubric)
    return Workspace(compiled: compiled, baseline: base, inputs: base.vector(for: compiled.rubric), policies: compiled.defaultPolicies)
  }

  /// The state a scenario header describes: its rubric, baseline, policies and changed inputs.
  public static func load(header: Scenario.Header) throws(DiagnosticError) -> Workspace {
    var w = try Workspace.load(rubric: header.rubric, baseline: header.baseline.isEmpty ? nil : header.baseline)
    for (name, value) in header.policies { try w.setPolicy(name, value) }
    for (name, value) in header.inputs { try w.apply(assignment: "\(name)=\(value)") }
    return w
  }

  /// The rubric.
  public var rubric: Rubric { compiled.rubric }

  /// The baseline's values, in rubric order.
  public var baselineInputs: [Double] { baseline.vector(for: rubric) }

  /// Scores the current inputs.
  public func evaluate() -> Evaluation { compiled.evaluate(inputs: inputs, policies: policies) }

  /// Scores the baseline: its inputs under the default policies.
  public func evaluateBaseline() -> Evaluation { compiled.evaluate(inputs: baselineInputs, policies: compiled.defaultPolicies) }

  /// Finds an input by full name, unit-local name (when unambiguous) or Chinese label.
  public func findInput(_ name: String) -> Result<Int, Diagnostic> {
    let inputs = rubric.inputs
    if let i = inputs.firstIndex(where: { $0.name == name }) { return .success(i) }
    let local = inputs.indices.filter { inputs[$0].localName == name || inputs[$0].label.zh == name }
    if local.count == 1 { return .success(local[0]) }
    if local.count > 1 {
      let names = local.prefix(5).map { inputs[$0].name }.joined(separator: ", ")
      return .failure(Diagnostic(id: "input.ambiguous", message: "'\(name)' is an input of several \(rubric.unitLabel.en)s", hint: "name one in full: \(names)"))
    }
    return .failure(Diagnostic(id: "input.unknown", message: "no input named '\(name)'", hint: Suggestions.hint(for: name, among: inputs.map(\.name)) ?? "list them with 'inputs'"))
  }

  /// Applies `NAME=VALUE`.
  public mutating func apply(assignment: String) throws(DiagnosticError) {
    guard let eq = assignment.firstIndex(of: "=") else {
      throw DiagnosticError(Diagnostic(id: "set.syntax", message: "'\(assignment)' should read NAME=VALUE", hint: "e.g. --set grain_sown_area_change=-3%"))
    }
    let name = assignment[..<eq].trimmingCharacters(in: .whitespaces)
    let text = assignment[assignment.index(after: eq)...].trimmingCharacters(in: .whitespaces)
    switch findInput(name) {
    case .failure(let d): throw DiagnosticError(d)
    case .success(let i):
      switch InputValues.check(text, for: rubric.inputs[i]) {
      case .success(let v): inputs[i] = v
      case .failure(let f):
        throw DiagnosticError(Diagnostic(id: f.id, message: "\(rubric.inputs[i].name): \(f.message)", hint: f.hint))
      }
    }
  }

  /// Applies `NAME=VALUE` to a policy.
  public mutating func apply(policy assignment: String) throws(DiagnosticError) {
    let parts = assignment.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
    guard parts.count == 2 else {
      throw DiagnosticError(Diagnostic(id: "policy.syntax", message: "'\(assignment)' should read NAME=VALUE", hint: "e.g. --policy cap_indicators=off"))
    }
    try setPolicy(parts[0], parts[1])
  }

  /// Sets a policy by name to a value as typed.
  public mutating func setPolicy(_ name: String, _ value: String) throws(DiagnosticError) {
    guard let i = rubric.policies.firstIndex(where: { $0.name == name }) else {
      throw DiagnosticError(Diagnostic(id: "policy.unknown", message: "no policy named '\(name)'", hint: Suggestions.hint(for: name, among: rubric.policies.map(\.name)) ?? "policies: \(rubric.policies.map(\.name).joined(separator: ", "))"))
    }
    let p = rubric.policies[i]
    guard let v = p.parseValue(value) else {
      throw DiagnosticError(Diagnostic(id: "policy.bad-value", message: "'\(value)' is not a value of \(name)", hint: "choose one of: \(p.valueNames.joined(separator: ", "))"))
    }
    policies[i] = v
  }

  /// A report of the current scores against the baseline.
  public func report() -> ScoreReport {
    ScoreReport.make(now: evaluate(), base: evaluateBaseline(), baseline: baseline, policies: policies)
  }

  /// Finds an indicator by id or number, within a unit when given as `unit.id`/`部门 id`.
  public func findIndicator(_ key: String) -> Result<Indicator, Diagnostic> {
    if let i = rubric.indicator(key) { return .success(i) }
    let local = rubric.indicators.filter { $0.localID == key }
    if local.count > 1 {
      let names = local.prefix(4).map(\.id).joined(separator: ", ")
      return .failure(Diagnostic(id: "indicator.ambiguous", message: "'\(key)' names an indicator of \(local.count) \(rubric.unitLabel.en)s", hint: "name one in full: \(names)\(local.count > 4 ? ", …" : "")"))
    }
    let all = rubric.indicators
    let candidates = all.map(\.id) + (rubric.isMultiUnit ? [] : all.flatMap { $0.numbers.map(String.init) })
    var hint = Suggestions.hint(for: key, among: all.map(\.id))
    if hint == nil {
      hint = rubric.isMultiUnit ? "name it as UNIT.ID, e.g. \(all.first?.id ?? "")" : "indicators are numbered 1–\(all.flatMap(\.numbers).max() ?? 0) or named by id (\(all.first?.id ?? ""))"
    }
    _ = candidates
    return .failure(Diagnostic(id: "indicator.unknown", message: "no indicator '\(key)' in \(rubric.id)", hint: hint))
  }
}
