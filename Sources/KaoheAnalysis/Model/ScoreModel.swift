/// Something that scores points of a space of variables, a batch at a time: the compiled rubric with
/// some inputs free (`RubricModel`), or any function (`ClosureModel`). Monte Carlo and Sobol runs are
/// generic over it. Implementations must be safe to call from several threads at once.
public protocol ScoreModel: Sendable {
  /// How many variables a point has.
  var variableCount: Int { get }

  /// Scores the points laid one after another in `points` (`variableCount` values each), in order.
  func evaluate(batch points: [Double]) -> [Double]
}
