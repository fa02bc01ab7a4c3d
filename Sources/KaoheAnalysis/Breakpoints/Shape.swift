/// How a formula sub-tree depends on the one input being analysed: not at all (a constant, given the
/// other inputs), affinely (slope · x + intercept, for every x), or in some other way.
enum Shape: Sendable, Hashable {
  case constant(Double)
  case affine(slope: Double, intercept: Double)
  case other

  /// An affine shape, or a constant when the slope is 0.
  static func line(_ slope: Double, _ intercept: Double) -> Shape {
    guard slope.isFinite, intercept.isFinite else { return .other }
    return slope == 0 ? .constant(intercept) : .affine(slope: slope, intercept: intercept)
  }

  /// Slope and intercept of a constant or affine shape.
  var line: (slope: Double, intercept: Double)? {
    switch self {
    case .constant(let c): (0, c)
    case .affine(let m, let c): (m, c)
    case .other: nil
    }
  }

  static func + (a: Shape, b: Shape) -> Shape {
    guard let p = a.line, let q = b.line else { return .other }
    return line(p.slope + q.slope, p.intercept + q.intercept)
  }

  static prefix func - (a: Shape) -> Shape {
    guard let p = a.line else { return .other }
    return line(-p.slope, -p.intercept)
  }

  static func - (a: Shape, b: Shape) -> Shape { a + (-b) }

  static func * (a: Shape, b: Shape) -> Shape {
    switch (a, b) {
    case (.constant(let k), let s), (let s, .constant(let k)):
      guard let p = s.line else { return .other }
      return line(p.slope * k, p.intercept * k)
    default: return .other
    }
  }

  static func / (a: Shape, b: Shape) -> Shape {
    guard case .constant(let k) = b else { return .other }
    if k == 0 { return .constant(0) }
    guard let p = a.line else { return .other }
    return line(p.slope / k, p.intercept / k)
  }
}
