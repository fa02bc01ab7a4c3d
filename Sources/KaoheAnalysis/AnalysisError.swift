import KaoheDiagnostics
import KaoheRubric

/// An error of an analysis: a name that does not exist, a range or option that makes no sense, or a
/// cancelled run. Every kind has one constructor here; `diagnostic` turns it into text-ready data.
/// Messages are in the current language (`L10n`), and so are the reasons and names of values that
/// the analyses pass in (`phrase`).
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
      id: "analysis.unknown-input", message: L10n.t("no input named '{0}'", name),
      hint: Suggestions.hint(for: name, among: names) ?? L10n.t("`inputs` lists them"))
  }

  static func unknownIndicator(_ key: String, among ids: [String]) -> AnalysisError {
    AnalysisError(
      id: "analysis.unknown-indicator", message: L10n.t("no indicator '{0}'", key),
      hint: Suggestions.hint(for: key, among: ids) ?? L10n.t("give an indicator id or the source's number"))
  }

  static func unknownUnit(_ name: String, among ids: [String]) -> AnalysisError {
    AnalysisError(
      id: "analysis.unknown-unit", message: L10n.t("no assessed unit '{0}'", name),
      hint: Suggestions.hint(for: name, among: ids) ?? L10n.t("units: {0}", ids.joined(separator: ", ")))
  }

  static func sameInput(_ name: String) -> AnalysisError {
    AnalysisError(id: "analysis.same-input", message: L10n.t("both axes use '{0}'", name), hint: L10n.t("choose two different inputs"))
  }

  // MARK: Inputs and ranges

  static func notNumeric(_ name: String, kind: String) -> AnalysisError {
    AnalysisError(
      id: "analysis.not-numeric", message: L10n.t("'{0}' is a {1} input; this analysis needs a number", name, phrase(kind)),
      hint: L10n.t("use sweep or tornado to try its values"))
  }

  static func noRange(_ name: String) -> AnalysisError {
    AnalysisError(
      id: "analysis.no-range", message: L10n.t("'{0}' declares no range", name), hint: L10n.t("give FROM and TO explicitly"))
  }

  static func invalidRange(_ from: Double, _ to: Double) -> AnalysisError {
    AnalysisError(
      id: "analysis.invalid-range", message: L10n.t("the range {0} … {1} is empty or not finite", from, to),
      hint: L10n.t("FROM must be at most TO and both finite"))
  }

  static func invalidStep(_ step: Double) -> AnalysisError {
    AnalysisError(id: "analysis.invalid-step", message: L10n.t("step {0} must be a positive finite number", step))
  }

  static func invalidPointCount(_ count: Int) -> AnalysisError {
    AnalysisError(id: "analysis.invalid-points", message: L10n.t("{0} points: at least 1 is needed", count))
  }

  static func tooManyPoints(_ count: Int, limit: Int) -> AnalysisError {
    AnalysisError(
      id: "analysis.too-many-points", message: L10n.t("{0} points is more than the limit of {1}", count, limit),
      hint: L10n.t("use a larger step or fewer points"))
  }

  static func invalidValue(_ what: String, _ value: Double) -> AnalysisError {
    AnalysisError(id: "analysis.invalid-value", message: L10n.t("{0} {1} is not allowed", phrase(what), value))
  }

  static func invalidCost(_ name: String, _ cost: Double) -> AnalysisError {
    AnalysisError(
      id: "analysis.invalid-cost", message: L10n.t("cost {0} for '{1}' is negative or not a number", cost, name),
      hint: L10n.t("costs are ≥ 0; use infinity to keep an input fixed"))
  }

  // MARK: Random analyses

  static func invalidSampleCount(_ count: Int) -> AnalysisError {
    AnalysisError(id: "analysis.invalid-samples", message: L10n.t("{0} samples: at least 2 are needed", count))
  }

  static func tooManyEvaluations(_ count: Int, limit: Int) -> AnalysisError {
    AnalysisError(
      id: "analysis.too-many-evaluations", message: L10n.t("{0} evaluations is more than the limit of {1}", count, limit),
      hint: L10n.t("use fewer samples"))
  }

  static func nonFiniteScore() -> AnalysisError {
    AnalysisError(
      id: "analysis.non-finite-score", message: L10n.t("the model gave a score that is not a finite number"),
      hint: L10n.t("check the model's formula for overflow"))
  }

  static func invalidDistribution(_ name: String, _ reason: String) -> AnalysisError {
    AnalysisError(id: "analysis.invalid-distribution", message: L10n.t("distribution of '{0}': {1}", name, phrase(reason)))
  }

  static func noVariables() -> AnalysisError {
    AnalysisError(
      id: "analysis.no-variables", message: L10n.t("no input has a distribution"),
      hint: L10n.t("give at least one input a distribution, e.g. normal(-1%, 2%)"))
  }

  static func dimensionMismatch(expected: Int, found: Int) -> AnalysisError {
    AnalysisError(
      id: "analysis.dimension-mismatch", message: L10n.t("the model takes {0} variables but {1} were given", expected, found))
  }

  /// The error thrown when a run's cancellation check returned true.
  public static func cancelled(completed: Int, of total: Int) -> AnalysisError {
    AnalysisError(
      id: "analysis.cancelled", message: L10n.t("cancelled after {0} of {1} evaluations", completed, total),
      hint: L10n.t("run it again to start over"))
  }

  /// The same, when Sobol's evaluations were done and its bootstrap was resampling them.
  public static func cancelledResampling(completed: Int, of total: Int) -> AnalysisError {
    AnalysisError(
      id: "analysis.cancelled",
      message: L10n.t(
        "cancelled while resampling for the confidence intervals, after {0} of {1} resamples", completed, total),
      hint: L10n.t("run it again to start over"))
  }

  // MARK: Words

  /// A word or reason that an analysis passes in (`target`, `bounds must be finite`, an input
  /// kind), in the current language.
  static func phrase(_ english: String) -> String {
    guard L10n.language != .en else { return english }
    if let kind = InputKind(rawValue: english) { return kind.shownName }
    if english.hasPrefix("a "), english.hasSuffix(" input needs discrete(…) over true/false") || english.hasSuffix(" input needs discrete(…) over its options") {
      let kind = english.dropFirst(2).prefix { $0 != " " }
      let shown = InputKind(rawValue: String(kind))?.shownName ?? String(kind)
      return english.hasSuffix("true/false")
        ? L10n.t("a {0} input needs discrete(…) over true/false", shown) : L10n.t("a {0} input needs discrete(…) over its options", shown)
    }
    return DistributionParseError.phrase(english)
  }
}
