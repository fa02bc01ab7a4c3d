/// The result of a goal seek.
public struct GoalSeekResult: Sendable, Hashable, Codable {
  /// How the target was met.
  public enum Outcome: String, Sendable, Hashable, Codable {
    /// The current values already give the target.
    case alreadyMet = "already-met"
    /// `value` gives exactly the target.
    case exact
    /// The target falls inside a jump: `value` is the nearest threshold past which the objective
    /// is at least the target (at most, for a target below the current score).
    case crossing
    /// No value in the range gets there: `value` gives the best reachable score.
    case unreachable
  }

  /// Whether the score holds at `value` or only beyond it.
  public enum Approach: String, Sendable, Hashable, Codable {
    /// At `value` itself.
    case at
    /// For values just above `value` (a strict threshold such as `>`).
    case justAbove = "just-above"
    /// For values just below `value`.
    case justBelow = "just-below"
  }

  /// The input moved.
  public var input: String
  /// What was watched.
  public var objective: Objective
  /// The score sought.
  public var target: Double
  /// The range searched, lower end.
  public var from: Double
  /// The range searched, upper end.
  public var to: Double
  /// The input's current value.
  public var currentValue: Double
  /// The objective at the current values.
  public var currentScore: Double
  /// How the target was met.
  public var outcome: Outcome
  /// The input's value found.
  public var value: Double
  /// The objective at `value` (its limit beyond `value` when `approach` is not `at`).
  public var score: Double
  /// Whether `score` holds at `value` or just beyond it.
  public var approach: Approach
  /// `value − currentValue`.
  public var change: Double
  /// False when the break-even list was incomplete or some piece was not affine (the answer then
  /// comes from a finer approximation).
  public var exact: Bool
}
