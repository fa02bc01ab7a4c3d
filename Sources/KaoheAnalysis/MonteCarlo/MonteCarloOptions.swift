/// The settings of a Monte Carlo run.
public struct MonteCarloOptions: Sendable, Hashable, Codable {
  /// How many samples.
  public var samples: Int
  /// The seed; the same seed gives the same result on every machine and thread count.
  public var seed: UInt64
  /// A score whose probability of being reached (≥) is reported.
  public var threshold: Double?
  /// How many histogram bins.
  public var bins: Int
  /// Samples per chunk of work (each chunk has its own generator derived from the seed).
  public var chunkSize: Int

  /// Creates options.
  public init(
    samples: Int = 10_000, seed: UInt64 = 2024, threshold: Double? = nil, bins: Int = 20, chunkSize: Int = 2048
  ) {
    self.samples = samples
    self.seed = seed
    self.threshold = threshold
    self.bins = bins
    self.chunkSize = chunkSize
  }
}
