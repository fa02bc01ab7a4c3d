import Foundation

/// The distribution of an input's value in a Monte Carlo or Sobol run.
public enum Distribution: Sendable, Hashable, Codable, CustomStringConvertible {
  /// Normal with this mean and standard deviation.
  case normal(mean: Double, sd: Double)
  /// Uniform between two bounds.
  case uniform(lower: Double, upper: Double)
  /// Triangular with this lower bound, mode and upper bound.
  case triangular(lower: Double, mode: Double, upper: Double)
  /// These values with these probabilities (normalised to sum to 1).
  case discrete(values: [Double], probabilities: [Double])

  /// The value at cumulative probability `u` (0 < u < 1): sampling is `quantile(uniform)`.
  public func quantile(_ u: Double) -> Double {
    switch self {
    case .normal(let mean, let sd): return mean + sd * Self.standardNormalQuantile(u)
    case .uniform(let lo, let hi): return lo + (hi - lo) * u
    case .triangular(let lo, let mode, let hi):
      guard hi > lo else { return lo }
      let cut = (mode - lo) / (hi - lo)
      return u < cut ? lo + sqrt(u * (hi - lo) * (mode - lo)) : hi - sqrt((1 - u) * (hi - lo) * (hi - mode))
    case .discrete(let values, let probabilities):
      let total = probabilities.reduce(0, +)
      var cumulative = 0.0
      for (v, p) in zip(values, probabilities) {
        cumulative += p / total
        if u < cumulative { return v }
      }
      return values.last ?? 0
    }
  }

  /// The distribution's mean.
  public var mean: Double {
    switch self {
    case .normal(let m, _): m
    case .uniform(let lo, let hi): (lo + hi) / 2
    case .triangular(let lo, let mode, let hi): (lo + mode + hi) / 3
    case .discrete(let values, let probabilities):
      zip(values, probabilities).reduce(0) { $0 + $1.0 * $1.1 } / probabilities.reduce(0, +)
    }
  }

  /// The distribution's variance.
  public var variance: Double {
    switch self {
    case .normal(_, let sd): return sd * sd
    case .uniform(let lo, let hi): return (hi - lo) * (hi - lo) / 12
    case .triangular(let a, let c, let b): return (a * a + b * b + c * c - a * b - a * c - b * c) / 18
    case .discrete(let values, let probabilities):
      let m = mean
      let total = probabilities.reduce(0, +)
      return zip(values, probabilities).reduce(0) { $0 + ($1.0 - m) * ($1.0 - m) * $1.1 } / total
    }
  }

  /// Why the parameters make no distribution, or nil when they are fine.
  public var problem: String? {
    switch self {
    case .normal(let m, let sd):
      if !m.isFinite || !sd.isFinite { return "parameters must be finite" }
      return sd < 0 ? "the standard deviation must not be negative" : nil
    case .uniform(let lo, let hi):
      if !lo.isFinite || !hi.isFinite { return "bounds must be finite" }
      return lo > hi ? "the lower bound is above the upper bound" : nil
    case .triangular(let lo, let mode, let hi):
      if !lo.isFinite || !mode.isFinite || !hi.isFinite { return "parameters must be finite" }
      return lo <= mode && mode <= hi ? nil : "needs lower ≤ mode ≤ upper"
    case .discrete(let values, let probabilities):
      if values.isEmpty { return "needs at least one value" }
      if values.count != probabilities.count { return "needs one probability per value" }
      if values.contains(where: { !$0.isFinite }) { return "values must be finite" }
      if probabilities.contains(where: { !($0 >= 0) || !$0.isFinite }) { return "probabilities must not be negative" }
      return probabilities.reduce(0, +) > 0 ? nil : "the probabilities add up to 0"
    }
  }

  /// The distribution as it is written (`normal(-0.01, 0.02)`), values as stored numbers.
  public var description: String {
    func f(_ x: Double) -> String {
      x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : String(x)
    }
    switch self {
    case .normal(let m, let sd): return "normal(\(f(m)), \(f(sd)))"
    case .uniform(let lo, let hi): return "uniform(\(f(lo)), \(f(hi)))"
    case .triangular(let lo, let mode, let hi): return "triangular(\(f(lo)), \(f(mode)), \(f(hi)))"
    case .discrete(let values, let probabilities):
      return "discrete(" + zip(values, probabilities).map { "\(f($0)) => \(f($1))" }.joined(separator: ", ") + ")"
    }
  }

  /// The standard normal quantile (Acklam's rational approximation, relative error below 1.2e-9).
  public static func standardNormalQuantile(_ p: Double) -> Double {
    guard p > 0 else { return -.infinity }
    guard p < 1 else { return .infinity }
    let a = [
      -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
      -3.066479806614716e+01, 2.506628277459239e+00,
    ]
    let b = [
      -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
      -1.328068155288572e+01,
    ]
    let c = [
      -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
      4.374664141464968e+00, 2.938163982698783e+00,
    ]
    let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
    let low = 0.02425
    if p < low || p > 1 - low {
      let q = sqrt(-2 * log(p < low ? p : 1 - p))
      let x =
        (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
        / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
      return p < low ? x : -x
    }
    let q = p - 0.5
    let r = q * q
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
      / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
  }
}
