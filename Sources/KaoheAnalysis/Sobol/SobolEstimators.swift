/// The estimators of a Saltelli design, over the scores of A, B and each A_B^i (A with column i
/// from B), possibly through a bootstrap's row indices.
///
/// - First order (Saltelli et al. 2010): S1ᵢ = mean(f(B) · (f(A_B^i) − f(A))) / V.
/// - Total order (Jansen 1999): STᵢ = mean((f(A) − f(A_B^i))²) / 2V.
///
/// V is the variance of the scores of A and B together (divided by 2N), as SALib does. f(B) is
/// centred on the mean of A and B before the first-order product: the expectation is unchanged
/// (f(A_B^i) − f(A) has mean zero) but scores far from zero, such as rubric totals near 90, no
/// longer swamp the estimate with noise.
struct SobolEstimators {
  let n: Int
  let d: Int
  /// Scores laid out per row: f(A), f(B), then f(A_B^1) … f(A_B^d).
  let scores: [Double]

  @inline(__always) func a(_ row: Int) -> Double { scores[row * (d + 2)] }
  @inline(__always) func b(_ row: Int) -> Double { scores[row * (d + 2) + 1] }
  @inline(__always) func ab(_ row: Int, _ i: Int) -> Double { scores[row * (d + 2) + 2 + i] }

  /// Mean and variance over A and B, for the given rows.
  func moments(_ rows: [Int]?) -> (mean: Double, variance: Double) {
    let count = rows?.count ?? n
    var sum = 0.0
    for k in 0..<count {
      let r = rows?[k] ?? k
      sum += a(r) + b(r)
    }
    let mean = sum / Double(2 * count)
    var squares = 0.0
    for k in 0..<count {
      let r = rows?[k] ?? k
      squares += (a(r) - mean) * (a(r) - mean) + (b(r) - mean) * (b(r) - mean)
    }
    return (mean, squares / Double(2 * count))
  }

  /// (S1, ST) of every variable, for the given rows (nil: all rows in order).
  func indices(_ rows: [Int]?) -> [(first: Double, total: Double)] {
    let count = rows?.count ?? n
    let (mean, variance) = moments(rows)
    guard variance > 0 else { return Array(repeating: (0, 0), count: d) }
    return (0..<d).map { i in
      var first = 0.0
      var total = 0.0
      for k in 0..<count {
        let r = rows?[k] ?? k
        let fa = a(r)
        let fab = ab(r, i)
        first += (b(r) - mean) * (fab - fa)
        total += (fa - fab) * (fa - fab)
      }
      return (first / Double(count) / variance, total / Double(count) / (2 * variance))
    }
  }
}
