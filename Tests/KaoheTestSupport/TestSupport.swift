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
  /// Renders diagnostics without colour, for golden comparisons.
  public static func render(_ diagnostics: [Diagnostic]) -> String {
    DiagnosticRenderer.render(diagnostics, color: false)
  }
}
