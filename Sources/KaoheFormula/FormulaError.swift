import KaoheDiagnostics

/// An error in a formula, with its span inside the formula's text. Every error kind of every phase
/// has one constructor here; `Formula` turns them into diagnostics located in the source file.
public struct FormulaError: Error, Sendable, Hashable {
  /// Stable id, such as `formula.unknown-name`.
  public var id: String
  /// One line saying what is wrong.
  public var message: String
  /// Where, inside the formula.
  public var span: Span
  /// How to fix it.
  public var hint: String?
  /// Whether the formula simply ended too early (a REPL may then ask for more).
  public var isUnexpectedEnd: Bool = false

  // MARK: Lexing

  static func badNumber(_ text: String, _ span: Span) -> FormulaError {
    FormulaError(id: "formula.bad-number", message: "'\(text)' is not a number", span: span)
  }

  static func unterminatedString(_ span: Span) -> FormulaError {
    FormulaError(
      id: "formula.unterminated-string", message: "option name is not closed", span: span,
      hint: "end it with '\"'", isUnexpectedEnd: true)
  }

  static func unexpectedCharacter(_ ch: Character, _ span: Span, hint: String?) -> FormulaError {
    FormulaError(id: "formula.unexpected-character", message: "unexpected character '\(ch)'", span: span, hint: hint)
  }

  // MARK: Parsing

  static func unexpected(_ token: Token, expected: String) -> FormulaError {
    if case .end = token.kind {
      return FormulaError(
        id: "formula.unexpected-end", message: "formula ends where \(expected) was expected", span: token.span,
        isUnexpectedEnd: true)
    }
    var hint: String?
    if case .symbol(.assign) = token.kind { hint = "use '==' to compare" }
    return FormulaError(
      id: "formula.unexpected-token", message: "expected \(expected), found \(token.display)", span: token.span,
      hint: hint)
  }

  static func chainedComparison(_ span: Span) -> FormulaError {
    FormulaError(
      id: "formula.chained-comparison", message: "comparisons cannot be chained", span: span,
      hint: "write 'a < b and b < c'")
  }

  static func tooDeep(_ span: Span) -> FormulaError {
    FormulaError(
      id: "formula.too-deep", message: "formula is nested more than \(Parser.maximumDepth) levels deep", span: span,
      hint: "split it into several clauses that refer to each other")
  }

  // MARK: Checking

  static func unknownName(_ name: String, _ span: Span, suggestion: String?) -> FormulaError {
    FormulaError(
      id: "formula.unknown-name", message: "unknown name '\(name)'", span: span,
      hint: suggestion.map { "did you mean '\($0)'?" } ?? "declare it under 'inputs:' or check the spelling")
  }

  static func unknownFunction(_ name: String, _ span: Span, suggestion: String?) -> FormulaError {
    FormulaError(
      id: "formula.unknown-function", message: "unknown function '\(name)'", span: span,
      hint: suggestion.map { "did you mean '\($0)'?" } ?? "see the list of functions in docs/rubric-format.md")
  }

  static func typeMismatch(expected: String, found: FormulaType, _ span: Span, context: String) -> FormulaError {
    var hint: String?
    if found == .boolean && expected == "a number" { hint = "turn a condition into points with award(condition, points)" }
    if found == .number && expected == "a condition" { hint = "compare it, e.g. 'x >= 1'" }
    return FormulaError(
      id: "formula.type-mismatch", message: "\(context) needs \(expected), but this is \(found.description)",
      span: span, hint: hint)
  }

  static func unknownOption(_ option: String, of type: FormulaType, _ span: Span) -> FormulaError {
    let options = type.options ?? []
    let suggestion = Suggestions.closest(to: option, among: options)
    return FormulaError(
      id: "formula.unknown-option", message: "'\(option)' is not one of \(options.joined(separator: ", "))",
      span: span, hint: suggestion.map { "did you mean \"\($0)\"?" })
  }

  static func optionWithoutChoice(_ span: Span) -> FormulaError {
    FormulaError(
      id: "formula.stray-option", message: "an option name must be compared with a choice input or policy",
      span: span, hint: "write e.g. 'county_type == \"major_grain\"'")
  }

  static func argumentCount(_ function: String, expected: String, found: Int, _ span: Span, usage: String)
    -> FormulaError
  {
    FormulaError(
      id: "formula.argument-count", message: "\(function) takes \(expected), but \(found) given", span: span,
      hint: "usage: \(usage)")
  }

  static func unknownLabel(_ label: String, function: String, labels: [String], _ span: Span) -> FormulaError {
    let suggestion = Suggestions.closest(to: label, among: labels)
    return FormulaError(
      id: "formula.unknown-label", message: "\(function) has no argument '\(label)'", span: span,
      hint: suggestion.map { "did you mean '\($0):'?" }
        ?? (labels.isEmpty ? "\(function) takes no named arguments" : "its arguments: \(labels.joined(separator: ", "))"))
  }

  static func duplicateLabel(_ label: String, _ span: Span) -> FormulaError {
    FormulaError(id: "formula.duplicate-argument", message: "argument '\(label)' is given twice", span: span)
  }

  static func positionalAfterLabel(_ span: Span) -> FormulaError {
    FormulaError(
      id: "formula.positional-after-named", message: "an unnamed argument follows a named one", span: span,
      hint: "put unnamed arguments first")
  }

  static func misplacedPair(_ function: String, _ span: Span, usage: String) -> FormulaError {
    FormulaError(
      id: "formula.misplaced-pair", message: "'=>' pairs are not expected here in \(function)", span: span,
      hint: "usage: \(usage)")
  }

  static func missingPair(_ function: String, _ span: Span, usage: String) -> FormulaError {
    FormulaError(
      id: "formula.missing-pair", message: "\(function) expects 'threshold => points' pairs", span: span,
      hint: "usage: \(usage)")
  }

  static func branchMismatch(_ a: FormulaType, _ b: FormulaType, _ span: Span) -> FormulaError {
    FormulaError(
      id: "formula.branch-mismatch",
      message: "'then' gives \(a.description) but 'else' gives \(b.description)", span: span,
      hint: "both branches must give the same kind of value")
  }

  /// A clause depends on itself.
  public static func cycle(_ path: [String], _ span: Span) -> FormulaError {
    FormulaError(
      id: "formula.cycle", message: "circular reference: \(path.joined(separator: " → "))", span: span,
      hint: "a clause may not depend on itself, directly or through others")
  }

  /// A clause's formula gives no points.
  public static func resultNotNumber(_ found: FormulaType, _ span: Span) -> FormulaError {
    FormulaError(
      id: "formula.result-not-number", message: "a clause's formula must give points, but this gives \(found.description)",
      span: span, hint: found == .boolean ? "wrap it: award(condition, points)" : nil)
  }
}
