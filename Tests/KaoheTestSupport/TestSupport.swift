import KaoheDiagnostics

/// Source text with a marked span: `⟨` and `⟩` stand where a diagnostic's caret should start and end.
public struct MarkedSource: Sendable {
  /// The text without markers.
  public let text: String
  /// Start of the marked span (0-based character offset).
  public let start: Int
  /// End of the marked span.
  public let end: Int

  /// Strips the markers from `marked`.
  public init(_ marked: String) {
    var text = ""
    var start = 0
    var end = 0
    var count = 0
    for ch in marked {
      if ch == "⟨" {
        start = count
      } else if ch == "⟩" {
        end = count
      } else {
        text.append(ch)
        count += 1
      }
    }
    self.text = text
    self.start = start
    self.end = end
  }

  /// The 1-based column of the marked span's start (for a one-line text).
  public var column: Int { start + 1 }
}

/// Shared helpers for tests.
public enum TestSupport {
  /// Points given one after another (`width` values each) laid out by value instead, as lane runs
  /// take them: value k of point r at `k * stride + r`, where `stride` is at least the number of
  /// points; the gaps between columns hold NaN, which no run should ever read.
  public static func columns(_ rows: [Double], width: Int, stride: Int) -> [Double] {
    let count = width == 0 ? 0 : rows.count / width
    precondition(stride >= count)
    var out = [Double](repeating: .nan, count: width * stride)
    for r in 0..<count { for k in 0..<width { out[k * stride + r] = rows[r * width + k] } }
    return out
  }

  /// Renders diagnostics without colour, for golden comparisons.
  public static func render(_ diagnostics: [Diagnostic]) -> String {
    DiagnosticRenderer.render(diagnostics, color: false)
  }
}

/// A small deterministic generator (SplitMix64) for "binary garbage" and random vectors: the same
/// on every run, so that a failure repeats.
public struct SplitMix: RandomNumberGenerator {
  public var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
