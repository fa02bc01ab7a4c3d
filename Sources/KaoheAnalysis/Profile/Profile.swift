import KaoheFormula
import KaoheRubric

/// The objective as a function of one input over a range, everything else held: exact values at the
/// knots (the range ends and the break-even points) and an affine piece between each two knots.
/// Goal seek and plans solve on it exactly.
struct Profile: Sendable {
  /// An affine piece: `value + slope × (x − anchor)` on the open interval between two knots.
  struct Line: Sendable {
    var anchor: Double
    var value: Double
    var slope: Double

    func at(_ x: Double) -> Double { value + slope * (x - anchor) }
    /// Where the line reaches `y` (nil when flat).
    func solve(_ y: Double) -> Double? { slope == 0 ? nil : anchor + (y - value) / slope }
  }

  /// A point reached on the profile.
  struct Point: Sendable, Hashable {
    /// The input's value.
    var x: Double
    /// The objective there (for a one-sided point, its limit as the input passes `x`).
    var score: Double
    /// 0 when the score holds at `x`; +1 when only just above `x`, −1 when only just below.
    var side: Int
  }

  /// Tolerance for comparing scores (they live on a 1e-9 grid).
  static let tolerance = 1e-9

  let index: Int
  let origin: Double
  let knots: [Double]
  let values: [Double]
  let pieces: [Line]
  let breakpoints: [Breakpoint]
  /// True when the break-even list was complete and every piece checked out affine.
  let exact: Bool

  /// Builds the profile of the input at `index` over `window`.
  static func build(_ context: AnalysisContext, index: Int, window: ClosedRange<Double>, target: ResolvedObjective)
    -> Profile
  {
    let scan = Breakpoints.Scan.run(context, index: index, window: window, target: target)
    var runner = ScoreRunner(context)
    func f(_ x: Double) -> Double { runner.value(of: target, setting: index, to: x) }
    var knots = [window.lowerBound]
    for b in scan.breakpoints where b.value > knots[knots.count - 1] { knots.append(b.value) }
    if window.upperBound > knots[knots.count - 1] { knots.append(window.upperBound) }
    var exact = scan.complete
    var allKnots: [Double] = [knots[0]]
    var pieces: [Line] = []
    for (a, b) in zip(knots, knots.dropFirst()) {
      let line = fit(a, b, f)
      let mid = (a + b) / 2
      if abs(f(mid) - line.at(mid)) <= 1e-7 {
        pieces.append(line)
      } else {
        exact = false
        let n = 64
        for k in 0..<n {
          let lo = a + (b - a) * Double(k) / Double(n)
          let hi = k == n - 1 ? b : a + (b - a) * Double(k + 1) / Double(n)
          pieces.append(fit(lo, hi, f))
          if k < n - 1 { allKnots.append(hi) }
        }
      }
      allKnots.append(b)
    }
    let values = allKnots.map { f($0) }
    return Profile(
      index: index, origin: context.inputs[index], knots: allKnots, values: values, pieces: pieces,
      breakpoints: scan.breakpoints, exact: exact)
  }

  private static func fit(_ a: Double, _ b: Double, _ f: (Double) -> Double) -> Line {
    let p1 = a + (b - a) / 4
    let p2 = a + (b - a) * 3 / 4
    let y1 = f(p1)
    let y2 = f(p2)
    guard p2 > p1 else { return Line(anchor: p1, value: y1, slope: 0) }
    let slope = (y2 - y1) / (p2 - p1)
    return Line(anchor: p1, value: y1, slope: abs(slope) * (p2 - p1) <= tolerance ? 0 : slope)
  }

  // MARK: Solving

  /// Every point where the objective equals `y`, the closest to the origin first.
  func solutions(_ y: Double) -> [Point] {
    var out: [Point] = []
    for (i, k) in knots.enumerated() where abs(values[i] - y) <= Self.tolerance {
      out.append(Point(x: k, score: values[i], side: 0))
    }
    for (i, line) in pieces.enumerated() {
      let (a, b) = (knots[i], knots[i + 1])
      if line.slope == 0 {
        if abs(line.value - y) <= Self.tolerance { out.append(nearest(line, a, true, b, true)) }
      } else if let r = line.solve(y), r > a, r < b {
        out.append(Point(x: r, score: y, side: 0))
      }
    }
    return sortedByDistance(out)
  }

  /// The points closest to the origin where the objective is at least `y` (`up`) or at most `y`.
  func crossings(_ y: Double, up: Bool) -> [Point] {
    func ok(_ v: Double) -> Bool { up ? v >= y - Self.tolerance : v <= y + Self.tolerance }
    var out: [Point] = []
    for (i, k) in knots.enumerated() where ok(values[i]) { out.append(Point(x: k, score: values[i], side: 0)) }
    for (i, line) in pieces.enumerated() {
      var (a, b) = (knots[i], knots[i + 1])
      var (openA, openB) = (true, true)
      if line.slope == 0 {
        guard ok(line.value) else { continue }
      } else if let r = line.solve(y) {
        if (line.slope > 0) == up {
          if r > a { (a, openA) = (r, false) }
        } else if r < b {
          (b, openB) = (r, false)
        }
        guard a < b else { continue }
      }
      out.append(nearest(line, a, openA, b, openB))
    }
    return sortedByDistance(out)
  }

  /// The highest (`up`) or lowest objective reached anywhere, counting one-sided limits at knots;
  /// the closest to the origin on a tie.
  func extreme(up: Bool) -> Point? {
    var out: [Point] = knots.enumerated().map { Point(x: $0.element, score: values[$0.offset], side: 0) }
    for (i, line) in pieces.enumerated() {
      out.append(Point(x: knots[i], score: line.at(knots[i]), side: 1))
      out.append(Point(x: knots[i + 1], score: line.at(knots[i + 1]), side: -1))
    }
    guard let best = up ? out.map(\.score).max() : out.map(\.score).min() else { return nil }
    return sortedByDistance(out.filter { abs($0.score - best) <= Self.tolerance }).first
  }

  /// The point of the interval from a to b (each end open or closed) closest to the origin.
  private func nearest(_ line: Line, _ a: Double, _ openA: Bool, _ b: Double, _ openB: Bool) -> Point {
    let x = min(max(origin, a), b)
    let side = x == a && openA ? 1 : (x == b && openB ? -1 : 0)
    return Point(x: x, score: line.at(x), side: side)
  }

  /// Points by distance from the origin; two-sided points before one-sided ones, then lower values.
  private func sortedByDistance(_ points: [Point]) -> [Point] {
    points.sorted { p, q in
      let dp = abs(p.x - origin)
      let dq = abs(q.x - origin)
      if dp != dq { return dp < dq }
      if (p.side == 0) != (q.side == 0) { return p.side == 0 }
      return p.x < q.x
    }
  }
}
