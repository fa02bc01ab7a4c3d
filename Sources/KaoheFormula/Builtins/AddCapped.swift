/// `add_capped(base, per:, unit:, gain:, cap:, whole: false)`: a linear addition per unit of gain,
/// never above `cap` (加满为止).
enum AddCapped {
  @inline(__always)
  static func evaluate<T: Tracer>(_ a: UnsafeMutablePointer<Double>, site: Int, tracer: inout T) -> Double {
    let (base, per, unit, gain, cap, whole) = (a[0], a[1], a[2], a[3], a[4], a[5] != 0)
    guard gain > 0, unit != 0 else { return Swift.min(base, cap) }
    var units = Numeric.tidy(gain / unit)
    if whole {
      let counted = (units + Numeric.epsilon).rounded(.down)
      if T.isActive, counted != units { tracer.note(site: site, .wholeUnits(raw: units, counted: counted)) }
      units = counted
    }
    let raw = Numeric.tidy(base + per * units)
    if raw > cap {
      if T.isActive { tracer.note(site: site, .capApplied(raw: raw, cap: cap)) }
      return cap
    }
    if T.isActive { tracer.note(site: site, .added(units: units, amount: Numeric.tidy(per * units))) }
    return raw
  }
}
