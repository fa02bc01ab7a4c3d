/// Runs a compiled program over a slot array. The program is straight-line: one pass, no parsing.
public enum Machine {
  /// Runs `program`, reading and writing `slots`, as fast as it can.
  public static func run(_ program: Program, slots: inout [Double]) {
    var tracer = NoTracer()
    run(program, slots: &slots, tracer: &tracer)
  }

  /// Runs `program` and returns what the helpers did, for explanations.
  public static func runTraced(_ program: Program, slots: inout [Double]) -> [(site: Int, event: TraceEvent)] {
    var tracer = RecordingTracer()
    run(program, slots: &slots, tracer: &tracer)
    return tracer.events
  }

  static func run<T: Tracer>(_ program: Program, slots: inout [Double], tracer: inout T) {
    let depth = max(1, program.maximumStack)
    withUnsafeTemporaryAllocation(of: Double.self, capacity: depth + 1) { stackBuffer in
      guard let stack = stackBuffer.baseAddress else { return }
      slots.withUnsafeMutableBufferPointer { slotBuffer in
        guard let s = slotBuffer.baseAddress else { return }
        program.instructions.withUnsafeBufferPointer { code in
          execute(code, stack: stack, slots: s, tracer: &tracer)
        }
      }
    }
  }

  /// The interpreter loop.
  static func execute<T: Tracer>(
    _ code: UnsafeBufferPointer<Instruction>, stack: UnsafeMutablePointer<Double>, slots s: UnsafeMutablePointer<Double>,
    tracer: inout T
  ) {
    var sp = 0
    for instruction in code {
      switch instruction {
      case .constant(let v):
        stack[sp] = v
        sp += 1
      case .load(let slot):
        stack[sp] = s[slot]
        sp += 1
      case .store(let slot):
        sp -= 1
        s[slot] = Numeric.tidy(stack[sp])
      case .negate: stack[sp - 1] = -stack[sp - 1]
      case .not: stack[sp - 1] = stack[sp - 1] == 0 ? 1 : 0
      case .binary(let op):
        sp -= 1
        stack[sp - 1] = apply(op, stack[sp - 1], stack[sp])
      case .select:
        sp -= 2
        stack[sp - 1] = stack[sp - 1] != 0 ? stack[sp] : stack[sp + 1]
      case .call(let builtin, let count, let site):
        sp -= count
        stack[sp] = builtin.evaluate(stack + sp, count: count, site: site, tracer: &tracer)
        sp += 1
      case .cap(let points, let policySlot, let site):
        if s[policySlot] != 0, stack[sp - 1] > points + Numeric.epsilon {
          if T.isActive { tracer.note(site: site, .indicatorCapped(raw: stack[sp - 1], cap: points)) }
          stack[sp - 1] = points
        }
      case .sum(let from, let count):
        var total = 0.0
        for i in from..<(from + count) { total += s[i] }
        stack[sp] = total
        sp += 1
      case .sumOf(let list):
        var total = 0.0
        for i in list { total += s[i] }
        stack[sp] = total
        sp += 1
      }
    }
  }

  /// Applies a binary operator; booleans are 1 and 0, and division by zero gives 0.
  @inline(__always)
  static func apply(_ op: BinaryOperator, _ a: Double, _ b: Double) -> Double {
    switch op {
    case .add: return a + b
    case .subtract: return a - b
    case .multiply: return a * b
    case .divide: return b == 0 ? 0 : a / b
    case .less: return a < b - Numeric.epsilon ? 1 : 0
    case .lessEqual: return a <= b + Numeric.epsilon ? 1 : 0
    case .greater: return a > b + Numeric.epsilon ? 1 : 0
    case .greaterEqual: return a >= b - Numeric.epsilon ? 1 : 0
    case .equal: return Swift.abs(a - b) <= Numeric.epsilon ? 1 : 0
    case .notEqual: return Swift.abs(a - b) > Numeric.epsilon ? 1 : 0
    case .and: return a != 0 && b != 0 ? 1 : 0
    case .or: return a != 0 || b != 0 ? 1 : 0
    }
  }
}
