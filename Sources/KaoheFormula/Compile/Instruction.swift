/// One instruction of the scoring machine: a stack machine over `Double`s with no jumps
/// (both branches of `if` are evaluated and one is selected; formulas have no side effects).
public enum Instruction: Sendable, Hashable {
  case constant(Double)
  case load(Int)
  case store(Int)
  case negate
  case not
  case binary(BinaryOperator)
  case select
  /// Calls a helper on the top `count` values; `site` indexes the program's site table.
  case call(Builtin, count: Int, site: Int)
  /// Caps the top value at `points` when the policy in `policySlot` is on.
  case cap(points: Double, policySlot: Int, site: Int)
  /// Adds the values of `count` consecutive slots starting at `from`.
  case sum(from: Int, count: Int)
  /// Adds the values of the listed slots.
  case sumOf([Int])
}

/// Where an instruction's site came from: an owner chosen by the embedder (say, a clause's index)
/// and the span in that owner's formula.
public struct Site: Sendable, Hashable {
  /// Who owns the formula (meaningful to the embedder).
  public var owner: Int
  /// The span in the owner's formula.
  public var span: Span

  /// Creates a site.
  public init(owner: Int, span: Span) {
    self.owner = owner
    self.span = span
  }
}

/// A compiled program: instructions, the stack depth they need, and their sites, with the register
/// code the machine runs (rebuilt whenever the instructions change).
public struct Program: Sendable {
  /// The instructions, in order.
  public var instructions: [Instruction] = [] {
    didSet {
      kernel = KernelBuilder.build(instructions)
      native = nil
    }
  }
  /// The deepest the stack gets.
  public var maximumStack = 0
  /// Sites referenced by `call` and `cap`.
  public var sites: [Site] = []
  /// The instructions as register code: what `Machine` runs.
  public private(set) var kernel = Kernel()
  /// The kernel compiled ahead of time, when `attachNative(from:)` found it: what `Machine` runs
  /// when nothing is traced.
  public internal(set) var native: NativeKernel?

  /// An empty program.
  public init() {}

  /// A program of these instructions.
  public init(instructions: [Instruction], maximumStack: Int, sites: [Site]) {
    self.instructions = instructions
    self.maximumStack = maximumStack
    self.sites = sites
    kernel = KernelBuilder.build(instructions)
  }
}
