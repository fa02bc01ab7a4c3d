/// xoshiro256** (Blackman and Vigna): the generator the random analyses use. Seeded through
/// SplitMix64, deterministic on every platform; `stream(_:seed:)` derives independent generators
/// for chunks of work so that results do not depend on which thread ran which chunk.
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable, Hashable {
  private var s0: UInt64
  private var s1: UInt64
  private var s2: UInt64
  private var s3: UInt64

  /// Creates a generator whose four words of state come from SplitMix64 seeded with `seed`.
  public init(seed: UInt64) {
    var mixer = SplitMix64(seed: seed)
    s0 = mixer.next()
    s1 = mixer.next()
    s2 = mixer.next()
    s3 = mixer.next()
    if s0 | s1 | s2 | s3 == 0 { s0 = 1 }
  }

  /// Creates a generator with this exact state (not all zero), for checking against reference output.
  public init(state: (UInt64, UInt64, UInt64, UInt64)) {
    (s0, s1, s2, s3) = state
    if s0 | s1 | s2 | s3 == 0 { s0 = 1 }
  }

  /// The generator for chunk `index` of a run seeded with `seed`.
  public static func stream(_ index: Int, seed: UInt64) -> Xoshiro256StarStar {
    Xoshiro256StarStar(
      seed: SplitMix64.mix(seed ^ SplitMix64.mix(UInt64(truncatingIfNeeded: index) &+ 0x632B_E59B_D9B4_E019)))
  }

  /// The next 64 random bits.
  @inline(__always)
  public mutating func next() -> UInt64 {
    let result = rotate(s1 &* 5, 7) &* 9
    let t = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = rotate(s3, 45)
    return result
  }

  /// A uniform number strictly between 0 and 1, on a grid of 2⁻⁵³.
  @inline(__always)
  public mutating func nextOpenUnit() -> Double {
    (Double(next() >> 11) + 0.5) * 0x1.0p-53
  }

  /// A uniform integer in 0 ..< bound (bound > 0), without modulo bias (Lemire's method).
  public mutating func nextIndex(below bound: Int) -> Int {
    guard bound > 1 else { return 0 }
    let b = UInt64(bound)
    var product = next().multipliedFullWidth(by: b)
    if product.low < b {
      let threshold = (0 &- b) % b
      while product.low < threshold { product = next().multipliedFullWidth(by: b) }
    }
    return Int(product.high)
  }

  @inline(__always)
  private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
}
