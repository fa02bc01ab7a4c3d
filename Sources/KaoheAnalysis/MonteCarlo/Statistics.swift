import Foundation

/// A percentile of a sample.
public struct Percentile: Sendable, Hashable, Codable {
  /// The level, in percent (5 for the 5th percentile).
  public var level: Double
  /// The value (linear interpolation between order statistics, as numpy's default).
  public var value: Double
}

/// One bin of a histogram: values with `lower ≤ v < upper` (the last bin includes its upper end).
public struct HistogramBin: Sendable, Hashable, Codable {
  /// Lower edge.
  public var lower: Double
  /// Upper edge.
  public var upper: Double
  /// How many samples fall in it.
  public var count: Int
}

/// Summary statistics of a sample, computed in a fixed order so that they are reproducible.
struct Statistics {
  var mean: Double
  var standardDeviation: Double
  var minimum: Double
  var maximum: Double
  var percentiles: [Percentile]
  var histogram: [HistogramBin]

  static let levels: [Double] = [5, 25, 50, 75, 95]

  init(_ values: [Double], bins: Int) {
    let n = Double(values.count)
    var sum = 0.0
    for v in values { sum += v }
    let mean = n > 0 ? sum / n : 0
    var squares = 0.0
    for v in values { squares += (v - mean) * (v - mean) }
    let sorted = values.sorted()
    self.mean = mean
    self.standardDeviation = values.count > 1 ? sqrt(squares / (n - 1)) : 0
    self.minimum = sorted.first ?? 0
    self.maximum = sorted.last ?? 0
    self.percentiles = Self.levels.map { Percentile(level: $0, value: Self.quantile(sorted, $0 / 100)) }
    self.histogram = Self.histogram(sorted, bins: max(1, bins))
  }

  /// The q-quantile of sorted values, interpolating linearly.
  static func quantile(_ sorted: [Double], _ q: Double) -> Double {
    guard let first = sorted.first else { return 0 }
    guard sorted.count > 1 else { return first }
    let h = Double(sorted.count - 1) * q
    let lo = Int(h.rounded(.down))
    let hi = min(lo + 1, sorted.count - 1)
    return sorted[lo] + (h - Double(lo)) * (sorted[hi] - sorted[lo])
  }

  private static func histogram(_ sorted: [Double], bins: Int) -> [HistogramBin] {
    guard let lo = sorted.first, let hi = sorted.last else { return [] }
    guard hi > lo else { return [HistogramBin(lower: lo, upper: hi, count: sorted.count)] }
    let width = (hi - lo) / Double(bins)
    var counts = [Int](repeating: 0, count: bins)
    for v in sorted { counts[min(bins - 1, Int((v - lo) / width))] += 1 }
    return (0..<bins).map { k in
      HistogramBin(
        lower: lo + width * Double(k), upper: k == bins - 1 ? hi : lo + width * Double(k + 1), count: counts[k])
    }
  }
}
