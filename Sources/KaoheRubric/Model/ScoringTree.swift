import KaoheDiagnostics
import KaoheFormula

/// Whether a clause scores points or takes them away after the cap.
public enum ClauseKind: String, Sendable, Hashable, Codable {
  /// Points within the indicator's allotment.
  case score
  /// 倒扣: applied after the indicator cap; may take the indicator below zero.
  case penalty
}

/// One scoring rule of an indicator: the source's text and the formula that scores it.
public struct Clause: Sendable, Hashable {
  /// Full id (`unit.id` inside a unit).
  public var id: String
  /// The id as written.
  public var localID: String
  /// The source's rule text, verbatim.
  public var text: String
  /// The points the source allots, if it says.
  public var points: Double?
  /// Score or penalty.
  public var kind: ClauseKind
  /// The formula's text.
  public var formula: String
  /// Where the formula stands in the file.
  public var origin: FormulaOrigin
  /// An interpretation note.
  public var note: String?
  /// Where the clause is declared.
  public var location: SourceLocation?
}

/// A numbered indicator (考核指标) with its points, departments and clauses.
public struct Indicator: Sendable, Hashable {
  /// Full id (`unit.id` inside a unit).
  public var id: String
  /// The id as written (`i5`).
  public var localID: String
  /// The source's numbers (`[19, 20]` for indicators scored together).
  public var numbers: [Int]
  /// Chinese and English titles.
  public var title: LocalizedText
  /// The points the source allots.
  public var points: Double
  /// Lead departments (牵头部门).
  public var lead: [String]
  /// Cooperating departments (配合部门).
  public var cooperating: [String]
  /// The clauses, in source order.
  public var clauses: [Clause]
  /// Where it is declared.
  public var location: SourceLocation?

  /// "5" or "19–20".
  public var numberLabel: String {
    numbers.isEmpty ? localID : numbers.map(String.init).joined(separator: "–")
  }
}

/// A key item (重点考核事项): a group of indicators.
public struct Item: Sendable, Hashable {
  /// Full id.
  public var id: String
  /// Titles.
  public var title: LocalizedText
  /// Stated points, if any.
  public var points: Double?
  /// Its indicators.
  public var indicators: [Indicator]
  /// True when the file listed indicators directly under the area.
  public var isImplicit: Bool
  /// Where it is declared.
  public var location: SourceLocation?
}

/// An area (考核内容) of the rubric.
public struct Area: Sendable, Hashable {
  /// Full id.
  public var id: String
  /// Titles.
  public var title: LocalizedText
  /// Stated points.
  public var points: Double
  /// Its key items.
  public var items: [Item]
  /// Where it is declared.
  public var location: SourceLocation?
}

/// One assessed unit (a department of a multi-unit rubric), or the whole rubric when it scores one unit.
public struct AssessedUnit: Sendable, Hashable {
  /// Its id (empty for a single-unit rubric).
  public var id: String
  /// Its name.
  public var name: LocalizedText
  /// Its areas, the shared ones first.
  public var areas: [Area]
  /// Where it is declared.
  public var location: SourceLocation?

  /// Every indicator of the unit, in order.
  public var indicators: [Indicator] { areas.flatMap { $0.items.flatMap(\.indicators) } }
}
