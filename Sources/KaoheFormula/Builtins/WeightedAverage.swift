/// `weighted_average(v1 => w1, …)`: Σ vᵢwᵢ / Σ wᵢ, or 0 when every weight is 0.
enum WeightedAverage {
  @inline(__always)
  static func evaluate<T: Tracer>(_ a: UnsafeMutablePointer<Double>, _ n: Int, site: Int, tracer: inout T) -> Double {
    var sum = 0.0
    var weights = 0.0
    var i = 0
    while i + 1 < n {
      sum += a[i] * a[i + 1]
      weights += a[i + 1]
      i += 2
    }
    guard weights > 0 else {
      if T.isActive { tracer.note(site: site, .zeroWeights) }
      return 0
    }
    return Numeric.tidy(sum / weights)
  }
}
