import KaoheRubric

/// A variable of a random analysis: its name, its distribution and the range its samples are
/// clamped to.
public struct RandomVariable: Sendable, Hashable, Codable {
  /// The name (an input's full name for a rubric).
  public var name: String
  /// The distribution sampled.
  public var distribution: Distribution
  /// Samples outside are moved to the nearer end (an input's declared range).
  public var bounds: ClosedRange<Double>?

  /// Creates a variable.
  public init(name: String, distribution: Distribution, bounds: ClosedRange<Double>? = nil) {
    self.name = name
    self.distribution = distribution
    self.bounds = bounds
  }

  /// The sample at cumulative probability `u`.
  @inline(__always)
  func sample(_ u: Double) -> Double {
    let v = distribution.quantile(u)
    guard let bounds else { return v }
    return min(max(v, bounds.lowerBound), bounds.upperBound)
  }

  /// The variables for a rubric's inputs, in rubric order, checked against their kinds: a boolean
  /// takes only 0/1 values and a choice only option indices, both through `discrete`.
  static func forInputs(_ distributions: [String: Distribution], in context: AnalysisContext) throws(AnalysisError)
    -> [RandomVariable]
  {
    for name in distributions.keys.sorted() { _ = try context.input(name) }
    var out: [RandomVariable] = []
    for input in context.compiled.rubric.inputs {
      guard let d = distributions[input.name] else { continue }
      if let problem = d.problem { throw .invalidDistribution(input.name, problem) }
      switch input.kind {
      case .boolean, .choice:
        let allowed = input.kind == .boolean ? [0.0, 1.0] : input.options.indices.map(Double.init)
        guard case .discrete(let values, _) = d, values.allSatisfy(allowed.contains) else {
          let what = input.kind == .boolean ? "true/false" : "its options"
          throw .invalidDistribution(input.name, "a \(input.kind.rawValue) input needs discrete(…) over \(what)")
        }
      default: break
      }
      out.append(RandomVariable(name: input.name, distribution: d, bounds: input.range))
    }
    guard !out.isEmpty else { throw .noVariables() }
    return out
  }
}
