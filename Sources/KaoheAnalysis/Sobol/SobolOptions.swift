/// The settings of a Sobol analysis.
public struct SobolOptions: Sendable, Hashable, Codable {
  /// N, the rows of each of the matrices A and B; the model is scored N × (variables + 2) times.
  public var samples: Int
  /// The seed; the same seed gives the same result on every machine and thread count.
  public var seed: UInt64
  /// Bootstrap resamples for the confidence intervals.
  public var resamples: Int
  /// The confidence level of the intervals (0.95 for 95%).
  public var confidenceLevel: Double
  /// Rows per chunk of work.
  public var chunkRows: Int

  /// Creates options.
  public init(
    samples: Int = 1024, seed: UInt64 = 2024, resamples: Int = 100, confidenceLevel: Double = 0.95, chunkRows: Int = 256
  ) {
    self.samples = samples
    self.seed = seed
    self.resamples = resamples
    self.confidenceLevel = confidenceLevel
    self.chunkRows = chunkRows
  }
}
