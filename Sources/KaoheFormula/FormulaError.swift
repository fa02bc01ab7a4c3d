import KaoheDiagnostics

/// An error in a formula, with its span inside the formula's text. Every error kind of every phase
/// has one constructor here; `Formula` turns them into diagnostics located in the source file.
/// Messages are in the current language (`L10n`); the phrases that the parser and checker pass in
/// (`expected`, `context`) are translated here, by `phrase`.
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
    FormulaError(id: "formula.bad-number", message: L10n.t("'{0}' is not a number", text), span: span)
  }

  static func numberTooLarge(_ text: String, _ span: Span) -> FormulaError {
    FormulaError(
      id: "formula.number-too-large", message: L10n.t("'{0}' is too large: numbers are limited to ±1e15", text), span: span)
  }

  static func unterminatedString(_ span: Span) -> FormulaError {
    FormulaError(
      id: "formula.unterminated-string", message: L10n.t("option name is not closed"), span: span,
      hint: L10n.t("end it with '\"'"), isUnexpectedEnd: true)
  }

  static func unexpectedCharacter(_ ch: Character, _ span: Span, hint: String?) -> FormulaError {
    FormulaError(
      id: "formula.unexpected-character", message: L10n.t("unexpected character '{0}'", ch), span: span,
      hint: hint.map(phrase))
  }

  // MARK: Parsing

  static func unexpected(_ token: Token, expected: String) -> FormulaError {
    if case .end = token.kind {
      return FormulaError(
        id: "formula.unexpected-end", message: L10n.t("formula ends where {0} was expected", phrase(expected)),
        span: token.span, isUnexpectedEnd: true)
    }
    var hint: String?
    if case .symbol(.assign) = token.kind { hint = L10n.t("use '==' to compare") }
    return FormulaError(
      id: "formula.unexpected-token",
      message: L10n.t("expected {0}, found {1}", phrase(expected), phrase(token.display)),
      span: token.span, hint: hint)
  }

  static func chainedComparison(_ span: Span) -> FormulaError {
    FormulaError(
      id: "formula.chained-comparison", message: L10n.t("comparisons cannot be chained"), span: span,
      hint: L10n.t("write 'a < b and b < c'"))
  }

  static func tooDeep(_ span: Span) -> FormulaError {
    FormulaError(
      id: "formula.too-deep", message: L10n.t("formula is nested more than {0} levels deep", Parser.maximumDepth),
      span: span, hint: L10n.t("split it into several clauses that refer to each other"))
  }

  // MARK: Checking

  static func unknownName(_ name: String, _ span: Span, suggestion: String?) -> FormulaError {
    FormulaError(
      id: "formula.unknown-name", message: L10n.t("unknown name '{0}'", name), span: span,
      hint: suggestion.map { L10n.t("did you mean '{0}'?", $0) }
        ?? L10n.t("declare it under 'inputs:' or check the spelling"))
  }

  static func unknownFunction(_ name: String, _ span: Span, suggestion: String?) -> FormulaError {
    FormulaError(
      id: "formula.unknown-function", message: L10n.t("unknown function '{0}'", name), span: span,
      hint: suggestion.map { L10n.t("did you mean '{0}'?", $0) }
        ?? L10n.t("see the list of functions in docs/rubric-format.md"))
  }

  static func typeMismatch(expected: String, found: FormulaType, _ span: Span, context: String) -> FormulaError {
    var hint: String?
    if found == .boolean && expected == "a number" {
      hint = L10n.t("turn a condition into points with award(condition, points)")
    }
    if found == .number && expected == "a condition" { hint = L10n.t("compare it, e.g. 'x >= 1'") }
    return FormulaError(
      id: "formula.type-mismatch",
      message: L10n.t("{0} needs {1}, but this is {2}", phrase(context), phrase(expected), describe(found)), span: span,
      hint: hint)
  }

  static func unknownOption(_ option: String, of type: FormulaType, _ span: Span) -> FormulaError {
    let options = type.options ?? []
    let suggestion = Suggestions.closest(to: option, among: options)
    return FormulaError(
      id: "formula.unknown-option", message: L10n.t("'{0}' is not one of {1}", option, options.joined(separator: ", ")),
      span: span, hint: suggestion.map { L10n.t("did you mean \"{0}\"?", $0) })
  }

  static func optionWithoutChoice(_ span: Span) -> FormulaError {
    FormulaError(
      id: "formula.stray-option", message: L10n.t("an option name must be compared with a choice input or policy"),
      span: span, hint: L10n.t("write e.g. 'county_type == \"major_grain\"'"))
  }

  static func argumentCount(_ function: String, expected: String, found: Int, _ span: Span, usage: String)
    -> FormulaError
  {
    FormulaError(
      id: "formula.argument-count", message: L10n.t("{0} takes {1}, but {2} given", function, phrase(expected), found),
      span: span, hint: L10n.t("usage: {0}", usage))
  }

  static func unknownLabel(_ label: String, function: String, labels: [String], _ span: Span) -> FormulaError {
    let suggestion = Suggestions.closest(to: label, among: labels)
    return FormulaError(
      id: "formula.unknown-label", message: L10n.t("{0} has no argument '{1}'", function, label), span: span,
      hint: suggestion.map { L10n.t("did you mean '{0}:'?", $0) }
        ?? (labels.isEmpty
          ? L10n.t("{0} takes no named arguments", function)
          : L10n.t("its arguments: {0}", labels.joined(separator: ", "))))
  }

  static func duplicateLabel(_ label: String, _ span: Span) -> FormulaError {
    FormulaError(id: "formula.duplicate-argument", message: L10n.t("argument '{0}' is given twice", label), span: span)
  }

  static func positionalAfterLabel(_ span: Span) -> FormulaError {
    FormulaError(
      id: "formula.positional-after-named", message: L10n.t("an unnamed argument follows a named one"), span: span,
      hint: L10n.t("put unnamed arguments first"))
  }

  static func misplacedPair(_ function: String, _ span: Span, usage: String) -> FormulaError {
    FormulaError(
      id: "formula.misplaced-pair", message: L10n.t("'=>' pairs are not expected here in {0}", function), span: span,
      hint: L10n.t("usage: {0}", usage))
  }

  static func missingPair(_ function: String, _ span: Span, usage: String) -> FormulaError {
    FormulaError(
      id: "formula.missing-pair", message: L10n.t("{0} expects 'threshold => points' pairs", function), span: span,
      hint: L10n.t("usage: {0}", usage))
  }

  static func branchMismatch(_ a: FormulaType, _ b: FormulaType, _ span: Span) -> FormulaError {
    FormulaError(
      id: "formula.branch-mismatch",
      message: L10n.t("'then' gives {0} but 'else' gives {1}", describe(a), describe(b)), span: span,
      hint: L10n.t("both branches must give the same kind of value"))
  }

  /// A clause depends on itself.
  public static func cycle(_ path: [String], _ span: Span) -> FormulaError {
    FormulaError(
      id: "formula.cycle", message: L10n.t("circular reference: {0}", path.joined(separator: " → ")), span: span,
      hint: L10n.t("a clause may not depend on itself, directly or through others"))
  }

  /// A clause's formula gives no points.
  public static func resultNotNumber(_ found: FormulaType, _ span: Span) -> FormulaError {
    FormulaError(
      id: "formula.result-not-number",
      message: L10n.t("a clause's formula must give points, but this gives {0}", describe(found)),
      span: span, hint: found == .boolean ? L10n.t("wrap it: award(condition, points)") : nil)
  }

  // MARK: Words

  /// A type as an error message names it (`a number`), in the current language.
  static func describe(_ type: FormulaType) -> String {
    switch type {
    case .number: L10n.t("a number")
    case .boolean: L10n.t("a condition (true/false)")
    case .choice(let o): L10n.t("a choice ({0})", o.joined(separator: "/"))
    }
  }

  /// A phrase that the lexer, parser or checker passes in (`a value`, `at least 3 arguments`,
  /// `tiers's 'else'`), in the current language; quoted code such as `')'` stays as it is.
  static func phrase(_ english: String) -> String {
    guard L10n.language != .en else { return english }
    switch english {
    case "a number": return L10n.t("a number")
    case "a condition": return L10n.t("a condition")
    case "a condition (true/false)": return L10n.t("a condition (true/false)")
    case "a choice input or policy": return L10n.t("a choice input or policy")
    case "an option name": return L10n.t("an option name")
    case "an operator or the end of the formula": return L10n.t("an operator or the end of the formula")
    case "a value": return L10n.t("a value")
    case "a value (put 'not …' in parentheses here)": return L10n.t("a value (put 'not …' in parentheses here)")
    case "end of formula": return L10n.t("end of formula")
    case "')' or ','": return L10n.t("')' or ','")
    case "use 'not' for negation": return L10n.t("use 'not' for negation")
    default: return counted(english) ?? english
    }
  }

  /// Phrases with numbers or names in them.
  private static func counted(_ s: String) -> String? {
    if s.hasPrefix("a choice ("), s.hasSuffix(")") { return L10n.t("a choice ({0})", s.dropFirst(10).dropLast()) }
    if s.hasPrefix("number ") { return L10n.t("number {0}", s.dropFirst(7)) }
    if let r = s.range(of: "'s '"), s.hasSuffix("'") {
      return L10n.t("{0}'s '{1}'", s[..<r.lowerBound], s[r.upperBound...].dropLast())
    }
    let words = s.split(separator: " ")
    let numbers = words.compactMap { Int($0) }
    if s.hasPrefix("at least "), s.hasSuffix(" arguments"), numbers.count == 1 {
      return L10n.t("at least {0} arguments", numbers[0])
    }
    if s.contains(" and at least "), numbers.count == 2 {
      return L10n.t("{0} arguments and at least {1} pairs", numbers[0], numbers[1])
    }
    if s.contains(" to "), s.hasSuffix(" arguments"), numbers.count == 2 {
      return L10n.t("{0} to {1} arguments", numbers[0], numbers[1])
    }
    if words.count == 2, numbers.count == 1, words[1].hasPrefix("argument") {
      return L10n.t("{0} arguments", numbers[0])
    }
    return nil
  }
}
