/// A lexical token of the formula language.
public struct Token: Sendable, Hashable {
  /// What kind of token it is.
  public enum Kind: Sendable, Hashable {
    case number(Double)
    case identifier(String)
    case string(String)
    case keyword(Keyword)
    case symbol(Symbol)
    case end
  }

  /// The reserved words.
  public enum Keyword: String, Sendable, CaseIterable {
    case `if`, then, `else`, and, or, not, `true`, `false`
  }

  /// Punctuation and operators.
  public enum Symbol: String, Sendable, CaseIterable {
    case plus = "+", minus = "-", star = "*", slash = "/"
    case lparen = "(", rparen = ")", comma = ",", colon = ":", arrow = "=>"
    case less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case equal = "==", notEqual = "!=", assign = "="
  }

  /// The token's kind.
  public var kind: Kind
  /// Where it stands in the formula.
  public var span: Span

  /// Creates a token.
  public init(_ kind: Kind, _ span: Span) {
    self.kind = kind
    self.span = span
  }

  /// A short description for error messages.
  public var display: String {
    switch kind {
    case .number(let v): "number \(v)"
    case .identifier(let n): "'\(n)'"
    case .string(let s): "\"\(s)\""
    case .keyword(let k): "'\(k.rawValue)'"
    case .symbol(let s): "'\(s.rawValue)'"
    case .end: "end of formula"
    }
  }
}
