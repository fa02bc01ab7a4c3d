import KaoheDiagnostics

/// A REPL line that could not be parsed or run: one line of message, a caret under the bad part,
/// and a hint such as `Use "help set" for more.`
public struct ShellError: Error, Sendable, Equatable {
  /// What is wrong.
  public var message: String
  /// The line as typed, when the error points into it.
  public var line: String?
  /// Start and length (in characters) of the bad part of `line`.
  public var span: (start: Int, length: Int)?
  /// How to fix it.
  public var hint: String?

  /// Creates an error.
  public init(_ message: String, line: String? = nil, span: (Int, Int)? = nil, hint: String? = nil) {
    self.message = message
    self.line = line
    self.span = span.map { (start: $0.0, length: $0.1) }
    self.hint = hint
  }

  /// An error from a diagnostic (its location, if any, is dropped: REPL errors are about the line).
  public init(_ d: Diagnostic) {
    self.init(d.message, hint: d.hint)
    if let loc = d.location, loc.path != "<line>" {
      self.message = "\(loc.path):\(loc.line):\(loc.column): \(d.message)"
    }
  }

  public static func == (a: ShellError, b: ShellError) -> Bool {
    a.message == b.message && a.line == b.line && a.hint == b.hint && a.span?.start == b.span?.start && a.span?.length == b.span?.length
  }

  /// The error as text: `error: …`, the line with a caret, and the hint.
  public var rendered: String {
    var out = ["error: \(message)"]
    if let line, let span {
      out += DiagnosticRenderer.caretLines(text: line, column: span.start + 1, length: span.length)
    }
    if let hint { out.append("  hint: \(hint)") }
    return out.joined(separator: "\n")
  }
}
