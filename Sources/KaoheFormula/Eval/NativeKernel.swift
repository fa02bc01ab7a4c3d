/// A program compiled ahead of time into Swift (see `NativeSource`): a function over the slots,
/// and the fingerprint of the kernel it was generated from. `Machine` runs it instead of
/// interpreting the kernel when nothing is traced.
public struct NativeKernel: Sendable {
  /// `Kernel.fingerprint` of the kernel the function was generated from.
  public let fingerprint: UInt64
  /// How many slots the function reads and writes.
  public let slotCount: Int
  /// Runs the program over `slotCount` slots.
  public let run: @Sendable (UnsafeMutablePointer<Double>) -> Void

  public init(fingerprint: UInt64, slotCount: Int, run: @escaping @Sendable (UnsafeMutablePointer<Double>) -> Void) {
    self.fingerprint = fingerprint
    self.slotCount = slotCount
    self.run = run
  }
}

extension Kernel {
  /// A 64-bit FNV-1a hash of everything that decides what the kernel computes: its steps, operand
  /// lists, initial frame and layout. Equal kernels have equal fingerprints on every machine.
  public var fingerprint: UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    func mix(_ v: UInt64) {
      for shift in stride(from: 0, to: 64, by: 8) {
        h ^= (v >> UInt64(shift)) & 0xff
        h = h &* 0x100_0000_01b3
      }
    }
    mix(UInt64(slotCount))
    mix(UInt64(argumentBase))
    mix(UInt64(steps.count))
    for s in steps {
      mix(UInt64(s.code.rawValue) | UInt64(Builtin.allCases.firstIndex(of: s.builtin) ?? 0) << 8 | (s.tidies ? 1 << 16 : 0))
      mix(UInt64(UInt32(bitPattern: s.count)) | UInt64(UInt32(bitPattern: s.d)) << 32)
      mix(UInt64(UInt32(bitPattern: s.a)) | UInt64(UInt32(bitPattern: s.b)) << 32)
      mix(UInt64(UInt32(bitPattern: s.c)))
      mix(s.k.bitPattern)
    }
    mix(UInt64(operands.count))
    for o in operands { mix(UInt64(UInt32(bitPattern: o))) }
    mix(UInt64(scratch.count))
    for v in scratch { mix(v.bitPattern) }
    return h
  }
}

extension Program {
  /// Attaches the first of `candidates` generated from this program's kernel (same fingerprint
  /// and slot count), so that untraced runs call it; returns whether one was attached.
  @discardableResult
  public mutating func attachNative(from candidates: [NativeKernel]) -> Bool {
    let fingerprint = kernel.fingerprint
    native = candidates.first { $0.fingerprint == fingerprint && $0.slotCount == kernel.slotCount }
    return native != nil
  }

  /// Whether untraced runs call a function compiled ahead of time instead of the interpreter.
  public var isNative: Bool { native != nil }
}
