/// Something that scores points of a space of variables, a batch at a time: the compiled rubric with
/// some inputs free (`RubricModel`), or any function (`ClosureModel`). Monte Carlo and Sobol runs are
/// generic over it. Implementations must be safe to call from several threads at once.
public protocol ScoreModel: Sendable {
  /// How many variables a point has.
  var variableCount: Int { get }

  /// Scores a batch of points laid out by variable: with `count` points (`points.count /
  /// variableCount`), variable k of point r is `points[k * count + r]`, so each variable's values
  /// for the whole batch lie side by side, as the lanes of a batch evaluation take them. Returns
  /// the scores in the order of the points.
  func evaluate(batch points: [Double]) -> [Double]
}

/// How many points the analyses hand a `ScoreModel` at once. Monte Carlo and Sobol draw each chunk
/// of work batch by batch (the draws and their order do not depend on it): a batch of the widest
/// seed rubric (207 inputs, 1.6 KB a point) then stays in a core's second-level cache beside the
/// lane frame, from the draw to its scoring, instead of going out to memory and back.
public enum ScoreBatch {
  /// Points per call of `ScoreModel.evaluate(batch:)`.
  public static let points = 256

  /// Scores `total` points on `model`, at most `size` at a time (at least one): for each batch,
  /// `fill(&points, count)` lays out its `count` points by variable in `points`, an array of the
  /// batch's size kept from batch to batch. Returns the scores in the order of the points.
  static func score(
    _ model: some ScoreModel, total: Int, size: Int, fill: (_ points: inout [Double], _ count: Int) -> Void
  ) -> [Double] {
    let width = model.variableCount
    var scores: [Double] = []
    scores.reserveCapacity(total)
    var points: [Double] = []
    var done = 0
    while done < total {
      let count = min(max(1, size), total - done)
      if points.count != count * width { points = [Double](repeating: 0, count: count * width) }
      fill(&points, count)
      scores += model.evaluate(batch: points)
      done += count
    }
    return scores
  }
}
