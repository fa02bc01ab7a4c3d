/// A `ScoreModel` made of a function of the variables, for testing the methods against functions
/// with known answers (such as the Ishigami function) and for models that are not rubrics.
public struct ClosureModel: ScoreModel {
  /// How many variables a point has.
  public let variableCount: Int
  private let function: @Sendable ([Double]) -> Double

  /// Creates a model scoring points with `function`.
  public init(variableCount: Int, _ function: @escaping @Sendable ([Double]) -> Double) {
    self.variableCount = variableCount
    self.function = function
  }

  /// Scores a batch of points, one call of the function each.
  public func evaluate(batch points: [Double]) -> [Double] {
    guard variableCount > 0 else { return [] }
    let count = points.count / variableCount
    var point = [Double](repeating: 0, count: variableCount)
    var out = [Double](repeating: 0, count: count)
    for row in 0..<count {
      for k in 0..<variableCount { point[k] = points[k * count + row] }
      out[row] = function(point)
    }
    return out
  }
}
