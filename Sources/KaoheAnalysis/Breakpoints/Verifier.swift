import Foundation
import KaoheFormula

/// Checks candidate break-even points by scoring the real rubric at each point and close beside it.
///
/// Close beside means h = min(1e-5 × width of the range, a quarter of the gap to the next candidate):
/// the slope on each side comes from two points at h and 2h, the one-sided limits from extrapolating
/// them to the point. Scores are stored on a 1e-9 grid, so slopes are compared with a tolerance of
/// 4e-9 / h plus a relative 1e-6, and limits with 1e-7. The reported limits and slopes are then
/// measured over the wider piece to the neighbouring candidate, which is affine.
///
/// A candidate marked as the point where a `deduct` uses up its points is kept as `pointsExhausted`
/// when the score neither jumps nor kinks there, but the raw deduction changes sign and the score
/// moves with the input.
struct Verifier {
  /// Where a candidate came from.
  struct Origin {
    var sources: Set<String> = []
    var markers: [Lowered] = []

    mutating func add(_ source: String, marker: Lowered?) {
      sources.insert(source)
      if let marker { markers.append(marker) }
    }
  }

  /// The objective at a point and, on each side, its slope and its limit at the point.
  struct Sides {
    var at: Double
    var slopeLeft: Double
    var limitLeft: Double
    var slopeRight: Double
    var limitRight: Double
  }

  let window: ClosedRange<Double>
  let index: Int
  let target: ResolvedObjective

  /// The candidates that are break-even points, in increasing order.
  func check(_ points: [Double: Origin], runner: inout ScoreRunner) -> [Breakpoint] {
    let xs = points.keys.sorted()
    let width = window.upperBound - window.lowerBound
    var found: [Breakpoint] = []
    for (i, c) in xs.enumerated() where c > window.lowerBound && c < window.upperBound {
      let gapLeft = c - (i > 0 ? max(xs[i - 1], window.lowerBound) : window.lowerBound)
      let gapRight = (i + 1 < xs.count ? min(xs[i + 1], window.upperBound) : window.upperBound) - c
      let h = min(1e-5 * width, gapLeft / 4, gapRight / 4)
      guard h > 0 else { continue }
      let near = measure(c, h, h, runner: &runner)
      let tolerance = 4e-9 / h + 1e-6 * max(abs(near.slopeLeft), abs(near.slopeRight))
      let markers = points[c]?.markers ?? []
      guard let kind = classify(near, slopeTolerance: tolerance, markers: markers, c, h, runner: &runner) else {
        continue
      }
      let wide = measure(c, gapLeft / 4, gapRight / 4, runner: &runner)
      found.append(
        Breakpoint(
          value: c, kind: kind,
          scoreLeft: snap(abs(wide.limitLeft - near.limitLeft) < 1e-6 ? wide.limitLeft : near.limitLeft, to: near.at),
          scoreAt: near.at,
          scoreRight: snap(
            abs(wide.limitRight - near.limitRight) < 1e-6 ? wide.limitRight : near.limitRight, to: near.at),
          slopeLeft: significant(
            abs(wide.slopeLeft - near.slopeLeft) < tolerance ? wide.slopeLeft : near.slopeLeft),
          slopeRight: significant(
            abs(wide.slopeRight - near.slopeRight) < tolerance ? wide.slopeRight : near.slopeRight),
          sources: (points[c]?.sources ?? []).sorted()))
    }
    found += edges(xs, width: width, points, runner: &runner)
    runner.reset()
    return found.sorted { $0.value < $1.value }
  }

  /// Jumps exactly at an end of the window (a tier whose threshold is the input's upper bound, say
  /// 100%): the score at the end differs from its limit from inside the window.
  private func edges(_ xs: [Double], width: Double, _ points: [Double: Origin], runner: inout ScoreRunner) -> [Breakpoint] {
    func f(_ x: Double) -> Double { runner.value(of: target, setting: index, to: x) }
    var out: [Breakpoint] = []
    for (c, inward) in [(window.upperBound, -1.0), (window.lowerBound, 1.0)] where points[c] != nil && width > 0 {
      let inner = xs.filter { inward < 0 ? $0 < c : $0 > c }
      let gap = inner.isEmpty ? width : abs(c - (inward < 0 ? (inner.last ?? c) : (inner.first ?? c)))
      let h = min(1e-5 * width, gap / 4)
      guard h > 0 else { continue }
      let near = f(c + inward * h)
      let far = f(c + inward * 2 * h)
      let limit = near + (near - far)
      let at = f(c)
      guard abs(at - limit) > 1e-7 else { continue }
      let slope = significant((near - far) / h * -inward)
      out.append(
        Breakpoint(
          value: c, kind: .jump, scoreLeft: inward < 0 ? snap(limit, to: at) : at, scoreAt: at,
          scoreRight: inward < 0 ? at : snap(limit, to: at), slopeLeft: inward < 0 ? slope : 0,
          slopeRight: inward < 0 ? 0 : slope, sources: (points[c]?.sources ?? []).sorted()))
    }
    return out
  }

  /// Scores at `c` and at one and two steps (`left`, `right`) to each side.
  private func measure(_ c: Double, _ left: Double, _ right: Double, runner: inout ScoreRunner) -> Sides {
    func f(_ x: Double) -> Double { runner.value(of: target, setting: index, to: x) }
    let (nearLeft, farLeft) = (f(c - left), f(c - 2 * left))
    let (nearRight, farRight) = (f(c + right), f(c + 2 * right))
    let slopeLeft = (nearLeft - farLeft) / left
    let slopeRight = (farRight - nearRight) / right
    return Sides(
      at: f(c), slopeLeft: slopeLeft, limitLeft: nearLeft + slopeLeft * left, slopeRight: slopeRight,
      limitRight: nearRight - slopeRight * right)
  }

  /// Jump, kink, points exhausted, or nothing.
  private func classify(
    _ s: Sides, slopeTolerance: Double, markers: [Lowered], _ c: Double, _ h: Double, runner: inout ScoreRunner
  ) -> Breakpoint.Kind? {
    let jumpTolerance = 1e-7
    if abs(s.limitRight - s.limitLeft) > jumpTolerance || abs(s.at - s.limitLeft) > jumpTolerance
      || abs(s.at - s.limitRight) > jumpTolerance
    {
      return .jump
    }
    if abs(s.slopeRight - s.slopeLeft) > slopeTolerance { return .kink }
    if abs(s.slopeLeft) > slopeTolerance, markers.contains(where: { crossesZero($0, at: c, h, runner: &runner) }) {
      return .pointsExhausted
    }
    return nil
  }

  /// Whether `tree` has opposite signs just left and just right of `c`.
  private func crossesZero(_ tree: Lowered, at c: Double, _ h: Double, runner: inout ScoreRunner) -> Bool {
    runner.set(index, c - h)
    runner.run()
    let left = LoweredInterpreter.value(tree, runner.slots)
    runner.set(index, c + h)
    runner.run()
    let right = LoweredInterpreter.value(tree, runner.slots)
    return (left > 1e-12 && right < -1e-12) || (left < -1e-12 && right > 1e-12)
  }

  private func snap(_ limit: Double, to at: Double) -> Double {
    abs(limit - at) < 1e-7 ? at : Numeric.tidy(limit)
  }

  /// Rounds to 7 significant digits, to drop the noise of measuring a slope.
  private func significant(_ x: Double) -> Double {
    guard x != 0, x.isFinite else { return 0 }
    let digits = 7 - Int((log10(abs(x))).rounded(.up))
    let scale = pow(10, Double(digits))
    let r = (x * scale).rounded() / scale
    return r == 0 ? 0 : r
  }
}
