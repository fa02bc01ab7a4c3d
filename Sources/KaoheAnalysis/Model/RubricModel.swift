import KaoheFormula
import KaoheRubric

/// The compiled rubric as a `ScoreModel`: some inputs free, the rest held at the context's values,
/// scoring one objective. Each batch reuses one slot array.
public struct RubricModel: ScoreModel {
  /// The context supplying the held inputs and the policies.
  public let context: AnalysisContext
  /// The free inputs, by name, in variable order.
  public let variables: [String]
  /// What is scored.
  public let objective: Objective
  private let indices: [Int]
  private let target: ResolvedObjective
  private let template: [Double]

  /// Creates the model; throws for an unknown input, indicator or unit.
  public init(context: AnalysisContext, variables: [String], objective: Objective = .headline) throws(AnalysisError) {
    var indices: [Int] = []
    for name in variables { indices.append(try context.input(name).index) }
    self.context = context
    self.variables = variables
    self.objective = objective
    self.indices = indices
    self.target = try objective.resolve(in: context.compiled)
    self.template = context.compiled.initialSlots(inputs: context.inputs, policies: context.policies)
  }

  /// How many variables a point has.
  public var variableCount: Int { indices.count }

  /// Scores a batch of points.
  public func evaluate(batch points: [Double]) -> [Double] {
    let width = indices.count
    let count = width == 0 ? 0 : points.count / width
    var slots = template
    var out = [Double](repeating: 0, count: count)
    let program = context.compiled.program
    for row in 0..<count {
      for (k, slot) in indices.enumerated() { slots[slot] = points[row * width + k] }
      Machine.run(program, slots: &slots)
      out[row] = target.value(slots)
    }
    return out
  }
}
