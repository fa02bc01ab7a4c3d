import KaoheRubric

/// One value an input was moved to, and the objective there.
public struct TornadoPoint: Sendable, Hashable, Codable {
  /// The input's value (1/0 for a boolean, the option's index for a choice).
  public var value: Double
  /// The objective with the input at that value.
  public var score: Double

  /// Creates a point.
  public init(value: Double, score: Double) {
    self.value = value
    self.score = score
  }
}

/// One input's bar: the lowest and highest objective it reached, and everything it tried.
public struct TornadoBar: Sendable, Hashable, Codable {
  /// The input.
  public var input: String
  /// Its kind.
  public var kind: InputKind
  /// Its current value.
  public var baselineValue: Double
  /// The value that gave the lowest objective (the first, on a tie).
  public var low: TornadoPoint
  /// The value that gave the highest objective (the first, on a tie).
  public var high: TornadoPoint
  /// `high.score − low.score`.
  public var swing: Double
  /// Every value tried, in order.
  public var tried: [TornadoPoint]
}

/// The result of a tornado: bars ranked by swing, widest first (rubric order on a tie).
public struct TornadoResult: Sendable, Hashable, Codable {
  /// What was measured.
  public var objective: Objective
  /// The objective at the current values.
  public var baselineScore: Double
  /// The bars, widest swing first.
  public var bars: [TornadoBar]
  /// Numeric inputs left out because they have no declared range and none was given.
  public var skipped: [String]
}
