/// How serious a diagnostic is.
public enum Severity: String, Sendable, Codable, Comparable {
  case note, warning, error

  private var rank: Int {
    switch self {
    case .note: 0
    case .warning: 1
    case .error: 2
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A place in a source file: 1-based line and column (columns count characters).
public struct SourceLocation: Sendable, Hashable, Codable {
  /// The file's path as the user gave it, or a name such as `<formula>`.
  public var path: String
  /// 1-based line number.
  public var line: Int
  /// 1-based column, in characters.
  public var column: Int
  /// How many characters the span covers on that line (at least 1).
  public var length: Int
  /// The text of the whole source line, for the caret display.
  public var lineText: String?

  /// Creates a location.
  public init(path: String, line: Int, column: Int, length: Int = 1, lineText: String? = nil) {
    self.path = path
    self.line = line
    self.column = column
    self.length = max(1, length)
    self.lineText = lineText
  }
}

/// A problem found in user input, as data: the library emits it, the executable prints it.
public struct Diagnostic: Sendable, Hashable, Codable, Error {
  /// A stable identifier such as `formula.unknown-name`.
  public var id: String
  /// Error, warning or note.
  public var severity: Severity
  /// One line saying what is wrong.
  public var message: String
  /// Where it is, when it has a place.
  public var location: SourceLocation?
  /// How to fix it, shown after the source line.
  public var hint: String?
  /// Further lines of context.
  public var notes: [String]

  /// Creates a diagnostic.
  public init(
    id: String, severity: Severity = .error, message: String, location: SourceLocation? = nil,
    hint: String? = nil, notes: [String] = []
  ) {
    self.id = id
    self.severity = severity
    self.message = message
    self.location = location
    self.hint = hint
    self.notes = notes
  }
}

/// One or more diagnostics thrown together, at least one of them an error.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
  /// The diagnostics, in source order.
  public var diagnostics: [Diagnostic]

  /// Wraps diagnostics as an error.
  public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

  /// Wraps one diagnostic as an error.
  public init(_ diagnostic: Diagnostic) { self.diagnostics = [diagnostic] }

  /// The diagnostics rendered without colour.
  public var description: String {
    diagnostics.map { DiagnosticRenderer.render($0) }.joined(separator: "\n")
  }
}
