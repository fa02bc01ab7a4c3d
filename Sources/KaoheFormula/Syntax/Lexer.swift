/// Splits a formula into tokens. Percent literals (`3%`) become hundredths here.
public struct Lexer {
  private let chars: [Character]
  private var index = 0

  /// Creates a lexer over `text`.
  public init(_ text: String) { chars = Array(text) }

  /// All tokens of the text, ending with `.end`.
  public static func tokenize(_ text: String) throws(FormulaError) -> [Token] {
    var lexer = Lexer(text)
    var tokens: [Token] = []
    while true {
      let token = try lexer.next()
      tokens.append(token)
      if case .end = token.kind { return tokens }
    }
  }

  /// The next token.
  public mutating func next() throws(FormulaError) -> Token {
    skipSpaceAndComments()
    guard index < chars.count else { return Token(.end, Span(chars.count, chars.count)) }
    let start = index
    let ch = chars[index]
    if ch.isASCII && ch.isNumber || (ch == "." && peek(1)?.isNumber == true) { return try number(start) }
    if ch.isASCII && (ch.isLetter || ch == "_") { return identifier(start) }
    if ch == "\"" { return try string(start) }
    return try symbol(start)
  }

  private func peek(_ offset: Int) -> Character? {
    index + offset < chars.count ? chars[index + offset] : nil
  }

  private mutating func skipSpaceAndComments() {
    while index < chars.count {
      if chars[index].isWhitespace {
        index += 1
      } else if chars[index] == "#" {
        while index < chars.count, !chars[index].isNewline { index += 1 }
      } else {
        return
      }
    }
  }

  private mutating func number(_ start: Int) throws(FormulaError) -> Token {
    while index < chars.count, chars[index].isASCII, chars[index].isNumber || chars[index] == "." { index += 1 }
    if index < chars.count, chars[index] == "e" || chars[index] == "E" {
      var look = index + 1
      if look < chars.count, chars[look] == "+" || chars[look] == "-" { look += 1 }
      if look < chars.count, chars[look].isASCII, chars[look].isNumber {
        index = look
        while index < chars.count, chars[index].isASCII, chars[index].isNumber { index += 1 }
      }
    }
    let text = String(chars[start..<index])
    guard let value = Double(text), value.isFinite else {
      throw FormulaError.badNumber(text, Span(start, index))
    }
    guard Swift.abs(value) <= Numeric.largest else { throw FormulaError.numberTooLarge(text, Span(start, index)) }
    if index < chars.count, chars[index] == "%" {
      index += 1
      return Token(.number(value / 100), Span(start, index))
    }
    return Token(.number(value), Span(start, index))
  }

  private mutating func identifier(_ start: Int) -> Token {
    while index < chars.count {
      let c = chars[index]
      if c.isASCII && (c.isLetter || c.isNumber || c == "_") {
        index += 1
      } else if c == ".", let n = peek(1), n.isASCII, n.isLetter || n == "_" {
        index += 1
      } else {
        break
      }
    }
    let text = String(chars[start..<index])
    if let keyword = Token.Keyword(rawValue: text) { return Token(.keyword(keyword), Span(start, index)) }
    return Token(.identifier(text), Span(start, index))
  }

  private mutating func string(_ start: Int) throws(FormulaError) -> Token {
    index += 1
    var value = ""
    while index < chars.count, chars[index] != "\"" {
      if chars[index].isNewline { break }
      value.append(chars[index])
      index += 1
    }
    guard index < chars.count, chars[index] == "\"" else {
      throw FormulaError.unterminatedString(Span(start, index))
    }
    index += 1
    return Token(.string(value), Span(start, index))
  }

  private mutating func symbol(_ start: Int) throws(FormulaError) -> Token {
    let ch = chars[index]
    let unicode: [Character: Token.Symbol] = [
      "≥": .greaterEqual, "≤": .lessEqual, "≠": .notEqual, "×": .star, "÷": .slash, "−": .minus,
    ]
    if let sym = unicode[ch] {
      index += 1
      return Token(.symbol(sym), Span(start, index))
    }
    if let next = peek(1), let sym = Token.Symbol(rawValue: String([ch, next])) {
      index += 2
      return Token(.symbol(sym), Span(start, index))
    }
    if ch == "!" { throw FormulaError.unexpectedCharacter(ch, Span(start, start + 1), hint: "use 'not' for negation") }
    if let sym = Token.Symbol(rawValue: String(ch)) {
      index += 1
      return Token(.symbol(sym), Span(start, index))
    }
    throw FormulaError.unexpectedCharacter(ch, Span(start, start + 1), hint: nil)
  }
}
