/// C source of a program's lane kernel, compiled ahead of time for rubrics that ship with Kaohe: the
/// steps `SlicedRun` would hand to the lane executor (`CKaoheLanes`), written out one after another
/// with their locations and constants in the code, so that nothing is dispatched while a batch runs.
///
/// Each step calls the executor's own operations (`LanesBody.h`) on the same operands (operand
/// lists as array literals the compiler reads at compile time), so every
/// lane comes out bit for bit as the executor and the scalar machine compute it; a step runs only
/// when its entry of the run's `active` array is set (the steps that depend on the free inputs).
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

    /// The entry for `program`'s lane kernel, generated as `name` into `file`.
    public init(_ program: Program, name: String, file: String) {
      let kernel = KernelBuilder.build(program.instructions, uniqueTemporaries: true)
      self.name = name
      self.file = file
      fingerprint = kernel.fingerprint
      steps = kernel.steps.count
      frameSize = kernel.frameSize
    }
  }

  /// The C source of `static void NAME(name)(double *f, const uint8_t *active)`
  /// for `program`, to be included once per vector width by `LanesBody.h`.
  public static func generate(_ program: Program, function name: String, about: String) -> String {
    let kernel = KernelBuilder.build(program.instructions, uniqueTemporaries: true)
    var written = Set<Int32>()
    for step in kernel.steps { written.insert(step.d) }
    func read(_ i: Int32) -> String {
      let index = Int(i)
      if index >= kernel.slotCount, !written.contains(i), index < kernel.argumentBase {
        return "(VD)\(literal(kernel.scratch[index - kernel.slotCount]))"
      }
      return "L(\(index))"
    }
    var out = """
      // Generated from the lane kernel of \(about) by `LaneSource`; do not edit.
      // Regenerate with `KAOHE_RECORD=1 swift test --filter NativeKernelTests`.
      // Included once per vector width by LanesBody.h (fingerprint 0x\(String(kernel.fingerprint, radix: 16))).

      static void NAME(\(name))(double *f, const uint8_t *active) {
        const VD zero = (VD)0.0;
      #define L(location) NAME(load)(f, location, chunk)

      """
    for (i, step) in kernel.steps.enumerated() {
      let (x, y, z) = (read(step.a), read(step.b), read(step.c))
      let locations = (0..<Int(step.count)).map { String(kernel.operands[Int(step.a) + $0]) }
      let (n, list, k) = (step.count, "(const int32_t[]){\(locations.joined(separator: ", "))}", literal(step.k))
      let value: String
      switch step.code {
      case .move: value = x
      case .negate: value = "-\(x)"
      case .not: value = "NAME(bit)(\(x) == 0)"
      case .add: value = "\(x) + \(y)"
      case .subtract: value = "\(x) - \(y)"
      case .multiply: value = "\(x) * \(y)"
      case .divide: value = "NAME(select)(\(y) == 0, zero, \(x) / \(y))"
      case .less: value = "NAME(bit)(\(x) < \(y) - KAOHE_EPSILON)"
      case .lessEqual: value = "NAME(bit)(\(x) <= \(y) + KAOHE_EPSILON)"
      case .greater: value = "NAME(bit)(\(x) > \(y) + KAOHE_EPSILON)"
      case .greaterEqual: value = "NAME(bit)(\(x) >= \(y) - KAOHE_EPSILON)"
      case .equal: value = "NAME(bit)(NAME(magnitude)(\(x) - \(y)) <= KAOHE_EPSILON)"
      case .notEqual: value = "NAME(bit)(NAME(magnitude)(\(x) - \(y)) > KAOHE_EPSILON)"
      case .and: value = "NAME(bit)((\(x) != 0) & (\(y) != 0))"
      case .or: value = "NAME(bit)((\(x) != 0) | (\(y) != 0))"
      case .select: value = "NAME(select)(\(x) != 0, \(y), \(z))"
      case .award: value = "NAME(select)(\(x) != 0, \(y), zero)"
      case .penalty: value = "NAME(select)(\(x) != 0, -\(y), zero)"
      case .minimum: value = "NAME(extreme)(f, \(list), \(n), 1, chunk)"
      case .maximum: value = "NAME(extreme)(f, \(list), \(n), 0, chunk)"
      case .count: value = "NAME(count)(f, \(list), \(n), chunk)"
      case .sum: value = "NAME(total)(f, \(list), \(n), 0, chunk)"
      case .addition: value = "NAME(total)(f, \(list), \(n), 1, chunk)"
      case .call: value = "NAME(call)(\(builtinName(step.builtin)), \(n), f, \(list), chunk)"
      case .cap: value = "NAME(capped)(\(x), \(k), \(y))"
      case .sumCapped: value = "NAME(capped)(NAME(total)(f, \(list), \(n), 0, chunk), \(k), \(y))"
      }
      let stored = step.tidies ? "NAME(tidy)(\(value))" : value
      out += "  if (active[\(i)]) for (int chunk = 0; chunk < CHUNKS; chunk++) NAME(store)(f, \(step.d), chunk, \(stored));\n"
    }
    out += "#undef L\n}\n"
    return out
  }

  /// `Native/Kernels.h`, which includes every generated kernel into each width's executor and lists
  /// them, and `Native/Fingerprints.h`, their fingerprints in the same order (each list ends in 0).
  public static func index(_ entries: [Entry]) -> (kernels: String, fingerprints: String) {
    let header = "// Generated by `LaneSource`; do not edit.\n// Regenerate with `KAOHE_RECORD=1 swift test --filter NativeKernelTests`.\n"
    var kernels = header + "// Included once per vector width by LanesBody.h.\n\n"
    for entry in entries { kernels += "#include \"\(entry.file)\"\n" }
    kernels += "\nstatic void (*const NAME(nativeKernels)[])(double *, const uint8_t *) = {\n"
    for entry in entries { kernels += "  NAME(\(entry.name)),\n" }
    kernels += "  0,\n};\n"
    var fingerprints = header + "\n// Fingerprint, step count and frame size of each kernel.\nstatic const uint64_t kaohe_lane_fingerprints[][3] = {\n"
    for entry in entries {
      fingerprints += "  {0x\(String(entry.fingerprint, radix: 16))ULL, \(entry.steps), \(entry.frameSize)}, // \(entry.name)\n"
    }
    fingerprints += "  {0, 0, 0},\n};\n"
    return (kernels, fingerprints)
  }

  /// The C name of a helper in `CKaoheLanes.h`.
  static func builtinName(_ builtin: Builtin) -> String {
    "KAOHE_BUILTIN_" + builtin.rawValue.uppercased()
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
