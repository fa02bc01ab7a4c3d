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

  /// An error from a diagnostic: its file position leads the message, and its source line and
  /// caret follow it.
  public init(_ d: Diagnostic) {
    self.init(d.message, hint: d.hint)
    if let loc = d.location {
      self.message = "\(loc.path):\(loc.line):\(loc.column): \(d.message)"
      if let text = loc.lineText {
        self.sourceLines = DiagnosticRenderer.caretLines(text: text, column: loc.column, length: loc.length)
      }
    }
  }

  /// The first diagnostic of an error, as a shell error.
  public init(_ e: DiagnosticError) {
    self.init(e.diagnostics.first ?? Diagnostic(id: "error", message: e.description))
  }

  /// A file's source line and caret, for errors that come from a file.
  public var sourceLines: [String] = []

  public static func == (a: ShellError, b: ShellError) -> Bool {
    a.message == b.message && a.line == b.line && a.hint == b.hint && a.span?.start == b.span?.start && a.span?.length == b.span?.length
  }

  /// The error as text: `error: …`, the line with a caret, and the hint.
  public var rendered: String {
    var out = ["\(L10n.t("error")): \(message)"]
    if let line, let span {
      out += DiagnosticRenderer.caretLines(text: line, column: span.start + 1, length: span.length)
    }
    out += sourceLines
    if let hint { out.append("  \(L10n.t("hint")): \(hint)") }
    return out.joined(separator: "\n")
  }
}
