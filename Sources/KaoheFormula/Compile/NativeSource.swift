/// Swift source for a program's register code, compiled ahead of time for rubrics that ship with
/// Kaohe: one straight-line function with no dispatch at all, that the Swift compiler optimizes
/// like any other code (temporaries in registers, constants in the instructions).
///
/// The function computes exactly what `Machine` computes: every step of the program's `Kernel`,
/// in order, with the same operations on the same values (the same comparisons with the same
/// tolerance, the same order of additions, the same snapping, less the snaps that cannot change a
/// bit: `Kernel.snapsNeeded`), so every slot comes out bit for bit the same. It is bound to the
/// kernel by a fingerprint of it: `Program.attachNative` accepts a function only for a program
/// whose kernel has that fingerprint, so a rubric changed by one character falls back to the
/// interpreter until the source is generated again.
public enum NativeSource {
  /// The source of a function `name(_ f: UnsafeMutablePointer<Double>)` that runs `program` over
  /// its slots, and of a `NativeKernel` constant `kernelName` that binds it to the program.
  public static func generate(_ program: Program, function name: String, kernel kernelName: String, about: String)
    -> String
  {
    let kernel = program.kernel
    var written = Set<Int32>()
    for step in kernel.steps { written.insert(step.d) }
    let fingerprint = kernel.fingerprint
    var locals = Set<Int32>()
    var body: [String] = []

    func local(_ i: Int32) -> String { "t\(i)" }
    /// How the code reads frame location `i`.
    func read(_ i: Int32) -> String {
      let index = Int(i)
      if index < kernel.slotCount { return "f[\(index)]" }
      if index >= kernel.argumentBase { return "a[\(index - kernel.argumentBase)]" }
      if written.contains(i) { return local(i) }
      return literal(kernel.scratch[index - kernel.slotCount])
    }

    // Snaps that cannot change a bit are left out, as in the lane runs (`Kernel.snapsNeeded`).
    let snaps = kernel.snapsNeeded()
    for (i, step) in kernel.steps.enumerated() {
      let (x, y, z) = (read(step.a), read(step.b), read(step.c))
      let operands = kernel.list(step).map(read)
      let value: String
      /// Folds the operands into `acc` one statement at a time, as the machine's loops do.
      func fold(from start: String, _ rest: ArraySlice<String>, _ combine: (String) -> String) -> String {
        body.append("acc = \(start)")
        for v in rest { body.append("acc = \(combine(v))") }
        return "acc"
      }
      switch step.code {
      case .move: value = x
      case .negate: value = "-\(x)"
      case .not: value = "(\(x) == 0 ? 1 : 0)"
      case .add: value = "\(x) + \(y)"
      case .subtract: value = "\(x) - \(y)"
      case .multiply: value = "\(x) * \(y)"
      case .divide: value = "Machine.apply(.divide, \(x), \(y))"
      case .less: value = "Machine.apply(.less, \(x), \(y))"
      case .lessEqual: value = "Machine.apply(.lessEqual, \(x), \(y))"
      case .greater: value = "Machine.apply(.greater, \(x), \(y))"
      case .greaterEqual: value = "Machine.apply(.greaterEqual, \(x), \(y))"
      case .equal: value = "Machine.apply(.equal, \(x), \(y))"
      case .notEqual: value = "Machine.apply(.notEqual, \(x), \(y))"
      case .and: value = "Machine.apply(.and, \(x), \(y))"
      case .or: value = "Machine.apply(.or, \(x), \(y))"
      case .select: value = "(\(x) != 0 ? \(y) : \(z))"
      case .award: value = "(\(x) != 0 ? \(y) : 0)"
      case .penalty: value = "(\(x) != 0 ? -\(y) : 0)"
      case .minimum: value = fold(from: operands[0], operands.dropFirst()) { "(\($0) < acc ? \($0) : acc)" }
      case .maximum: value = fold(from: operands[0], operands.dropFirst()) { "(\($0) > acc ? \($0) : acc)" }
      case .count: value = fold(from: "0.0", operands[...]) { "acc + (\($0) != 0 ? 1 : 0)" }
      case .sum: value = fold(from: "0.0", operands[...]) { "acc + \($0)" }
      case .addition: value = fold(from: operands[0], operands.dropFirst()) { "acc + \($0)" }
      case .sumCapped:
        let total = fold(from: "0.0", operands[...]) { "acc + \($0)" }
        value = "Machine.capped(\(total), at: \(literal(step.k)), on: \(y))"
      case .cap:
        value = "Machine.capped(\(x), at: \(literal(step.k)), on: \(y))"
      case .call:
        for (j, argument) in operands.enumerated() { body.append("a[\(j)] = \(argument)") }
        value = "Builtin.\(step.builtin).evaluateUntraced(a, count: \(step.count), site: \(step.c))"
      }
      let target = Int(step.d) < kernel.slotCount ? "f[\(step.d)]" : local(step.d)
      if Int(step.d) >= kernel.slotCount { locals.insert(step.d) }
      body.append("\(target) = \(snaps[i] ? "Numeric.tidy(\(value))" : value)")
    }

    let argumentCount = max(1, kernel.scratch.count - (kernel.argumentBase - kernel.slotCount))
    var out = """
      // Generated from the compiled program of \(about) by `NativeSource`; do not edit.
      // Regenerate with `KAOHE_RECORD=1 swift test --filter NativeKernelTests`.
      import KaoheFormula

      /// The program of \(about), compiled ahead of time: see `NativeSource`.
      let \(kernelName) = NativeKernel(
        fingerprint: 0x\(String(fingerprint, radix: 16)), slotCount: \(kernel.slotCount), run: \(name))

      @inline(never)
      private func \(name)(_ f: UnsafeMutablePointer<Double>) {
        withUnsafeTemporaryAllocation(of: Double.self, capacity: \(argumentCount)) { buffer in
          guard let a = buffer.baseAddress else { return }

      """
    out += "    var acc = 0.0\n"
    for l in locals.sorted() { out += "    var \(local(l)) = 0.0\n" }
    for line in body { out += "    \(line)\n" }
    out += "  }\n}\n"
    return out
  }

  /// A Swift literal of exactly `x`.
  static func literal(_ x: Double) -> String {
    if x == x.rounded(), Swift.abs(x) < 1e15, x.sign == .plus { return "\(Int64(x)).0" }
    return "Double(bitPattern: 0x\(String(x.bitPattern, radix: 16)))"
  }
}
