import KaoheFormula

/// Finds a sign change of a function inside an interval: regula falsi with the Illinois
/// modification, exact in one step when the function is affine there.
enum RootFinder {
  /// A root strictly inside (a, b), snapped to the 1e-9 grid, or nil when the function has the same
  /// sign near both ends.
  static func root(in a: Double, _ b: Double, _ f: (Double) -> Double) -> Double? {
    let margin = (b - a) * 1e-7
    var lo = a + margin
    var hi = b - margin
    var flo = f(lo)
    var fhi = f(hi)
    guard flo.isFinite, fhi.isFinite, flo != 0, fhi != 0, (flo < 0) != (fhi < 0) else { return nil }
    var side = 0
    var x = lo
    for _ in 0..<200 {
      x = (lo * fhi - hi * flo) / (fhi - flo)
      if !(x > lo && x < hi) { x = (lo + hi) / 2 }
      let fx = f(x)
      if fx == 0 || hi - lo <= 1e-13 * (1 + Swift.abs(x)) { break }
      if (fx < 0) == (flo < 0) {
        lo = x
        flo = fx
        if side == -1 { fhi /= 2 }
        side = -1
      } else {
        hi = x
        fhi = fx
        if side == 1 { flo /= 2 }
        side = 1
      }
    }
    let t = Numeric.tidy(x)
    return t > a && t < b ? t : nil
  }
}
