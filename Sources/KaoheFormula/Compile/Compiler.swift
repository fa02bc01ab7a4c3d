/// Turns checked formulas into instructions, appended to one program.
public struct Compiler {
  private var instructions: [Instruction] = []
  private var sites: [Site] = []
  private var maximumStack = 0
  private var depth = 0

  /// The program so far (its register code is built on each read, so read it once at the end).
  public var program: Program { Program(instructions: instructions, maximumStack: maximumStack, sites: sites) }

  /// Creates an empty compiler.
  public init() {}

  /// Appends code that evaluates `formula` and stores it in `slot`; `owner` tags its sites.
  public mutating func emit(_ formula: Lowered, into slot: Int, owner: Int) {
    emit(formula, owner: owner)
    append(.store(slot), delta: -1)
  }

  /// Appends code that sums `slots` into `slot`, capped when the policy is on.
  public mutating func emitSum(of slots: [Int], into slot: Int, cap: (points: Double, policySlot: Int, owner: Int)? = nil,
    plus extra: [Int] = [])
  {
    append(.sumOf(slots), delta: 1)
    if let cap {
      sites.append(Site(owner: cap.owner, span: Span(0, 0)))
      append(.cap(points: cap.points, policySlot: cap.policySlot, site: sites.count - 1), delta: 0)
    }
    if !extra.isEmpty {
      append(.sumOf(extra), delta: 1)
      append(.binary(.add), delta: -1)
    }
    append(.store(slot), delta: -1)
  }

  private mutating func append(_ instruction: Instruction, delta: Int) {
    instructions.append(instruction)
    depth += delta
    maximumStack = max(maximumStack, depth)
  }

  private mutating func emit(_ node: Lowered, owner: Int) {
    switch node {
    case .constant(let v): append(.constant(v), delta: 1)
    case .load(let slot): append(.load(slot), delta: 1)
    case .negate(let e):
      emit(e, owner: owner)
      append(.negate, delta: 0)
    case .not(let e):
      emit(e, owner: owner)
      append(.not, delta: 0)
    case .binary(let op, let a, let b):
      emit(a, owner: owner)
      emit(b, owner: owner)
      append(.binary(op), delta: -1)
    case .select(let c, let a, let b):
      emit(c, owner: owner)
      emit(a, owner: owner)
      emit(b, owner: owner)
      append(.select, delta: -2)
    case .call(let builtin, let args, let span):
      for arg in args { emit(arg, owner: owner) }
      sites.append(Site(owner: owner, span: span))
      append(.call(builtin, count: args.count, site: sites.count - 1), delta: 1 - args.count)
    }
  }
}
