import CKaoheLanes

extension Machine {
  /// How many samples a lane run scores at once (a constant, as the executor was compiled with it).
  public static var lanes: Int { Int(KAOHE_LANES) }

  /// The widest vector the lane executor runs on this processor, in doubles: 8 (AVX-512), 4 (AVX2)
  /// or 2 (SSE2, which every x86-64 has).
  public static var widestLaneVector: Int { Int(kaohe_lanes_widest()) }
}

/// Steps run over `Machine.lanes` samples at once by the lane executor (`CKaoheLanes`, in C: Swift
/// cannot choose AVX-512 or AVX2 code at run time). The frame holds each location's values for
/// every lane side by side (location i, lane l at `i * Machine.lanes + l`). Each step is one
/// dispatch, then its operation over every lane in vectors, helpers included, with selects where
/// the scalar machine branches; lane l computes bit for bit what `Machine.execute` computes for its
/// sample. Never traces. A step snaps its value only where the snap can change it
/// (`Kernel.snapsNeeded`).
struct LaneSteps: Sendable {
  private var steps: [KaoheLaneStep]

  /// The same steps in storage of their own.
  func unshared() -> LaneSteps {
    var copy = self
    copy.steps = steps.unshared()
    return copy
  }

  /// The steps of `kernel` at the indices `running`, in that order.
  init(_ kernel: Kernel, running: [Int]) {
    let snaps = kernel.snapsNeeded()
    steps = running.map { Self.step(kernel.steps[$0], snaps: snaps[$0]) }
  }

  /// A kernel step as the C struct, snapping its value when `snaps`.
  static func step(_ step: Kernel.Step, snaps: Bool) -> KaoheLaneStep {
    KaoheLaneStep(
      code: code(step.code), builtin: builtin(step.builtin), tidies: snaps ? 1 : 0,
      count: step.count, d: step.d, a: step.a, b: step.b, c: step.c, k: step.k)
  }

  /// Runs the steps over `frame` in vectors of `width` doubles (narrowed to what the processor
  /// runs; by default the widest).
  func run(operands: [Int32], frame: UnsafeMutablePointer<Double>, width: Int = Machine.widestLaneVector) {
    steps.withUnsafeBufferPointer { s in
      operands.withUnsafeBufferPointer { o in
        guard let steps = s.baseAddress, let operands = o.baseAddress else { return }
        kaohe_lanes_execute(steps, s.count, operands, frame, Int32(width))
      }
    }
  }

  private static func code(_ code: Kernel.Code) -> UInt8 {
    let c: KaoheLaneCode
    switch code {
    case .move: c = KAOHE_LANE_MOVE
    case .negate: c = KAOHE_LANE_NEGATE
    case .not: c = KAOHE_LANE_NOT
    case .add: c = KAOHE_LANE_ADD
    case .subtract: c = KAOHE_LANE_SUBTRACT
    case .multiply: c = KAOHE_LANE_MULTIPLY
    case .divide: c = KAOHE_LANE_DIVIDE
    case .less: c = KAOHE_LANE_LESS
    case .lessEqual: c = KAOHE_LANE_LESS_EQUAL
    case .greater: c = KAOHE_LANE_GREATER
    case .greaterEqual: c = KAOHE_LANE_GREATER_EQUAL
    case .equal: c = KAOHE_LANE_EQUAL
    case .notEqual: c = KAOHE_LANE_NOT_EQUAL
    case .and: c = KAOHE_LANE_AND
    case .or: c = KAOHE_LANE_OR
    case .select: c = KAOHE_LANE_SELECT
    case .award: c = KAOHE_LANE_AWARD
    case .penalty: c = KAOHE_LANE_PENALTY
    case .minimum: c = KAOHE_LANE_MINIMUM
    case .maximum: c = KAOHE_LANE_MAXIMUM
    case .count: c = KAOHE_LANE_COUNT
    case .sum: c = KAOHE_LANE_SUM
    case .addition: c = KAOHE_LANE_ADDITION
    case .call: c = KAOHE_LANE_CALL
    case .cap: c = KAOHE_LANE_CAP
    case .sumCapped: c = KAOHE_LANE_SUM_CAPPED
    }
    return UInt8(c.rawValue)
  }

  private static func builtin(_ builtin: Builtin) -> UInt8 {
    let b: KaoheLaneBuiltin
    switch builtin {
    case .min: b = KAOHE_BUILTIN_MIN
    case .max: b = KAOHE_BUILTIN_MAX
    case .clamp: b = KAOHE_BUILTIN_CLAMP
    case .abs: b = KAOHE_BUILTIN_ABS
    case .floor: b = KAOHE_BUILTIN_FLOOR
    case .ceil: b = KAOHE_BUILTIN_CEIL
    case .round: b = KAOHE_BUILTIN_ROUND
    case .count: b = KAOHE_BUILTIN_COUNT
    case .award: b = KAOHE_BUILTIN_AWARD
    case .penalty: b = KAOHE_BUILTIN_PENALTY
    case .deduct: b = KAOHE_BUILTIN_DEDUCT
    case .addCapped: b = KAOHE_BUILTIN_ADD_CAPPED
    case .tiers: b = KAOHE_BUILTIN_TIERS
    case .tiersAtMost: b = KAOHE_BUILTIN_TIERS_AT_MOST
    case .proportional: b = KAOHE_BUILTIN_PROPORTIONAL
    case .credit: b = KAOHE_BUILTIN_CREDIT
    case .weightedAverage: b = KAOHE_BUILTIN_WEIGHTED_AVERAGE
    }
    return UInt8(b.rawValue)
  }
}

/// The lane kernels compiled ahead of time for an embedded rubric (`LaneSource`, in `CKaoheLanes`):
/// the same steps as `LaneSteps` would run, with no dispatch, in two forms: the slice kernel runs
/// the steps of a slice (the others' values stay in the frame), the whole kernel runs every step
/// with its temporaries in a few places after the frame, which keeps a run's memory small. Found by
/// the fingerprint of the kernel, so a rubric loaded from a file, or an embedded one changed since
/// the code was generated, runs on the lane executor.
struct NativeLanes: Sendable {
  private let index: Int32
  /// 1 for each step of the kernel that runs, 0 for each that is skipped.
  private var active: [UInt8]
  /// The frame size (in locations) the whole kernel needs.
  let wholeFrameSize: Int
  /// Whether the slice runs so many of the steps that running them all, on the whole kernel's small
  /// frame, is quicker (from three quarters of them on).
  let prefersWhole: Bool

  /// The compiled kernels for `kernel`, running the steps `running` (indices), or nil when none.
  init?(_ kernel: Kernel, running: [Int]) {
    let index = kaohe_lanes_native_find(kernel.fingerprint, kernel.steps.count, kernel.frameSize)
    guard index >= 0 else { return nil }
    self.index = index
    var active = [UInt8](repeating: 0, count: kernel.steps.count)
    for i in running { active[i] = 1 }
    self.active = active
    wholeFrameSize = kaohe_lanes_native_whole_frame(index)
    prefersWhole = running.count * 4 >= kernel.steps.count * 3
  }

  /// The same kernels in storage of their own.
  func unshared() -> NativeLanes {
    var copy = self
    copy.active = active.unshared()
    return copy
  }

  /// Runs the whole kernel (`whole`) or the slice kernel over `frame`, reading free slot `slots[k]`
  /// from `columns + k * stride` when `columns` is given (a full run), else from the frame.
  func run(
    frame: UnsafeMutablePointer<Double>, whole: Bool, columns: UnsafePointer<Double>?, stride: Int,
    slots: UnsafeBufferPointer<Int32>, width: Int
  ) {
    active.withUnsafeBufferPointer { a in
      guard let active = a.baseAddress else { return }
      kaohe_lanes_native_run(
        index, frame, whole ? nil : active, columns, stride, slots.count, slots.baseAddress, Int32(width))
    }
  }
}
