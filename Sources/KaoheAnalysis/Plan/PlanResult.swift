import KaoheRubric

/// One input's change in a plan.
public struct PlanChange: Sendable, Hashable, Codable {
  /// The input.
  public var input: String
  /// Its kind.
  public var kind: InputKind
  /// Its current value.
  public var from: Double
  /// The planned value.
  public var to: Double
  /// What the change costs.
  public var cost: Double
  /// How much the objective gains from this change alone (everything else current).
  public var gainAlone: Double

  /// Creates a change.
  public init(input: String, kind: InputKind, from: Double, to: Double, cost: Double, gainAlone: Double) {
    self.input = input
    self.kind = kind
    self.from = from
    self.to = to
    self.cost = cost
    self.gainAlone = gainAlone
  }
}

/// The cheapest set of changes found that brings the objective to a target.
public struct PlanResult: Sendable, Hashable, Codable {
  /// Whether the target is reached.
  public enum Outcome: String, Sendable, Hashable, Codable {
    /// The current values already reach it; no change is needed.
    case alreadyMet = "already-met"
    /// The changes reach it.
    case reached
    /// Nothing within the inputs' ranges reaches it; the changes give the best score possible.
    case unreachable
  }

  /// What had to reach the target.
  public var objective: Objective
  /// The target.
  public var target: Double
  /// The objective now.
  public var currentScore: Double
  /// Whether the target is reached.
  public var outcome: Outcome
  /// The changes, in rubric order.
  public var changes: [PlanChange]
  /// Their total cost.
  public var cost: Double
  /// The objective with all the changes made (checked by scoring).
  public var score: Double
  /// True when the search was exact: complete break-even lists, affine pieces, interactions only
  /// through the sum, and no repair needed after checking.
  public var exact: Bool
  /// Inputs that could not move: numbers without a declared range.
  public var skipped: [String]
}
