import KaoheDiagnostics
import KaoheFormula

/// What sort of value an input holds.
public enum InputKind: String, Sendable, Hashable, Codable, CaseIterable {
  case percent, ratio, count, money, area, grade, number, boolean, choice

  /// Whether values are numbers (as opposed to a boolean or a choice).
  public var isNumeric: Bool { self != .boolean && self != .choice }

  /// The kind's name in the current language (`percent`, or `百分比` in Chinese).
  public var shownName: String {
    switch self {
    case .percent: L10n.t("percent")
    case .ratio: L10n.t("ratio")
    case .count: L10n.t("count")
    case .money: L10n.t("money")
    case .area: L10n.t("area")
    case .grade: L10n.t("grade")
    case .number: L10n.t("number")
    case .boolean: L10n.t("boolean")
    case .choice: L10n.t("choice")
    }
  }
}

/// An input the rubric's formulas read: one outcome of the assessed unit.
public struct InputDeclaration: Sendable, Hashable {
  /// Full name (`unit.name` for a unit's own input).
  public var name: String
  /// The name inside its unit (the same as `name` for rubric-wide inputs).
  public var localName: String
  /// The unit it belongs to, if any.
  public var unitID: String?
  /// Its kind.
  public var kind: InputKind
  /// The unit of measure shown after values (`%`, `万元`, `家`).
  public var unit: String
  /// Chinese and English labels.
  public var label: LocalizedText
  /// The valid range, inclusive, for numbers.
  public var range: ClosedRange<Double>?
  /// The value used when a baseline leaves it out.
  public var defaultValue: Double?
  /// For a choice: its options, in order (stored as the option's index).
  public var options: [String]
  /// For a choice: labels of its options.
  public var optionLabels: [String: LocalizedText]
  /// A note from the rubric file.
  public var note: String?
  /// A fact about the assessed unit (its kind, its projects) rather than an outcome it can change:
  /// plans and tornado charts leave facts alone.
  public var isFact: Bool = false
  /// Where it is declared.
  public var location: SourceLocation?

  /// The formula type of the input.
  public var type: FormulaType {
    switch kind {
    case .boolean: .boolean
    case .choice: .choice(options)
    default: .number
    }
  }
}
