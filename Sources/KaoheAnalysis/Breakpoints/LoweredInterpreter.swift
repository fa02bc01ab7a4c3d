import KaoheFormula

/// Evaluates a checked formula tree over a slot array, with the machine's semantics (booleans as 1/0,
/// comparisons with the shared tolerance, division by zero giving 0). Used on sub-trees and on
/// synthetic trees built by the breakpoint search; the scoring hot path runs compiled programs instead.
enum LoweredInterpreter {
  static func value(_ node: Lowered, _ s: [Double]) -> Double {
    switch node {
    case .constant(let v): return v
    case .load(let slot): return s.indices.contains(slot) ? s[slot] : 0
    case .negate(let a): return -value(a, s)
    case .not(let a): return value(a, s) == 0 ? 1 : 0
    case .binary(let op, let a, let b): return apply(op, value(a, s), value(b, s))
    case .select(let c, let a, let b): return value(c, s) != 0 ? value(a, s) : value(b, s)
    case .call(let builtin, let args, _):
      var values = args.map { value($0, s) }
      var tracer = NoTracer()
      return values.withUnsafeMutableBufferPointer { buffer in
        guard let base = buffer.baseAddress else { return 0 }
        return builtin.evaluate(base, count: args.count, site: 0, tracer: &tracer)
      }
    }
  }

  /// A binary operator as the machine applies it.
  static func apply(_ op: BinaryOperator, _ a: Double, _ b: Double) -> Double {
    let e = Numeric.epsilon
    switch op {
    case .add: return a + b
    case .subtract: return a - b
    case .multiply: return a * b
    case .divide: return b == 0 ? 0 : a / b
    case .less: return a < b - e ? 1 : 0
    case .lessEqual: return a <= b + e ? 1 : 0
    case .greater: return a > b + e ? 1 : 0
    case .greaterEqual: return a >= b - e ? 1 : 0
    case .equal: return Swift.abs(a - b) <= e ? 1 : 0
    case .notEqual: return Swift.abs(a - b) > e ? 1 : 0
    case .and: return a != 0 && b != 0 ? 1 : 0
    case .or: return a != 0 || b != 0 ? 1 : 0
    }
  }
}
