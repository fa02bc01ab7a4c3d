/// `tiers(x, t1 => p1, …, else: p0)` (first threshold with x ≥ t) and `tiers_at_most` (x ≤ t).
/// Arguments arrive as x, t1, p1, …, tn, pn, else.
enum Tiers {
  @inline(__always)
  static func atLeast<T: Tracer>(_ a: UnsafeMutablePointer<Double>, _ n: Int, site: Int, tracer: inout T) -> Double {
    let x = a[0]
    var i = 1
    while i + 1 < n - 1 {
      if x >= a[i] - Numeric.epsilon {
        if T.isActive { tracer.note(site: site, .tier(threshold: a[i], atLeast: true, points: a[i + 1])) }
        return a[i + 1]
      }
      i += 2
    }
    if T.isActive { tracer.note(site: site, .tierElse(points: a[n - 1])) }
    return a[n - 1]
  }

  @inline(__always)
  static func atMost<T: Tracer>(_ a: UnsafeMutablePointer<Double>, _ n: Int, site: Int, tracer: inout T) -> Double {
    let x = a[0]
    var i = 1
    while i + 1 < n - 1 {
      if x <= a[i] + Numeric.epsilon {
        if T.isActive { tracer.note(site: site, .tier(threshold: a[i], atLeast: false, points: a[i + 1])) }
        return a[i + 1]
      }
      i += 2
    }
    if T.isActive { tracer.note(site: site, .tierElse(points: a[n - 1])) }
    return a[n - 1]
  }
}
