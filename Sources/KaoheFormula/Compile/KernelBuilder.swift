/// Translates stack instructions into a `Kernel` by running the stack symbolically: each stack entry
/// says where its value is (a slot, a constant, a temporary or an invariant) instead of holding it,
/// and each instruction that computes becomes one step. A pushed value goes to the temporary of its
/// stack position, so a temporary is never read after it is overwritten; for a `SlicedRun` every
/// value gets a temporary of its own instead.
///
/// On the way it folds operations on constants (never a helper that traces), picks the branch of an
/// `if`, `award` or `penalty` whose condition is constant, computes once what only reads constants
/// and slots the program never writes, joins a chain of `+` and a sum with its cap into one step,
/// and fuses each store into the step that computes the stored value, snapping constants to the
/// grid at build time where the stored value can only be one of them.
struct KernelBuilder {
  /// Where a value is, while building: the stack holds these, and steps are written with them.
  enum Ref: Hashable {
    case slot(Int)
    case constant(Int)
    case temporary(Int)
    /// A value computed once per run from constants and slots the program never writes.
    case invariant(Int)
  }

  /// What identifies an invariant step, to compute it once.
  private struct InvariantKey: Hashable {
    var code: Kernel.Code
    var operands: [Ref?]
  }

  /// A step whose operands are still refs.
  struct Draft {
    var code: Kernel.Code
    var builtin: Builtin = .min
    var tidies = false
    var d: Ref
    var a: Ref? = nil
    var b: Ref? = nil
    var c: Ref? = nil
    var list: Range<Int> = 0..<0
    var site = 0
    var k = 0.0
  }

  private let uniqueTemporaries: Bool
  private let written: Set<Int>
  private var invariants: [InvariantKey: Ref] = [:]
  var invariantCount = 0
  private var stack: [Ref] = []
  var drafts: [Draft] = []
  var lists: [Ref] = []
  var constants: [Double] = []
  private var constantIndex: [UInt64: Int] = [:]
  var temporaries = 0
  var largestCall = 0
  var slotLimit = 0

  private init(_ instructions: [Instruction], uniqueTemporaries: Bool) {
    self.uniqueTemporaries = uniqueTemporaries
    var written = Set<Int>()
    for case .store(let slot) in instructions { written.insert(slot) }
    self.written = written
  }

  /// Translates `instructions`. With `uniqueTemporaries` no temporary is written twice, so that a
  /// batch can skip the steps that do not depend on what it varies (`SlicedRun`).
  static func build(_ instructions: [Instruction], uniqueTemporaries: Bool = false) -> Kernel {
    var builder = KernelBuilder(instructions, uniqueTemporaries: uniqueTemporaries)
    for instruction in instructions { builder.add(instruction) }
    builder.fuseInvariantStores()
    return builder.finish()
  }

  private mutating func add(_ instruction: Instruction) {
    switch instruction {
    case .constant(let v): stack.append(constant(v))
    case .load(let slot): stack.append(use(slot))
    case .store(let slot): store(into: use(slot))
    case .negate: unary(.negate) { -$0 }
    case .not: unary(.not) { $0 == 0 ? 1 : 0 }
    case .binary(let op): binary(op)
    case .select: select()
    case .call(let builtin, let count, let site): call(builtin, count: count, site: site)
    case .cap(let points, let policySlot, let site):
      let raw = stack.removeLast()
      let policy = use(policySlot)
      if case .temporary = raw, var last = drafts.last, last.d == raw, last.code == .sum, !last.tidies {
        last.code = .sumCapped
        last.b = policy
        last.site = site
        last.k = points
        drafts[drafts.count - 1] = last
        stack.append(raw)
      } else {
        pushing(Draft(code: .cap, d: .slot(0), a: raw, b: policy, site: site, k: points))
      }
    case .sum(let from, let count): sum((from..<(from + count)).map { use($0) })
    case .sumOf(let slots): sum(slots.map { use($0) })
    }
  }

  // MARK: Operations

  private mutating func unary(_ code: Kernel.Code, _ fold: (Double) -> Double) {
    let a = stack.removeLast()
    if let x = value(a) {
      stack.append(constant(fold(x)))
    } else {
      pushing(Draft(code: code, d: .slot(0), a: a))
    }
  }

  private mutating func binary(_ op: BinaryOperator) {
    let b = stack.removeLast()
    let a = stack.removeLast()
    if let x = value(a), let y = value(b) {
      stack.append(constant(Machine.apply(op, x, y)))
    } else if op == .add, case .temporary = a, var last = drafts.last, last.d == a, !last.tidies,
      last.code == .add || last.code == .addition
    {
      // ((x + y) + z): one step adding left to right.
      let operands = last.code == .add ? [last.a, last.b].compactMap { $0 } + [b] : Array(lists[last.list]) + [b]
      last.code = .addition
      last.list = list(operands)
      drafts[drafts.count - 1] = last
      stack.append(a)
    } else {
      pushing(Draft(code: Self.code(op), d: .slot(0), a: a, b: b))
    }
  }

  private mutating func select() {
    let otherwise = stack.removeLast()
    let then = stack.removeLast()
    let condition = stack.removeLast()
    if let c = value(condition) {
      place(c != 0 ? then : otherwise)
    } else {
      pushing(Draft(code: .select, d: .slot(0), a: condition, b: then, c: otherwise))
    }
  }

  private mutating func call(_ builtin: Builtin, count: Int, site: Int) {
    let args = Array(stack.suffix(count))
    stack.removeLast(count)
    let values = args.compactMap(value)
    if values.count == count, Self.isPure(builtin) {
      var buffer = values
      var tracer = NoTracer()
      let v = buffer.withUnsafeMutableBufferPointer { p in
        p.baseAddress.map { builtin.evaluate($0, count: count, site: site, tracer: &tracer) } ?? 0
      }
      stack.append(constant(v))
      return
    }
    switch builtin {
    case .award, .penalty:
      if let c = value(args[0]) {
        if c == 0 {
          stack.append(constant(0))
        } else if builtin == .award {
          place(args[1])
        } else {
          pushing(Draft(code: .negate, d: .slot(0), a: args[1]))
        }
      } else if builtin == .penalty, let points = value(args[1]) {
        let negated = constant(-points)
        pushing(Draft(code: .award, d: .slot(0), a: args[0], b: negated))
      } else {
        pushing(Draft(code: builtin == .award ? .award : .penalty, d: .slot(0), a: args[0], b: args[1]))
      }
    case .min, .max, .count:
      let code: Kernel.Code = builtin == .min ? .minimum : builtin == .max ? .maximum : .count
      let operands = list(args)
      pushing(Draft(code: code, d: .slot(0), list: operands))
    default:
      largestCall = max(largestCall, count)
      let operands = list(args)
      pushing(Draft(code: .call, builtin: builtin, d: .slot(0), list: operands, site: site))
    }
  }

  private mutating func sum(_ slots: [Ref]) {
    if slots.isEmpty {
      stack.append(constant(0))
    } else {
      let operands = list(slots)
      pushing(Draft(code: .sum, d: .slot(0), list: operands))
    }
  }

  /// Pops the stored value into `slot`, fusing the store into the step that computed it.
  private mutating func store(into slot: Ref) {
    let source = stack.removeLast()
    let pending = stack.indices.filter { stack[$0] == slot }
    for i in pending {
      if !uniqueTemporaries { temporaries = max(temporaries, i + 1) }
      let t = uniqueTemporaries ? newTemporary() : .temporary(i)
      emit(Draft(code: .move, d: t, a: slot))
      stack[i] = t
    }
    if let x = value(source) {
      let snapped = constant(Numeric.tidy(x))
      emit(Draft(code: .move, d: slot, a: snapped))
    } else if pending.isEmpty, case .temporary = source, var last = drafts.last, last.d == source {
      last.d = slot
      last.tidies = true
      snapConstants(&last)
      drafts[drafts.count - 1] = last
    } else {
      emit(Draft(code: .move, tidies: true, d: slot, a: source))
    }
  }

  /// Drops the snapping of a step whose value can only be one of its constant operands (or a
  /// whole count), snapping those constants instead.
  mutating func snapConstants(_ step: inout Draft) {
    switch step.code {
    case .award:
      guard let b = step.b, let y = value(b) else { return }
      step.b = constant(Numeric.tidy(y))
      step.tidies = false
    case .select:
      guard let b = step.b, let c = step.c, let y = value(b), let z = value(c) else { return }
      step.b = constant(Numeric.tidy(y))
      step.c = constant(Numeric.tidy(z))
      step.tidies = false
    case .count:
      step.tidies = false
    default:
      return
    }
  }

  // MARK: Refs

  private mutating func use(_ slot: Int) -> Ref {
    slotLimit = max(slotLimit, slot + 1)
    return .slot(slot)
  }

  mutating func constant(_ v: Double) -> Ref {
    if let i = constantIndex[v.bitPattern] { return .constant(i) }
    constants.append(v)
    constantIndex[v.bitPattern] = constants.count - 1
    return .constant(constants.count - 1)
  }

  private func value(_ ref: Ref) -> Double? {
    if case .constant(let i) = ref { return constants[i] }
    return nil
  }

  /// The temporary for a value pushed now: the stack position's own, or a new one.
  private mutating func push() -> Ref {
    let t = uniqueTemporaries ? newTemporary() : .temporary(stack.count)
    if case .temporary(let p) = t { temporaries = max(temporaries, p + 1) }
    stack.append(t)
    return t
  }

  private mutating func newTemporary() -> Ref {
    temporaries += 1
    return .temporary(temporaries - 1)
  }

  /// Pushes an existing value, moving a temporary into this position's own.
  private mutating func place(_ ref: Ref) {
    if !uniqueTemporaries, case .temporary(let q) = ref, q != stack.count {
      pushing(Draft(code: .move, d: .slot(0), a: ref))
    } else {
      stack.append(ref)
    }
  }

  private mutating func list(_ refs: [Ref]) -> Range<Int> {
    lists += refs
    return (lists.count - refs.count)..<lists.count
  }

  private mutating func emit(_ draft: Draft) { drafts.append(draft) }

  /// Emits a step whose result is pushed: its destination is the new top's temporary, or, for an
  /// operation on invariant values, a register of its own, computed once however often it is written.
  private mutating func pushing(_ draft: Draft) {
    var step = draft
    let operands = [draft.a, draft.b, draft.c] + lists[draft.list].map { Optional($0) }
    if Self.isHoistable(draft.code), operands.allSatisfy({ $0.map(isInvariant) ?? true }) {
      let key = InvariantKey(code: draft.code, operands: operands)
      if let known = invariants[key] {
        stack.append(known)
        return
      }
      invariantCount += 1
      step.d = .invariant(invariantCount - 1)
      invariants[key] = step.d
      stack.append(step.d)
    } else {
      step.d = push()
    }
    drafts.append(step)
  }

  private func isInvariant(_ ref: Ref) -> Bool {
    switch ref {
    case .constant, .invariant: true
    case .slot(let i): !written.contains(i)
    case .temporary: false
    }
  }

  private static func isHoistable(_ code: Kernel.Code) -> Bool {
    switch code {
    case .move, .call, .cap, .sum, .sumCapped, .addition: false
    default: true
    }
  }

  private static func isPure(_ builtin: Builtin) -> Bool {
    switch builtin {
    case .min, .max, .clamp, .abs, .floor, .ceil, .round, .count, .award, .penalty: true
    default: false
    }
  }

  private static func code(_ op: BinaryOperator) -> Kernel.Code {
    switch op {
    case .add: .add
    case .subtract: .subtract
    case .multiply: .multiply
    case .divide: .divide
    case .less: .less
    case .lessEqual: .lessEqual
    case .greater: .greater
    case .greaterEqual: .greaterEqual
    case .equal: .equal
    case .notEqual: .notEqual
    case .and: .and
    case .or: .or
    }
  }
}
