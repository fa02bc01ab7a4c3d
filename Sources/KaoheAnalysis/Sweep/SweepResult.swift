/// The result of a sweep: the input's values and, at each, the objective and the indicators that move.
public struct SweepResult: Sendable, Hashable, Codable {
  /// One indicator's scores, one per swept value.
  public struct Series: Sendable, Hashable, Codable {
    /// The indicator's full id.
    public var indicator: String
    /// Its score at each value.
    public var values: [Double]

    /// Creates a series.
    public init(indicator: String, values: [Double]) {
      self.indicator = indicator
      self.values = values
    }
  }

  /// The swept input.
  public var input: String
  /// What `scores` holds.
  public var objective: Objective
  /// The input's current value.
  public var baselineValue: Double
  /// The objective at the current values.
  public var baselineScore: Double
  /// The input's values, in order.
  public var values: [Double]
  /// The objective at each value.
  public var scores: [Double]
  /// Every indicator whose score changes somewhere over the sweep, in rubric order.
  public var indicators: [Series]
}
