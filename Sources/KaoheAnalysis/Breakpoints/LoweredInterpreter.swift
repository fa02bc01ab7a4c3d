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
    case .binary(let op, let a, let b): return Machine.apply(op, value(a, s), value(b, s))
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
}
