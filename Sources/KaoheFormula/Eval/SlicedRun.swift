import CKaoheLanes

/// Runs one program over and over with only some slots changing, for batches of samples: the steps
/// that depend on none of the changing slots run once, when the run is made, and each later run
/// executes only the rest, on one frame kept from run to run, one sample at a time (`run(_:)`) or
/// `Machine.lanes` at once (`run(columns:stride:count:)`). Results are those of `Machine.run` with the
/// same slots. Not for sharing between threads: each thread makes (or copies) its own.
public struct SlicedRun: Sendable {
  private var kernel: Kernel
  /// The steps run each time, in program order.
  private var steps: [Kernel.Step]
  /// The same steps for the lane executor.
  private var laneSteps: LaneSteps
  /// The frame slot of each free slot in lane runs, or -1 for one past the slots the program uses.
  private var laneSlots: [Int32]
  /// The lane kernel compiled ahead of time for this kernel (`LaneSource`), if any, and which of
  /// its steps run (1) or are skipped (0).
  private var native: NativeLanes?
  /// The changing slots.
  private var free: [Int]
  /// The slots the program uses, then its constants, temporaries and invariants, as the last
  /// `run(_:)` left them.
  public private(set) var frame: [Double]
  /// The slots as given, for those past the ones the program uses.
  private var held: [Double]
  /// The frame of lane runs: each location's value for every lane side by side (then room for the
  /// temporaries of the whole compiled kernel, when there is one).
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
    assert(Machine.lanes == Int(kaohe_lanes_count()), "KaoheFormula and CKaoheLanes built with different KAOHE_LANES")
    let kept = Self.slice(kernel, free: free.filter { $0 < kernel.slotCount })
    steps = kept.map { kernel.steps[$0] }
    laneSteps = LaneSteps(kernel, running: kept)
    native = NativeLanes(kernel, running: kept)
    laneSlots = free.map { $0 < kernel.slotCount ? Int32($0) : -1 }
    let room = max(0, (native?.wholeFrameSize ?? 0) - frame.count)
    lanes = (frame + repeatElement(0, count: room)).flatMap { repeatElement($0, count: Machine.lanes) }
  }

  /// A copy of this run that shares no storage with it, for another thread. Copies of a Swift value
  /// share their arrays, and two threads that copy and drop copies of one run (as scoring batches
  /// does) keep passing the arrays' reference counts between their cores.
  public func unshared() -> SlicedRun {
    var copy = self
    copy.kernel = kernel.unshared()
    copy.steps = steps.unshared()
    copy.laneSteps = laneSteps.unshared()
    copy.laneSlots = laneSlots.unshared()
    copy.native = native?.unshared()
    copy.free = free.unshared()
    copy.frame = frame.unshared()
    copy.held = held.unshared()
    copy.lanes = lanes.unshared()
    return copy
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

  /// Whether lane runs use a lane kernel compiled ahead of time (the embedded rubrics' do).
  public var isNative: Bool { native != nil }

  /// What runs the lanes of a batch.
  public enum LaneCode: Sendable, CaseIterable {
    /// The compiled kernels when there are (the whole kernel when the slice holds three quarters of
    /// the steps or more, else the slice kernel), else the lane executor.
    case automatic
    /// The lane executor, which interprets the slice's steps.
    case executor
    /// The compiled slice kernel (the executor when there is none).
    case slice
    /// The compiled whole kernel (the executor when there is none).
    case whole
  }

  /// Runs the first `count` lanes (at most `Machine.lanes`) with the free slots from `columns`, one
  /// column per free slot (in the order of `free`), `stride` values apart: lane l's value of free
  /// slot k is `columns[k * stride + l]`. A run of every lane on a compiled kernel reads the columns
  /// where they are; other runs copy them into the frame first. Runs on `code` (by default the
  /// quickest), in vectors of `vector` doubles (by default the widest the processor runs; the other
  /// choices are for tests).
  public mutating func run(
    columns: UnsafePointer<Double>, stride: Int, count: Int, vector: Int = Machine.widestLaneVector,
    code: LaneCode = .automatic
  ) {
    let native = code == .executor ? nil : native
    let whole = code == .whole || (code == .automatic && native?.prefersWhole == true)
    let laneSteps = laneSteps
    let operands = kernel.operands
    let laneSlots = laneSlots
    lanes.withUnsafeMutableBufferPointer { buffer in
      guard let f = buffer.baseAddress else { return }
      laneSlots.withUnsafeBufferPointer { slots in
        // A compiled kernel running every lane reads the free inputs where they are.
        let inPlace = native != nil && count >= Machine.lanes
        if !inPlace, let s = slots.baseAddress {
          kaohe_lanes_set_columns(f, columns, stride, slots.count, min(count, Machine.lanes), s)
        }
        if let native {
          native.run(frame: f, whole: whole, columns: inPlace ? columns : nil, stride: stride, slots: slots, width: vector)
        } else {
          laneSteps.run(operands: operands, frame: f, width: vector)
        }
      }
    }
  }

  /// A slot's value in one lane after `run(columns:stride:count:)`: a computed slot's or a held
  /// one's. Not for the free slots, whose values are the caller's (a full run on a compiled kernel
  /// reads them from the columns without copying them into the frame).
  public func value(_ slot: Int, lane: Int) -> Double {
    slot < kernel.slotCount ? lanes[slot * Machine.lanes + lane] : held[slot]
  }

  /// A slot's values in the first `lanes` lanes after `run(columns:stride:count:)`, into `out`, as
  /// `value(_:lane:)` gives them one by one.
  public func copy(_ slot: Int, lanes: Int, into out: UnsafeMutablePointer<Double>) {
    guard slot < kernel.slotCount else { return out.update(repeating: held[slot], count: lanes) }
    self.lanes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      out.update(from: base + slot * Machine.lanes, count: min(lanes, Machine.lanes))
    }
  }

  /// The indices of the steps that read a free slot or a value computed from one, or of all of them
  /// when a location is written twice or a free slot is written at all (then skipping a step could
  /// leave a stale value).
  private static func slice(_ kernel: Kernel, free: [Int]) -> [Int] {
    let writes = kernel.writeCounts()
    let all = Array(kernel.steps.indices)
    guard writes.allSatisfy({ $0 <= 1 }), free.allSatisfy({ writes[$0] == 0 }) else { return all }
    var dirty = [Bool](repeating: false, count: kernel.frameSize)
    for slot in free { dirty[slot] = true }
    return all.filter { i in
      let step = kernel.steps[i]
      guard kernel.reads(step).contains(where: { dirty[Int($0)] }) else { return false }
      dirty[Int(step.d)] = true
      return true
    }
  }
}

extension Array {
  /// The same elements in a buffer of their own: a plain copy of an array shares its buffer, and so
  /// its reference count (see `SlicedRun.unshared()`).
  func unshared() -> [Element] { map { $0 } }
}
