import Foundation

/// `round(x, digits: 0)`: half away from zero.
enum Round {
  static func evaluate(_ x: Double, digits: Double) -> Double {
    let scale = pow(10, Swift.min(Swift.max(digits.rounded(), -6), 9))
    return (x * scale + (x >= 0 ? Numeric.epsilon : -Numeric.epsilon)).rounded(.toNearestOrAwayFromZero) / scale
  }
}
