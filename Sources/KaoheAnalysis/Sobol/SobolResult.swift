/// One variable's Sobol indices with the half-widths of their confidence intervals.
public struct SobolIndex: Sendable, Hashable, Codable {
  /// The variable.
  public var variable: String
  /// First-order index S1: the share of the variance due to the variable alone.
  public var first: Double
  /// Half-width of S1's confidence interval.
  public var firstConfidence: Double
  /// Total-order index ST: the share due to the variable with all its interactions.
  public var total: Double
  /// Half-width of ST's confidence interval.
  public var totalConfidence: Double

  /// Creates an index.
  public init(variable: String, first: Double, firstConfidence: Double, total: Double, totalConfidence: Double) {
    self.variable = variable
    self.first = first
    self.firstConfidence = firstConfidence
    self.total = total
    self.totalConfidence = totalConfidence
  }
}

/// The result of a Sobol analysis.
public struct SobolResult: Sendable, Hashable, Codable {
  /// N, the rows of A and B.
  public var samples: Int
  /// How many times the model was scored.
  public var evaluations: Int
  /// The seed used.
  public var seed: UInt64
  /// The confidence level of the intervals.
  public var confidenceLevel: Double
  /// The mean of the objective over A and B.
  public var mean: Double
  /// The variance of the objective over A and B; 0 means the objective did not move and every
  /// index is reported as 0.
  public var variance: Double
  /// The indices, one per variable, in variable order.
  public var indices: [SobolIndex]
}
