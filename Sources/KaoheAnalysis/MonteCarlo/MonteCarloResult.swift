/// The distribution of the objective over random inputs.
public struct MonteCarloResult: Sendable, Hashable, Codable {
  /// How many samples were scored.
  public var samples: Int
  /// The seed used.
  public var seed: UInt64
  /// The random variables, in order.
  public var variables: [String]
  /// The objective at the current values, for a rubric run.
  public var baselineScore: Double?
  /// The mean.
  public var mean: Double
  /// The sample standard deviation.
  public var standardDeviation: Double
  /// The standard error of the mean.
  public var standardError: Double
  /// The smallest score.
  public var minimum: Double
  /// The largest score.
  public var maximum: Double
  /// The 5th, 25th, 50th, 75th and 95th percentiles.
  public var percentiles: [Percentile]
  /// The threshold asked about.
  public var threshold: Double?
  /// The share of samples scoring at least the threshold.
  public var probabilityOfThreshold: Double?
  /// A histogram of the scores.
  public var histogram: [HistogramBin]
}
