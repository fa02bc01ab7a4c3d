import KaoheFormula
import KaoheRubric

/// One input a plan may move: its cost, its profile (for a number) and its useful moves on their own.
struct Mover: Sendable {
  /// A value the input may take, with its cost and the objective's gain with only this input moved.
  struct Move: Sendable {
    var value: Double
    var cost: Double
    var gain: Double
  }

  let index: Int
  let input: InputDeclaration
  let origin: Double
  /// Cost per stored unit (numbers) or per flip or switch.
  let unitCost: Double
  /// The objective against this input over its declared range (numbers only).
  var profile: Profile?
  /// Moves that gain, cheapest first, each gaining more than every cheaper one.
  var moves: [Move] = []

  /// What moving the input to `value` costs.
  func cost(_ value: Double) -> Double {
    if input.kind.isNumeric { return Numeric.tidy(abs(value - origin) * unitCost) }
    return value == origin ? 0 : unitCost
  }

  /// A value that realises a profile point: the point itself, or just beyond it for a one-sided
  /// point; counts are kept whole, rounding away from the current value.
  func realise(_ p: Profile.Point) -> Double {
    var v = p.x
    if input.kind == .count {
      if p.side > 0 { v = v.rounded(.down) + 1 } else if p.side < 0 { v = v.rounded(.up) - 1 }
      if v != v.rounded() { v = v > origin ? v.rounded(.up) : v.rounded(.down) }
    } else if p.side != 0 {
      v += Double(p.side) * max(1e-6 * max(1, abs(v)), 1e-9)
    }
    if let r = input.range { v = min(max(v, r.lowerBound), r.upperBound) }
    return v
  }

  /// Values realising a profile point, the one on the 1e-9 grid first (so that solved values such as
  /// 0.0999999999 read 0.1 when that still works).
  func realisations(_ p: Profile.Point) -> [Double] {
    let raw = realise(p)
    let snapped = Numeric.tidy(raw)
    return snapped == raw || (input.range.map { !$0.contains(snapped) } ?? false) ? [raw] : [snapped, raw]
  }

  /// The values worth trying alone: every knot of the profile and just past it on each side for a
  /// number, the other value of a boolean, every other option of a choice.
  func trialValues() -> [Double] {
    switch input.kind {
    case .boolean: return [origin == 0 ? 1 : 0]
    case .choice: return input.options.indices.map(Double.init).filter { $0 != origin }
    default:
      guard let profile else { return [] }
      var out: [Double] = []
      for k in profile.knots {
        for side in [-1, 0, 1] { out.append(realise(Profile.Point(x: k, score: 0, side: side))) }
      }
      return out
    }
  }

  /// Keeps the moves that gain, cheapest first, each gaining more than every cheaper one.
  static func pareto(_ moves: [Move], tolerance: Double) -> [Move] {
    PlanSearch.pareto(moves, cost: \.cost, gain: \.gain, tolerance: tolerance)
  }
}
