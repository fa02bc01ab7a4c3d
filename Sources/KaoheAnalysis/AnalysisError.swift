import KaoheDiagnostics

/// An error of an analysis: a name that does not exist, a range or option that makes no sense, or a
/// cancelled run. Every kind has one constructor here; `diagnostic` turns it into text-ready data.
public struct AnalysisError: Error, Sendable, Hashable {
  /// Stable id, such as `analysis.unknown-input`.
  public var id: String
  /// One line saying what is wrong.
  public var message: String
  /// How to fix it.
  public var hint: String?

  /// Creates an error.
  public init(id: String, message: String, hint: String? = nil) {
    self.id = id
    self.message = message
    self.hint = hint
  }

  /// Whether the run was stopped by its cancellation check rather than failing.
  public var isCancellation: Bool { id == "analysis.cancelled" }

  /// The error as a diagnostic, for the one renderer.
  public var diagnostic: Diagnostic { Diagnostic(id: id, message: message, hint: hint) }

  // MARK: Names

  static func unknownInput(_ name: String, among names: [String]) -> AnalysisError {
    AnalysisError(
      id: "analysis.unknown-input", message: "no input named '\(name)'",
      hint: Suggestions.hint(for: name, among: names) ?? "`inputs` lists them")
  }

  static func unknownIndicator(_ key: String, among ids: [String]) -> AnalysisError {
    AnalysisError(
      id: "analysis.unknown-indicator", message: "no indicator '\(key)'",
      hint: Suggestions.hint(for: key, among: ids) ?? "give an indicator id or the source's number")
  }

  static func unknownUnit(_ name: String, among ids: [String]) -> AnalysisError {
    AnalysisError(
      id: "analysis.unknown-unit", message: "no assessed unit '\(name)'",
      hint: Suggestions.hint(for: name, among: ids) ?? "units: \(ids.joined(separator: ", "))")
  }

  static func sameInput(_ name: String) -> AnalysisError {
    AnalysisError(id: "analysis.same-input", message: "both axes use '\(name)'", hint: "choose two different inputs")
  }

  // MARK: Inputs and ranges

  static func notNumeric(_ name: String, kind: String) -> AnalysisError {
    AnalysisError(
      id: "analysis.not-numeric", message: "'\(name)' is a \(kind) input; this analysis needs a number",
      hint: "use sweep or tornado to try its values")
  }

  static func noRange(_ name: String) -> AnalysisError {
    AnalysisError(
      id: "analysis.no-range", message: "'\(name)' declares no range", hint: "give FROM and TO explicitly")
  }

  static func invalidRange(_ from: Double, _ to: Double) -> AnalysisError {
    AnalysisError(
      id: "analysis.invalid-range", message: "the range \(from) … \(to) is empty or not finite",
      hint: "FROM must be at most TO and both finite")
  }

  static func invalidStep(_ step: Double) -> AnalysisError {
    AnalysisError(id: "analysis.invalid-step", message: "step \(step) must be a positive finite number")
  }

  static func invalidPointCount(_ count: Int) -> AnalysisError {
    AnalysisError(id: "analysis.invalid-points", message: "\(count) points: at least 1 is needed")
  }

  static func tooManyPoints(_ count: Int, limit: Int) -> AnalysisError {
    AnalysisError(
      id: "analysis.too-many-points", message: "\(count) points is more than the limit of \(limit)",
      hint: "use a larger step or fewer points")
  }

  static func invalidValue(_ what: String, _ value: Double) -> AnalysisError {
    AnalysisError(id: "analysis.invalid-value", message: "\(what) \(value) is not allowed")
  }

  static func invalidCost(_ name: String, _ cost: Double) -> AnalysisError {
    AnalysisError(
      id: "analysis.invalid-cost", message: "cost \(cost) for '\(name)' is negative or not a number",
      hint: "costs are ≥ 0; use infinity to keep an input fixed")
  }

  // MARK: Random analyses

  static func invalidSampleCount(_ count: Int) -> AnalysisError {
    AnalysisError(id: "analysis.invalid-samples", message: "\(count) samples: at least 2 are needed")
  }

  static func tooManyEvaluations(_ count: Int, limit: Int) -> AnalysisError {
    AnalysisError(
      id: "analysis.too-many-evaluations", message: "\(count) evaluations is more than the limit of \(limit)",
      hint: "use fewer samples")
  }

  static func nonFiniteScore() -> AnalysisError {
    AnalysisError(
      id: "analysis.non-finite-score", message: "the model gave a score that is not a finite number",
      hint: "check the model's formula for overflow")
  }

  static func invalidDistribution(_ name: String, _ reason: String) -> AnalysisError {
    AnalysisError(id: "analysis.invalid-distribution", message: "distribution of '\(name)': \(reason)")
  }

  static func noVariables() -> AnalysisError {
    AnalysisError(
      id: "analysis.no-variables", message: "no input has a distribution",
      hint: "give at least one input a distribution, e.g. normal(-1%, 2%)")
  }

  static func dimensionMismatch(expected: Int, found: Int) -> AnalysisError {
    AnalysisError(
      id: "analysis.dimension-mismatch", message: "the model takes \(expected) variables but \(found) were given")
  }

  /// The error thrown when a run's cancellation check returned true.
  public static func cancelled(completed: Int, of total: Int) -> AnalysisError {
    AnalysisError(
      id: "analysis.cancelled", message: "cancelled after \(completed) of \(total) evaluations",
      hint: "run it again to start over")
  }
}
