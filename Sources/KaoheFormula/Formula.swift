import KaoheDiagnostics

/// The formula language's façade: the only place that runs lexing, parsing and checking in order,
/// and turns formula errors into diagnostics located in the file the formula came from.
public enum Formula {
  /// Parses and checks `text` against the names `resolver` knows.
  public static func check(_ text: String, resolver: any SymbolResolver) throws(FormulaError) -> CheckedFormula {
    let expression = try Parser.parse(text)
    return try Checker.check(expression, resolver: resolver)
  }

  /// Parses `text` only.
  public static func parse(_ text: String) throws(FormulaError) -> Expression {
    try Parser.parse(text)
  }

  /// The diagnostic for `error`, located through `origin`.
  public static func diagnostic(for error: FormulaError, origin: FormulaOrigin) -> Diagnostic {
    Diagnostic(id: error.id, severity: .error, message: error.message, location: origin.location(of: error.span), hint: error.hint)
  }
}

/// Where a formula's text sits in a file, so that a span inside the formula maps to the file's own
/// line and column (a formula embedded in YAML reports the YAML file's position).
public struct FormulaOrigin: Sendable, Hashable {
  /// One line of the formula and where it starts in the file.
  public struct Line: Sendable, Hashable {
    /// 1-based line in the file.
    public var line: Int
    /// 1-based column in the file where the formula line's first character stands.
    public var column: Int
    /// The file's whole line, for the caret display.
    public var text: String

    /// Creates a line mapping.
    public init(line: Int, column: Int, text: String) {
      self.line = line
      self.column = column
      self.text = text
    }
  }

  /// The file's path (or a name such as `<formula>`).
  public var path: String
  /// The formula's lines, in order.
  public var lines: [Line]
  /// The formula's own text.
  public var formula: String

  /// Creates an origin.
  public init(path: String, formula: String, lines: [Line]) {
    self.path = path
    self.formula = formula
    self.lines = lines
  }

  /// An origin for a formula standing alone (line 1, column 1).
  public static func standalone(_ formula: String, path: String = "<formula>") -> FormulaOrigin {
    let parts = formula.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init)
    return FormulaOrigin(
      path: path, formula: formula,
      lines: parts.enumerated().map { Line(line: $0.offset + 1, column: 1, text: $0.element) })
  }

  /// The file location of a span inside the formula.
  public func location(of span: Span) -> SourceLocation {
    var line = 0
    var column = 0
    for (i, ch) in formula.enumerated() {
      if i == span.start { break }
      if ch == "\n" || ch == "\r\n" {
        line += 1
        column = 0
      } else {
        column += 1
      }
    }
    let mapped = lines.isEmpty ? Line(line: 1, column: 1, text: formula) : lines[min(line, lines.count - 1)]
    let lineLength = max(1, mapped.text.count - (mapped.column - 1 + column))
    let length = min(max(1, span.end - span.start), lineLength)
    return SourceLocation(
      path: path, line: mapped.line, column: mapped.column + column, length: length, lineText: mapped.text)
  }
}
