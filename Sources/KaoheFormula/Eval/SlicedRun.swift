/// Runs one program over and over with only some slots changing, for batches of samples: the steps
/// that depend on none of the changing slots run once, when the run is made, and each later run
/// executes only the rest, on one frame kept from run to run, one sample at a time (`run(_:)`) or
/// `Machine.lanes` at once (`run(rows:count:width:)`). Results are those of `Machine.run` with the
/// same slots. Not for sharing between threads: each thread makes (or copies) its own.
public struct SlicedRun: Sendable {
  private let kernel: Kernel
  /// The steps run each time, in program order.
  private let steps: [Kernel.Step]
  /// The same steps for the lane executor.
  private let laneSteps: LaneSteps
  /// The changing slots.
  private let free: [Int]
  /// The slots the program uses, then its constants, temporaries and invariants, as the last
  /// `run(_:)` left them.
  public private(set) var frame: [Double]
  /// The slots as given, for those past the ones the program uses.
  private let held: [Double]
  /// The frame of lane runs: each location's value for every lane side by side.
  private var lanes: [Double]

  /// Makes a run of `program` from `slots` (all of them set, as for `Machine.run`) in which the
  /// slots `free` will change.
  public init(_ program: Program, slots: [Double], free: [Int]) {
    let kernel = KernelBuilder.build(program.instructions, uniqueTemporaries: true)
    self.kernel = kernel
    self.free = free
    held = slots
    let shared = min(slots.count, kernel.slotCount)
    var frame = Array(slots.prefix(shared)) + [Double](repeating: 0, count: kernel.slotCount - shared) + kernel.scratch
    var tracer = NoTracer()
    frame.withUnsafeMutableBufferPointer { buffer in
      guard let f = buffer.baseAddress else { return }
      Machine.execute(kernel, frame: f, tracer: &tracer)
    }
    self.frame = frame
    lanes = frame.flatMap { repeatElement($0, count: Machine.lanes) }
    steps = Self.slice(kernel, free: free.filter { $0 < kernel.slotCount })
    laneSteps = LaneSteps(steps)
  }

  /// How many steps each run executes.
  public var stepCount: Int { steps.count }

  /// Sets the free slots to `values` (in the order of `free`) and runs.
  public mutating func run(_ values: UnsafePointer<Double>) {
    let kernel = kernel
    let steps = steps
    let free = free
    var tracer = NoTracer()
    frame.withUnsafeMutableBufferPointer { buffer in
      guard let f = buffer.baseAddress else { return }
      for (k, slot) in free.enumerated() where slot < kernel.slotCount { f[slot] = values[k] }
      steps.withUnsafeBufferPointer { s in
        kernel.operands.withUnsafeBufferPointer { operands in
          guard let o = operands.baseAddress else { return }
          Machine.execute(s, operands: o, frame: f, arguments: f + kernel.argumentBase, tracer: &tracer)
        }
      }
    }
  }

  /// Sets the free slots of lane l to row l of `rows` (`width` values apart, in the order of `free`)
  /// for the first `count` lanes (at most `Machine.lanes`), and runs every lane, in vectors of
  /// `vector` doubles (by default the widest the processor runs; narrower ones are for tests).
  public mutating func run(
    rows: UnsafePointer<Double>, count: Int, width: Int, vector: Int = Machine.widestLaneVector
  ) {
    let laneSteps = laneSteps
    let operands = kernel.operands
    let free = free
    let slotCount = kernel.slotCount
    lanes.withUnsafeMutableBufferPointer { buffer in
      guard let f = buffer.baseAddress else { return }
      let n = Machine.lanes
      for l in 0..<min(count, n) {
        for (k, slot) in free.enumerated() where slot < slotCount { f[slot * n + l] = rows[l * width + k] }
      }
      laneSteps.run(operands: operands, frame: f, width: vector)
    }
  }

  /// A slot's value in one lane after `run(rows:count:width:)`.
  public func value(_ slot: Int, lane: Int) -> Double {
    slot < kernel.slotCount ? lanes[slot * Machine.lanes + lane] : held[slot]
  }

  /// The steps that read a free slot or a value computed from one, or all of them when a location
  /// is written twice or a free slot is written at all (then skipping a step could leave a stale
  /// value).
  private static func slice(_ kernel: Kernel, free: [Int]) -> [Kernel.Step] {
    var writes = [Int](repeating: 0, count: kernel.frameSize)
    for step in kernel.steps { writes[Int(step.d)] += 1 }
    guard writes.allSatisfy({ $0 <= 1 }), free.allSatisfy({ writes[$0] == 0 }) else { return kernel.steps }
    var dirty = [Bool](repeating: false, count: kernel.frameSize)
    for slot in free { dirty[slot] = true }
    return kernel.steps.filter { step in
      let reads = kernel.reads(step)
      guard reads.contains(where: { dirty[Int($0)] }) else { return false }
      dirty[Int(step.d)] = true
      return true
    }
  }
}

extension Kernel {
  /// The frame locations a step reads.
  func reads(_ step: Step) -> [Int32] {
    let list = { Array(self.operands[Int(step.a)..<(Int(step.a) + Int(step.count))]) }
    switch step.code {
    case .move, .negate, .not: return [step.a]
    case .select: return [step.a, step.b, step.c]
    case .minimum, .maximum, .count, .sum, .addition, .call: return list()
    case .sumCapped: return list() + [step.b]
    default: return [step.a, step.b]
    }
  }
}
