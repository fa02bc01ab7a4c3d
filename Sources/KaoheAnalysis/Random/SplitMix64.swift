/// SplitMix64 (Steele, Lea and Flood): a tiny generator used to seed others and to derive
/// independent seeds. Its output depends only on the seed, on every platform.
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
  /// The state, advanced by a fixed odd constant each step.
  public private(set) var state: UInt64

  /// Creates a generator from a seed.
  public init(seed: UInt64) { state = seed }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    return Self.mix(state)
  }

  /// The SplitMix64 finaliser: a bijective scrambling of 64 bits.
  public static func mix(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
