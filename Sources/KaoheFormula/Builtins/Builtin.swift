/// The functions and rubric helpers a formula can call.
public enum Builtin: String, Sendable, Hashable, CaseIterable {
  case min, max, clamp, abs, floor, ceil, round, count
  case award, penalty, deduct
  case addCapped = "add_capped"
  case tiers
  case tiersAtMost = "tiers_at_most"
  case proportional, credit
  case weightedAverage = "weighted_average"

  /// The arguments a function takes.
  public var signature: Signature {
    switch self {
    case .min, .max: Signature(rest: .numbers(minimum: 2), usage: "\(rawValue)(a, b, …)")
    case .count: Signature(rest: .conditions(minimum: 1), usage: "count(condition, …)")
    case .clamp: Signature([.number("x"), .number("lo"), .number("hi")], usage: "clamp(x, lo, hi)")
    case .abs, .floor, .ceil: Signature([.number("x")], usage: "\(rawValue)(x)")
    case .round: Signature([.number("x"), .number("digits", default: 0)], usage: "round(x, digits: 0)")
    case .award, .penalty:
      Signature([.condition("condition"), .number("points")], usage: "\(rawValue)(condition, points)")
    case .deduct:
      Signature(
        [
          .number("base"), .number("per"), .number("unit"), .number("shortfall"), .number("floor", default: 0),
          .condition("whole", default: false),
        ], usage: "deduct(base, per: P, unit: U, shortfall: S, floor: 0, whole: false)")
    case .addCapped:
      Signature(
        [
          .number("base"), .number("per"), .number("unit"), .number("gain"), .number("cap"),
          .condition("whole", default: false),
        ], usage: "add_capped(base, per: P, unit: U, gain: G, cap: C, whole: false)")
    case .tiers, .tiersAtMost:
      Signature(
        [.number("x")], rest: .pairs(minimum: 1), elseDefault: 0,
        usage: "\(rawValue)(x, threshold => points, …, else: 0)")
    case .proportional:
      Signature(
        [.number("done"), .number("target"), .number("points"), .number("from", default: 0)],
        usage: "proportional(done, target, points, from: 0)")
    case .credit:
      Signature(
        [.number("actual"), .number("target"), .number("points"), .condition("proportional", default: false)],
        usage: "credit(actual, target, points, proportional: false)")
    case .weightedAverage:
      Signature(rest: .pairs(minimum: 1), usage: "weighted_average(value => weight, …)")
    }
  }

  /// `evaluate` without tracing, for code compiled ahead of time (`NativeSource`).
  public func evaluateUntraced(_ a: UnsafeMutablePointer<Double>, count n: Int, site: Int) -> Double {
    var tracer = NoTracer()
    return evaluate(a, count: n, site: site, tracer: &tracer)
  }

  /// Evaluates the function on its arguments (laid out as the checker ordered them).
  @inline(__always)
  public func evaluate<T: Tracer>(_ a: UnsafeMutablePointer<Double>, count n: Int, site: Int, tracer: inout T)
    -> Double
  {
    switch self {
    case .min: return MinMax.minimum(a, n)
    case .max: return MinMax.maximum(a, n)
    case .count: return Count.evaluate(a, n)
    case .clamp: return Swift.min(Swift.max(a[0], a[1]), a[2])
    case .abs: return Swift.abs(a[0])
    case .floor: return (a[0] + Numeric.epsilon).rounded(.down)
    case .ceil: return (a[0] - Numeric.epsilon).rounded(.up)
    case .round: return Round.evaluate(a[0], digits: a[1])
    case .award: return a[0] != 0 ? a[1] : 0
    case .penalty: return a[0] != 0 ? -a[1] : 0
    case .deduct: return Deduct.evaluate(a, site: site, tracer: &tracer)
    case .addCapped: return AddCapped.evaluate(a, site: site, tracer: &tracer)
    case .tiers: return Tiers.atLeast(a, n, site: site, tracer: &tracer)
    case .tiersAtMost: return Tiers.atMost(a, n, site: site, tracer: &tracer)
    case .proportional: return Proportional.evaluate(a, site: site, tracer: &tracer)
    case .credit: return Credit.evaluate(a, site: site, tracer: &tracer)
    case .weightedAverage: return WeightedAverage.evaluate(a, n, site: site, tracer: &tracer)
    }
  }
}

/// The parameters of a function.
public struct Signature: Sendable {
  /// One fixed parameter.
  public struct Parameter: Sendable {
    /// Its name, usable as a label.
    public var name: String
    /// Whether it takes a condition rather than a number.
    public var isCondition: Bool
    /// Its default, when it may be left out.
    public var defaultValue: Double?

    static func number(_ name: String, default d: Double? = nil) -> Parameter {
      Parameter(name: name, isCondition: false, defaultValue: d)
    }

    static func condition(_ name: String, default d: Bool? = nil) -> Parameter {
      Parameter(name: name, isCondition: true, defaultValue: d.map { $0 ? 1 : 0 })
    }
  }

  /// What may follow the fixed parameters.
  public enum Rest: Sendable {
    case numbers(minimum: Int)
    case conditions(minimum: Int)
    case pairs(minimum: Int)
  }

  /// The fixed parameters, in order.
  public var parameters: [Parameter]
  /// The variadic tail.
  public var rest: Rest?
  /// For `tiers`: the default of the `else:` argument.
  public var elseDefault: Double?
  /// How a call reads, for hints.
  public var usage: String

  init(_ parameters: [Parameter] = [], rest: Rest? = nil, elseDefault: Double? = nil, usage: String) {
    self.parameters = parameters
    self.rest = rest
    self.elseDefault = elseDefault
    self.usage = usage
  }
}

/// Numeric conventions shared by the helpers.
public enum Numeric {
  /// Tolerance for counting whole units and comparing computed ratios.
  @inlinable public static var epsilon: Double { 1e-9 }

  /// The largest magnitude a number in a formula, a rubric or an input may have, so that sums and
  /// products of them stay finite (1e308 times 10 would be infinite, and infinity minus itself NaN).
  public static let largest = 1e15

  /// Snaps a value to a 1e-9 grid so that 2 − 5 × 0.4 prints as 0, not −4e-16.
  ///
  /// The same as `(x * 1e9).rounded() / 1e9` (half away from zero), computed as `snapped` does. A
  /// multiple of 1/512 is on the grid already (times 1e9 it is a whole number, and back again
  /// exactly), so it is returned at once: sums of points such as 2.5 skip the division.
  @inlinable @inline(__always)
  public static func tidy(_ x: Double) -> Double {
    let m = Swift.abs(x)
    guard m < 1e6 else { return x }
    let scaled = m * 512
    if (scaled + 0x1p52) - 0x1p52 == scaled { return x + 0 }
    return snapped(x)
  }

  /// `tidy` without a branch on the value, for loops the compiler turns into vector code: no call
  /// into the C library (below 2⁵², adding and subtracting 2⁵² rounds to a whole number), the
  /// floor and the half taken with 0/1 selects, and 0 added to turn −0 into 0.
  @inlinable @inline(__always)
  static func snapped(_ x: Double) -> Double {
    let y = x * 1e9
    let a = Swift.abs(y)
    let nearest = (a + 0x1p52) - 0x1p52
    let floor = nearest - (nearest > a ? 1 : 0)
    let whole = floor + (a - floor >= 0.5 ? 1 : 0)
    let t = Double(signOf: y, magnitudeOf: whole) / 1e9 + 0
    return Swift.abs(x) < 1e6 ? t : x
  }
}
