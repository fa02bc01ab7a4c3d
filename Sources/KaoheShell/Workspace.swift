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
    // An error without a place of its own (an unknown rubric, a bad policy value) is placed at
    // the header line that caused it.
    func at<T>(_ key: String, _ body: () throws(DiagnosticError) -> T) throws(DiagnosticError) -> T {
      do {
        return try body()
      } catch {
        guard let origin = header.origin, let line = origin.lines[key] else { throw error }
        throw DiagnosticError(error.diagnostics.map { d in
          var d = d
          if d.location == nil { d.location = SourceLocation(path: origin.path, line: line.number, column: 1, length: max(1, line.text.count), lineText: line.text) }
          return d
        })
      }
    }
    let compiled = try at("rubric") { () throws(DiagnosticError) in try Catalog.rubric(header.rubric) }
    let reference = header.baseline.isEmpty ? nil : header.baseline
    let baseline = try at(reference == nil ? "rubric" : "baseline") { () throws(DiagnosticError) in
      try Catalog.baseline(reference, for: compiled.rubric)
    }
    var w = Workspace(compiled: compiled, baseline: baseline, inputs: baseline.vector(for: compiled.rubric), policies: compiled.defaultPolicies)
    for (name, value) in header.policies { try at("policies") { () throws(DiagnosticError) in try w.setPolicy(name, value) } }
    for (name, value) in header.inputs { try at("inputs") { () throws(DiagnosticError) in try w.apply(assignment: "\(name)=\(value)") } }
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
      return .failure(Diagnostic(id: "input.ambiguous", message: L10n.t("'{0}' is an input of several {1}s", name, rubric.unitLabel.shown), hint: L10n.t("name one in full: {0}", names)))
    }
    return .failure(Diagnostic(id: "input.unknown", message: L10n.t("no input named '{0}'", name), hint: Suggestions.hint(for: name, among: inputs.map(\.name)) ?? L10n.t("list them with 'inputs'")))
  }

  /// Applies `NAME=VALUE`.
  public mutating func apply(assignment: String) throws(DiagnosticError) {
    guard let eq = assignment.firstIndex(of: "=") else {
      throw DiagnosticError(Diagnostic(id: "set.syntax", message: L10n.t("'{0}' should read NAME=VALUE", assignment), hint: L10n.t("e.g. --set grain_sown_area_change=-3%")))
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
      throw DiagnosticError(Diagnostic(id: "policy.syntax", message: L10n.t("'{0}' should read NAME=VALUE", assignment), hint: L10n.t("e.g. --policy cap_indicators=off")))
    }
    try setPolicy(parts[0], parts[1])
  }

  /// Sets a policy by name to a value as typed.
  public mutating func setPolicy(_ name: String, _ value: String) throws(DiagnosticError) {
    guard let i = rubric.policies.firstIndex(where: { $0.name == name }) else {
      throw DiagnosticError(Diagnostic(id: "policy.unknown", message: L10n.t("no policy named '{0}'", name), hint: Suggestions.hint(for: name, among: rubric.policies.map(\.name)) ?? L10n.t("policies: {0}", rubric.policies.map(\.name).joined(separator: ", "))))
    }
    let p = rubric.policies[i]
    guard let v = p.parseValue(value) else {
      throw DiagnosticError(Diagnostic(id: "policy.bad-value", message: L10n.t("'{0}' is not a value of {1}", value, name), hint: L10n.t("choose one of: {0}", p.valueNames.joined(separator: ", "))))
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
      return .failure(Diagnostic(id: "indicator.ambiguous", message: L10n.t("'{0}' names an indicator of {1} {2}s", key, local.count, rubric.unitLabel.shown), hint: L10n.t("name one in full: {0}", names + (local.count > 4 ? ", …" : ""))))
    }
    let all = rubric.indicators
    let candidates = all.map(\.id) + (rubric.isMultiUnit ? [] : all.flatMap { $0.numbers.map(String.init) })
    var hint = Suggestions.hint(for: key, among: all.map(\.id))
    if hint == nil {
      hint =
        rubric.isMultiUnit
        ? L10n.t("name it as UNIT.ID, e.g. {0}", all.first?.id ?? "")
        : L10n.t("indicators are numbered 1–{0} or named by id ({1})", all.flatMap(\.numbers).max() ?? 0, all.first?.id ?? "")
    }
    _ = candidates
    return .failure(Diagnostic(id: "indicator.unknown", message: L10n.t("no indicator '{0}' in {1}", key, rubric.id), hint: hint))
  }
}
