/// `proportional(done, target, points, from: 0)`: credit in proportion to completion, capped at
/// `points`; nothing when completion is below `from` (按比例得分，低于N%不得分).
enum Proportional {
  @inline(__always)
  static func evaluate<T: Tracer>(_ a: UnsafeMutablePointer<Double>, site: Int, tracer: inout T) -> Double {
    let (done, target, points, from) = (a[0], a[1], a[2], a[3])
    guard target > 0 else {
      if T.isActive { tracer.note(site: site, .zeroTarget) }
      return done >= 0 ? points : 0
    }
    let ratio = Numeric.tidy(done / target)
    if ratio < from - Numeric.epsilon {
      if T.isActive { tracer.note(site: site, .belowThreshold(ratio: ratio, from: from)) }
      return 0
    }
    if ratio >= 1 {
      if T.isActive, ratio > 1 { tracer.note(site: site, .proportionCapped(raw: Numeric.tidy(points * ratio), cap: points)) }
      return points
    }
    if T.isActive { tracer.note(site: site, .proportion(ratio: Swift.max(0, ratio))) }
    return Numeric.tidy(points * Swift.max(0, done) / target)
  }
}
