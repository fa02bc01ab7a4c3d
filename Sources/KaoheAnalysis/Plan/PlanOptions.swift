import KaoheRubric

/// What a plan may change and what changes cost.
public struct PlanOptions: Sendable, Hashable, Codable {
  /// What must reach the target.
  public var objective: Objective
  /// Cost per unit of change by input name, overriding the defaults (see `defaultCost(for:)`), in
  /// the same units: per percentage point for percent and ratio inputs, per unit of the input for
  /// other numbers, per flip of a boolean, per switch of a choice. `infinity` keeps an input fixed.
  public var costs: [String: Double]
  /// Whether choice inputs may be switched (by default they are left as they are).
  public var allowChoices: Bool
  /// The inputs that may change, by name; nil means all.
  public var inputs: [String]?

  /// Creates options.
  public init(
    objective: Objective = .headline, costs: [String: Double] = [:], allowChoices: Bool = false, inputs: [String]? = nil
  ) {
    self.objective = objective
    self.costs = costs
    self.allowChoices = allowChoices
    self.inputs = inputs
  }

  /// The default cost of one unit of change: 1 per percentage point for percent and ratio inputs,
  /// 1 per unit for counts, money, areas, grades and numbers, 1 per flip of a boolean, 1 per switch
  /// of a choice.
  public static func defaultCost(for kind: InputKind) -> Double { 1 }

  /// The cost of changing an input by one stored unit (one whole 100% for percents), or of one flip
  /// or switch.
  func storedUnitCost(_ input: InputDeclaration) -> Double {
    let c = costs[input.name] ?? Self.defaultCost(for: input.kind)
    return input.kind == .percent || input.kind == .ratio ? c * 100 : c
  }
}
