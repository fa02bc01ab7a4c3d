/// How far a tornado moves each input.
public struct TornadoOptions: Sendable, Hashable, Codable {
  /// How numeric inputs are moved when no explicit range is given for them.
  public enum Spread: Sendable, Hashable, Codable {
    /// Over the input's declared range.
    case declaredRange
    /// To the current value × (1 − f) and × (1 + f), kept within the declared range
    /// (`relative(0.1)` is ±10%).
    case relative(Double)
  }

  /// The default spread for numeric inputs.
  public var spread: Spread
  /// Explicit ranges by input name; these win over `spread`.
  public var ranges: [String: ClosedRange<Double>]
  /// The inputs to try, by name; nil means every input.
  public var inputs: [String]?
  /// What is measured.
  public var objective: Objective

  /// Creates options.
  public init(
    spread: Spread = .declaredRange, ranges: [String: ClosedRange<Double>] = [:], inputs: [String]? = nil,
    objective: Objective = .headline
  ) {
    self.spread = spread
    self.ranges = ranges
    self.inputs = inputs
    self.objective = objective
  }
}
