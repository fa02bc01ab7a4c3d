/// `deduct(base, per:, unit:, shortfall:, floor: 0, whole: false)`: a linear deduction per unit of
/// shortfall, never below `floor` (扣完为止 at 0; 倒扣…最多扣N at −N).
enum Deduct {
  @inline(__always)
  static func evaluate<T: Tracer>(_ a: UnsafeMutablePointer<Double>, site: Int, tracer: inout T) -> Double {
    let (base, per, unit, shortfall, floor, whole) = (a[0], a[1], a[2], a[3], a[4], a[5] != 0)
    guard shortfall > 0, unit != 0 else { return base }
    var units = Numeric.tidy(shortfall / unit)
    if whole {
      let counted = (units + Numeric.epsilon).rounded(.down)
      if T.isActive, counted != units { tracer.note(site: site, .wholeUnits(raw: units, counted: counted)) }
      units = counted
    }
    let raw = Numeric.tidy(base - per * units)
    if raw < floor {
      if T.isActive { tracer.note(site: site, .floorApplied(raw: raw, floor: floor)) }
      return floor
    }
    if T.isActive { tracer.note(site: site, .deducted(units: units, amount: Numeric.tidy(per * units))) }
    return raw
  }
}
