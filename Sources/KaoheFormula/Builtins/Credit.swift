/// `credit(actual, target, points, proportional: false)`: a task's points when its target is met;
/// otherwise nothing, or credit in proportion to completion when `proportional` holds.
enum Credit {
  @inline(__always)
  static func evaluate<T: Tracer>(_ a: UnsafeMutablePointer<Double>, site: Int, tracer: inout T) -> Double {
    let (actual, target, points, proportional) = (a[0], a[1], a[2], a[3] != 0)
    if actual >= target - Numeric.epsilon { return points }
    guard proportional, target > 0 else {
      if T.isActive { tracer.note(site: site, .targetMissed(actual: actual, target: target)) }
      return 0
    }
    let ratio = Swift.max(0, Numeric.tidy(actual / target))
    if T.isActive { tracer.note(site: site, .proportion(ratio: ratio)) }
    return Numeric.tidy(points * Swift.max(0, actual) / target)
  }
}
