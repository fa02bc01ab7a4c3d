import KaoheFormula
import KaoheRubric

/// The compiled rubric as a `ScoreModel`: some inputs free, the rest held at the context's values,
/// scoring one objective. Each batch reuses one frame (`SlicedRun`), in which what does not depend
/// on the free inputs was computed once, when the model was made.
public struct RubricModel: ScoreModel {
  /// The context supplying the held inputs and the policies.
  public let context: AnalysisContext
  /// The free inputs, by name, in variable order.
  public let variables: [String]
  /// What is scored.
  public let objective: Objective
  private let indices: [Int]
  private let target: ResolvedObjective
  private let run: SlicedRun

  /// Creates the model; throws for an unknown input, indicator or unit.
  public init(context: AnalysisContext, variables: [String], objective: Objective = .headline) throws(AnalysisError) {
    var indices: [Int] = []
    for name in variables { indices.append(try context.input(name).index) }
    self.context = context
    self.variables = variables
    self.objective = objective
    self.indices = indices
    self.target = try objective.resolve(in: context.compiled)
    let template = context.compiled.initialSlots(inputs: context.inputs, policies: context.policies)
    self.run = SlicedRun(context.compiled.program, slots: template, free: indices)
  }

  /// How many variables a point has.
  public var variableCount: Int { indices.count }

  /// Scores a batch of points, `Machine.lanes` at a time.
  public func evaluate(batch points: [Double]) -> [Double] {
    let width = indices.count
    let count = width == 0 ? 0 : points.count / width
    var run = run
    var out = [Double](repeating: 0, count: count)
    var slots = [Double](repeating: 0, count: (target.slots.max() ?? 0) + 1)
    points.withUnsafeBufferPointer { p in
      guard let base = p.baseAddress else { return }
      for start in stride(from: 0, to: count, by: Machine.lanes) {
        let lanes = min(Machine.lanes, count - start)
        run.run(rows: base + start * width, count: lanes, width: width)
        for lane in 0..<lanes {
          for slot in target.slots { slots[slot] = run.value(slot, lane: lane) }
          out[start + lane] = target.value(slots)
        }
      }
    }
    return out
  }
}
