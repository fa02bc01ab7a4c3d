/// A value of an input where the objective jumps or changes slope, checked by evaluation.
public struct Breakpoint: Sendable, Hashable, Codable {
  /// What happens at the point.
  public enum Kind: String, Sendable, Hashable, Codable {
    /// The objective jumps (or differs at the point itself from both sides).
    case jump
    /// The objective is continuous but its slope changes.
    case kink
    /// A `deduct` clause has used up its points here (扣完): its raw score crosses 0 and further
    /// deductions are 倒扣 (negative). The rule text names the point; the slope need not change.
    case pointsExhausted = "points-exhausted"
  }

  /// The input's value.
  public var value: Double
  /// Jump or kink.
  public var kind: Kind
  /// The objective just left of the point (its limit from below).
  public var scoreLeft: Double
  /// The objective at the point.
  public var scoreAt: Double
  /// The objective just right of the point (its limit from above).
  public var scoreRight: Double
  /// The slope left of the point, per unit of the input's stored value (per 1 = 100% for percents).
  public var slopeLeft: Double
  /// The slope right of the point.
  public var slopeRight: Double
  /// The clauses (or `ID cap` for an indicator's cap) whose formulas gave the point.
  public var sources: [String]
}

/// The break-even points of one input within a range.
public struct BreakpointsResult: Sendable, Hashable, Codable {
  /// The input.
  public var input: String
  /// What was watched.
  public var objective: Objective
  /// The range searched, lower end.
  public var from: Double
  /// The range searched, upper end.
  public var to: Double
  /// The input's current value.
  public var baselineValue: Double
  /// The objective at the current values.
  public var baselineScore: Double
  /// The points, in increasing order of value.
  public var breakpoints: [Breakpoint]
  /// How many candidate points the formulas gave (before checking).
  public var candidatesExamined: Int
  /// False when some candidates could not be listed (too many step points, or a step whose
  /// argument is not affine in the input); the list may then miss points.
  public var complete: Bool
}
