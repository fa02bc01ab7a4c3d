/// Runs a compiled program over a slot array: the program's register code (`Kernel`), straight-line,
/// one pass, no parsing, over one flat frame of the slots followed by the program's constants and
/// temporaries.
public enum Machine {
  /// Runs `program`, reading and writing `slots`, as fast as it can.
  public static func run(_ program: Program, slots: inout [Double]) {
    var tracer = NoTracer()
    run(program, slots: &slots, tracer: &tracer)
  }

  /// Runs `program` by interpreting its kernel, even when it has a native function (for checking
  /// one against the other).
  public static func interpret(_ program: Program, slots: inout [Double]) {
    var interpreted = program
    interpreted.native = nil
    run(interpreted, slots: &slots)
  }

  /// Runs `program` and returns what the helpers did, for explanations.
  public static func runTraced(_ program: Program, slots: inout [Double]) -> [(site: Int, event: TraceEvent)] {
    var tracer = RecordingTracer()
    run(program, slots: &slots, tracer: &tracer)
    return tracer.events
  }

  static func run<T: Tracer>(_ program: Program, slots: inout [Double], tracer: inout T) {
    if !T.isActive, let native = program.native, slots.count == native.slotCount {
      slots.withUnsafeMutableBufferPointer { frame in
        guard let f = frame.baseAddress else { return }
        native.run(f)
      }
      return
    }
    let kernel = program.kernel
    guard slots.count == kernel.slotCount else {
      runCopying(kernel, slots: &slots, tracer: &tracer)
      return
    }
    slots.append(contentsOf: kernel.scratch)
    slots.withUnsafeMutableBufferPointer { frame in
      guard let f = frame.baseAddress else { return }
      execute(kernel, frame: f, tracer: &tracer)
    }
    slots.removeLast(kernel.scratch.count)
  }

  /// Runs on a copy of the slots the program uses, for a slot array of another length.
  private static func runCopying<T: Tracer>(_ kernel: Kernel, slots: inout [Double], tracer: inout T) {
    let shared = min(slots.count, kernel.slotCount)
    var frame = Array(slots.prefix(shared)) + [Double](repeating: 0, count: kernel.slotCount - shared) + kernel.scratch
    frame.withUnsafeMutableBufferPointer { buffer in
      guard let f = buffer.baseAddress else { return }
      execute(kernel, frame: f, tracer: &tracer)
    }
    for i in 0..<shared { slots[i] = frame[i] }
  }

  /// Runs the kernel's steps over a frame laid out as `Kernel` describes.
  @inline(__always)
  static func execute<T: Tracer>(_ kernel: Kernel, frame f: UnsafeMutablePointer<Double>, tracer: inout T) {
    kernel.steps.withUnsafeBufferPointer { steps in
      kernel.operands.withUnsafeBufferPointer { operands in
        guard let o = operands.baseAddress else { return }
        execute(steps, operands: o, frame: f, arguments: f + kernel.argumentBase, tracer: &tracer)
      }
    }
  }

  /// The interpreter loop: one `switch` per step, operands read straight from the frame.
  static func execute<T: Tracer>(
    _ steps: UnsafeBufferPointer<Kernel.Step>, operands o: UnsafePointer<Int32>, frame f: UnsafeMutablePointer<Double>,
    arguments: UnsafeMutablePointer<Double>, tracer: inout T
  ) {
    for step in steps {
      let a = Int(step.a)
      let b = Int(step.b)
      let r: Double
      switch step.code {
      case .move: r = f[a]
      case .negate: r = -f[a]
      case .not: r = f[a] == 0 ? 1 : 0
      case .add: r = f[a] + f[b]
      case .subtract: r = f[a] - f[b]
      case .multiply: r = f[a] * f[b]
      case .divide: r = apply(.divide, f[a], f[b])
      case .less: r = apply(.less, f[a], f[b])
      case .lessEqual: r = apply(.lessEqual, f[a], f[b])
      case .greater: r = apply(.greater, f[a], f[b])
      case .greaterEqual: r = apply(.greaterEqual, f[a], f[b])
      case .equal: r = apply(.equal, f[a], f[b])
      case .notEqual: r = apply(.notEqual, f[a], f[b])
      // Operands are loaded before they are chosen between, so that a choice is a select, not a
      // branch that random samples would mispredict.
      case .and:
        let (x, y): (Double, Double) = (f[a] != 0 ? 1 : 0, f[b] != 0 ? 1 : 0)
        r = x * y
      case .or:
        let (x, y): (Double, Double) = (f[a] != 0 ? 1 : 0, f[b] != 0 ? 1 : 0)
        r = x > y ? x : y
      case .select:
        let (then, otherwise) = (f[b], f[Int(step.c)])
        r = f[a] != 0 ? then : otherwise
      case .award:
        let x = f[b]
        r = f[a] != 0 ? x : 0
      case .penalty:
        let x = -f[b]
        r = f[a] != 0 ? x : 0
      case .minimum:
        var m = f[Int(o[a])]
        for i in (a + 1)..<(a + Int(step.count)) {
          let v = f[Int(o[i])]
          m = v < m ? v : m
        }
        r = m
      case .maximum:
        var m = f[Int(o[a])]
        for i in (a + 1)..<(a + Int(step.count)) {
          let v = f[Int(o[i])]
          m = v > m ? v : m
        }
        r = m
      case .count:
        var c = 0.0
        for i in a..<(a + Int(step.count)) { c += f[Int(o[i])] != 0 ? 1 : 0 }
        r = c
      case .sum:
        var total = 0.0
        for i in a..<(a + Int(step.count)) { total += f[Int(o[i])] }
        r = total
      case .addition:
        var total = f[Int(o[a])]
        for i in (a + 1)..<(a + Int(step.count)) { total += f[Int(o[i])] }
        r = total
      case .call:
        let n = Int(step.count)
        for j in 0..<n { arguments[j] = f[Int(o[a + j])] }
        r = step.builtin.evaluate(arguments, count: n, site: Int(step.c), tracer: &tracer)
      case .sumCapped:
        var total = 0.0
        for i in a..<(a + Int(step.count)) { total += f[Int(o[i])] }
        r = cap(total, step, on: f[b], tracer: &tracer)
      case .cap:
        r = cap(f[a], step, on: f[b], tracer: &tracer)
      }
      f[Int(step.d)] = step.tidies ? Numeric.tidy(r) : r
    }
  }

  /// `v` capped at the step's points when the policy value `on` is not 0.
  @inline(__always)
  static func cap<T: Tracer>(_ v: Double, _ step: Kernel.Step, on: Double, tracer: inout T) -> Double {
    if T.isActive, on != 0, v > step.k + Numeric.epsilon {
      tracer.note(site: Int(step.c), .indicatorCapped(raw: v, cap: step.k))
    }
    return capped(v, at: step.k, on: on)
  }

  /// `points` when the policy value `on` is not 0 and `v` is over them (by more than the
  /// tolerance), else `v`: an indicator's cap, as every evaluator applies it.
  @inlinable @inline(__always)
  public static func capped(_ v: Double, at points: Double, on: Double) -> Double {
    let over = v > points + Numeric.epsilon
    let capped = on != 0 && over
    return capped ? points : v
  }

  /// Applies a binary operator; booleans are 1 and 0, and division by zero gives 0. The one
  /// definition of the operators: the interpreter, the native kernels (`NativeSource`) and the
  /// break-even search all call it.
  @inlinable @inline(__always)
  public static func apply(_ op: BinaryOperator, _ a: Double, _ b: Double) -> Double {
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
