import CKaoheLanes

/// C source of a program's lane kernels, compiled ahead of time for rubrics that ship with Kaohe:
/// the steps `SlicedRun` would hand to the lane executor (`CKaoheLanes`), written out one after
/// another with their codes, locations and operand lists in the code, so that nothing is dispatched
/// while a batch runs. Two kernels per program:
///
/// - the slice kernel runs step i only when entry i of the run's `active` array is set (the steps
///   that depend on the free inputs), the others' values staying in the frame;
/// - the whole kernel runs every step, with the temporaries in a few places after the frame that
///   are reused as values die (`Kernel.wholeLaneTemporaries`), so that a run touches little more
///   than the slots.
///
/// Each step is the executor's own `step` (`LanesBody.h`) on constant fields and operand list, which
/// the compiler folds, so every lane comes out bit for bit as the executor and the scalar machine
/// compute it. Like the executor's steps, a step snaps its value only where the snap can change it
/// (`Kernel.snapsNeeded`). Constants are literals (negative locations into the kernel's table), and
/// slots that no step writes are read through the run's input table (locations from
/// `KAOHE_LANE_INPUT` on), which points into the frame or straight at the caller's columns.
/// The code is bound to the kernel by its fingerprint: a rubric changed by one character falls back
/// to the executor until the source is generated again.
public enum LaneSource {
  /// A generated kernel's name and fingerprint, for the index.
  public struct Entry: Sendable {
    public var name: String
    public var file: String
    /// The kernel's fingerprint, step count and frame size, which a run checks before it uses the
    /// code (so that not even two kernels with one fingerprint could mix up their frames).
    public var fingerprint: UInt64
    public var steps: Int
    public var frameSize: Int
    /// The slots, which the input table covers, and the frame the whole kernel needs (its
    /// temporaries' places included).
    public var slotCount: Int
    public var wholeFrameSize: Int

    /// The entry for `program`'s lane kernels, generated as `name` into `file`.
    public init(_ program: Program, name: String, file: String) {
      let kernel = KernelBuilder.build(program.instructions, uniqueTemporaries: true)
      self.name = name
      self.file = file
      fingerprint = kernel.fingerprint
      steps = kernel.steps.count
      frameSize = kernel.frameSize
      slotCount = kernel.slotCount
      wholeFrameSize = kernel.frameSize + kernel.wholeLaneTemporaries().count
    }
  }

  /// The C source of `static void NAME(name)(double *f, const double *const *I, const uint8_t *active)`
  /// (the slice kernel) and `NAME(nameWhole)(double *f, const double *const *I)` (the whole kernel)
  /// for `program`, to be included once per vector width by `LanesBody.h`.
  public static func generate(_ program: Program, function name: String, about: String) -> String {
    let kernel = KernelBuilder.build(program.instructions, uniqueTemporaries: true)
    var out = """
      // Generated from the lane kernel of \(about) by `LaneSource`; do not edit.
      // Regenerate with `KAOHE_RECORD=1 swift test --filter NativeKernelTests`.
      // Included once per vector width by LanesBody.h (fingerprint 0x\(String(kernel.fingerprint, radix: 16))).
      // Each line: NAME(step)(f, I, K, code, builtin, tidies, count, d, a, b, c, k, list), the list of
      // operands (L) in a constant array when the step has one. A negative location -(i + 1) is
      // constant K[i], which the compiler folds into the code; KAOHE_LANE_INPUT + j is slot j, which
      // no step writes, read through the input table I.

      """
    // Constants are numbered in order of first use; unwritten slots go through the input table.
    let isConstant = kernel.constantLocations()
    let isInput = kernel.unwrittenSlots()
    var constants: [Double] = []
    var numbers: [Int32: Int32] = [:]
    func location(_ l: Int32) -> Int32 {
      if Int(l) < kernel.slotCount, isInput[Int(l)] { return Int32(KAOHE_LANE_INPUT) + l }
      guard isConstant[Int(l)] else { return l }
      if let n = numbers[l] { return n }
      constants.append(kernel.scratch[Int(l) - kernel.slotCount])
      numbers[l] = -Int32(constants.count)
      return -Int32(constants.count)
    }
    let snaps = kernel.snapsNeeded()
    let temporaries = kernel.wholeLaneTemporaries().place
    /// A location as the code says it: an input as `KAOHE_LANE_INPUT + j`.
    func written(_ l: Int32) -> String {
      l >= Int32(KAOHE_LANE_INPUT) ? "KAOHE_LANE_INPUT + \(l - Int32(KAOHE_LANE_INPUT))" : "\(l)"
    }
    /// Step i's statement, its locations mapped by `place` (its written one by `destination`).
    func statement(_ i: Int, place: (Int32) -> Int32, destination: (Int32) -> Int32) -> String {
      var step = kernel.steps[i]
      let list = kernel.list(step).map { written(place($0)) }
      for field in kernel.locationFields(step) { step[field] = place(step[field]) }
      step.d = destination(step.d)
      let lane = LaneSteps.step(step, snaps: snaps[i])
      let fields = [
        "\(lane.code)", "\(lane.builtin)", "\(lane.tidies)", "\(lane.count)", "\(lane.d)", written(lane.a),
        written(lane.b), written(lane.c), literal(lane.k),
      ]
      let call = "NAME(step)(f, I, K, \(fields.joined(separator: ", ")), \(list.isEmpty ? "0" : "L"));"
      return list.isEmpty ? call : "{ static const int32_t L[] = {\(list.joined(separator: ", "))}; \(call) }"
    }
    var slice = ""
    var whole = ""
    for i in kernel.steps.indices {
      slice += "  if (active[\(i)]) \(statement(i, place: location, destination: { $0 }))\n"
      whole += "  \(statement(i, place: { temporaries[$0] ?? location($0) }, destination: { temporaries[$0] ?? $0 }))\n"
    }
    let table = constants.isEmpty ? "0.0" : constants.map(literal).joined(separator: ", ")
    out += "\nstatic const double NAME(\(name)Constants)[] = {\(table)};\n"
    out += "\n// The slice kernel: step i when active[i] is not 0.\n"
    out += "static void NAME(\(name))(double *f, const double *const *I, const uint8_t *active) {\n"
    out += "  const double *K = NAME(\(name)Constants);\n" + slice + "}\n"
    out += "\n// The whole kernel: every step, the temporaries in places from location \(kernel.frameSize) on.\n"
    out += "static void NAME(\(name)Whole)(double *f, const double *const *I) {\n"
    out += "  const double *K = NAME(\(name)Constants);\n" + whole + "}\n"
    return out
  }

  /// `Native/Kernels.h`, which includes every generated kernel into each width's executor and lists
  /// them (slice kernels, then whole kernels), and `Native/Fingerprints.h`, their fingerprints and
  /// frame sizes in the same order (each list ends in 0).
  public static func index(_ entries: [Entry]) -> (kernels: String, fingerprints: String) {
    let header = "// Generated by `LaneSource`; do not edit.\n// Regenerate with `KAOHE_RECORD=1 swift test --filter NativeKernelTests`.\n"
    var kernels = header + "// Included once per vector width by LanesBody.h.\n\n"
    for entry in entries { kernels += "#include \"\(entry.file)\"\n" }
    kernels += "\nstatic void (*const NAME(nativeKernels)[])(double *, const double *const *, const uint8_t *) = {\n"
    for entry in entries { kernels += "  NAME(\(entry.name)),\n" }
    kernels += "  0,\n};\n"
    kernels += "\nstatic void (*const NAME(nativeWholeKernels)[])(double *, const double *const *) = {\n"
    for entry in entries { kernels += "  NAME(\(entry.name)Whole),\n" }
    kernels += "  0,\n};\n"
    var fingerprints = header + """

      // Fingerprint, step count, frame size, slot count and the whole kernel's frame size of each kernel.
      static const uint64_t kaohe_lane_fingerprints[][5] = {

      """
    for entry in entries {
      let fields = [
        "0x\(String(entry.fingerprint, radix: 16))ULL", "\(entry.steps)", "\(entry.frameSize)", "\(entry.slotCount)",
        "\(entry.wholeFrameSize)",
      ]
      fingerprints += "  {\(fields.joined(separator: ", "))}, // \(entry.name)\n"
    }
    fingerprints += "  {0, 0, 0, 0, 0},\n};\n"
    return (kernels, fingerprints)
  }

  /// A C literal of exactly `x` (a hexadecimal floating constant).
  static func literal(_ x: Double) -> String {
    if x.isNaN { return "__builtin_nan(\"\")" }
    if x.isInfinite { return x < 0 ? "-__builtin_inf()" : "__builtin_inf()" }
    if x == x.rounded(), Swift.abs(x) < 1e15, x.sign == .plus { return "\(Int64(x)).0" }
    let bits = x.bitPattern
    let sign = bits >> 63 == 1 ? "-" : ""
    let exponent = Int((bits >> 52) & 0x7ff)
    let mantissa = String(bits & 0xf_ffff_ffff_ffff, radix: 16)
    let digits = String(repeating: "0", count: 13 - mantissa.count) + mantissa
    if exponent == 0 { return "\(sign)0x0.\(digits)p-1022" }
    return "\(sign)0x1.\(digits)p\(exponent - 1023)"
  }
}
