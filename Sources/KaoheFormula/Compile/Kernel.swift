/// A program as register code, which is what the machine runs: each step reads its operands from a
/// flat frame of `Double`s and writes one value into it, with no stack to push or pop.
///
/// The frame is the caller's slots (`0 ..< slotCount`), then the program's constants, its
/// temporaries, its invariants and room for the arguments of one helper call (`scratch` holds the
/// values these start with). A step's result goes to a temporary, or straight into a slot, snapped
/// to the 1e-9 grid as `Instruction.store` does. Built from the stack instructions by `KernelBuilder`, with
/// constant operations folded, stores fused into the step that computes the stored value, and
/// `award`, `penalty`, `min`, `max` and `count` run without a helper call. An operation on constants
/// and slots the program never writes (say, a policy compared with one of its options) is computed
/// once per run however often the formulas repeat it.
public struct Kernel: Sendable {
  /// What a step does.
  enum Code: UInt8, Sendable {
    case move, negate, not
    case add, subtract, multiply, divide, less, lessEqual, greater, greaterEqual, equal, notEqual, and, or
    /// `d = f[a] != 0 ? f[b] : f[c]`.
    case select
    /// `d = f[a] != 0 ? f[b] : 0` (an `award`, or a `penalty` with its points negated).
    case award
    /// `d = f[a] != 0 ? -f[b] : 0`.
    case penalty
    /// Minimum, maximum, count of non-zero values, or sum of the `count` operands listed from `a`.
    case minimum, maximum, count, sum
    /// The `count` operands listed from `a` added left to right, starting from the first (a chain
    /// of `+`, with the same rounding and signed zeros as adding them one by one).
    case addition
    /// `builtin` on the `count` operands listed from `a`, gathered into the argument area; site `c`.
    case call
    /// `d = f[a]`, capped at `k` when the policy in `f[b]` is on; site `c`.
    case cap
    /// A `sum` capped as `cap` caps (policy `f[b]`, points `k`, site `c`).
    case sumCapped
  }

  /// One step: `d = code(operands)`, snapped to the grid when `tidies`.
  struct Step: Sendable {
    var code: Code
    var builtin: Builtin = .min
    var tidies = false
    var count: Int32 = 0
    var d: Int32
    var a: Int32 = 0
    var b: Int32 = 0
    var c: Int32 = 0
    var k: Double = 0
  }

  /// The steps, run in order.
  var steps: [Step] = []
  /// Operand lists of calls and sums (frame indices).
  var operands: [Int32] = []
  /// How many of the caller's slots the program reads or writes: the frame starts with them.
  var slotCount = 0
  /// The frame past the slots as each run starts: the constants, then zeros.
  var scratch: [Double] = []
  /// Where the argument area starts in the frame.
  var argumentBase = 0

  /// An empty kernel.
  public init() {}

  /// How many steps the program has.
  public var stepCount: Int { steps.count }

  /// The frame size: slots, constants, temporaries, invariants and the argument area.
  var frameSize: Int { slotCount + scratch.count }

  /// The same kernel in storage of its own (see `SlicedRun.unshared()`).
  func unshared() -> Kernel {
    var copy = self
    copy.steps = steps.unshared()
    copy.operands = operands.unshared()
    copy.scratch = scratch.unshared()
    return copy
  }
}

extension Kernel {
  /// A step's fields that can hold a location it reads (beside its operand list).
  enum Field { case a, b, c }

  /// The fields of `step` that hold a location it reads.
  func locationFields(_ step: Step) -> [Field] {
    switch step.code {
    case .move, .negate, .not: return [.a]
    case .select: return [.a, .b, .c]
    case .minimum, .maximum, .count, .sum, .addition, .call: return []
    case .sumCapped: return [.b]
    default: return [.a, .b]
    }
  }

  /// The operand list of `step`: the `count` locations listed from `a` for the steps that have one
  /// (minimum, maximum, count, sums, calls), none for the others.
  func list(_ step: Step) -> ArraySlice<Int32> {
    switch step.code {
    case .minimum, .maximum, .count, .sum, .addition, .call, .sumCapped:
      return operands[Int(step.a)..<(Int(step.a) + Int(step.count))]
    default: return []
    }
  }

  /// The frame locations a step reads: its operand list, then the fields `locationFields` names.
  func reads(_ step: Step) -> [Int32] {
    Array(list(step)) + locationFields(step).map { step[$0] }
  }

  /// How many steps write each frame location.
  func writeCounts() -> [Int] {
    var writes = [Int](repeating: 0, count: frameSize)
    for step in steps { writes[Int(step.d)] += 1 }
    return writes
  }
}

extension Kernel.Step {
  /// The location in field `field`.
  subscript(field: Kernel.Field) -> Int32 {
    get {
      switch field {
      case .a: a
      case .b: b
      case .c: c
      }
    }
    set {
      switch field {
      case .a: a = newValue
      case .b: b = newValue
      case .c: c = newValue
      }
    }
  }
}
