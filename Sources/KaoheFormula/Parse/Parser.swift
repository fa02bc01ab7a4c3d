/// Parses a formula into an `Expression` by recursive descent with precedence climbing.
public struct Parser {
  /// The deepest nesting accepted, so that hostile input cannot exhaust the stack.
  public static let maximumDepth = 200

  private let tokens: [Token]
  private var position = 0
  private var depth = 0

  private init(tokens: [Token]) { self.tokens = tokens }

  /// Parses a whole formula.
  public static func parse(_ text: String) throws(FormulaError) -> Expression {
    var parser = Parser(tokens: try Lexer.tokenize(text))
    let expression = try parser.expression()
    guard case .end = parser.current.kind else {
      throw FormulaError.unexpected(parser.current, expected: "an operator or the end of the formula")
    }
    return expression
  }

  private var current: Token { tokens[min(position, tokens.count - 1)] }

  private mutating func advance() -> Token {
    let t = current
    if position < tokens.count - 1 { position += 1 }
    return t
  }

  private mutating func accept(_ symbol: Token.Symbol) -> Bool {
    if case .symbol(symbol) = current.kind {
      position += 1
      return true
    }
    return false
  }

  private mutating func expect(_ symbol: Token.Symbol, _ what: String) throws(FormulaError) -> Token {
    guard case .symbol(symbol) = current.kind else { throw FormulaError.unexpected(current, expected: what) }
    return advance()
  }

  private mutating func expect(_ keyword: Token.Keyword) throws(FormulaError) {
    guard case .keyword(keyword) = current.kind else {
      throw FormulaError.unexpected(current, expected: "'\(keyword.rawValue)'")
    }
    position += 1
  }

  // expression := 'if' expression 'then' expression 'else' expression | binary(1)
  private mutating func expression() throws(FormulaError) -> Expression {
    depth += 1
    defer { depth -= 1 }
    guard depth <= Parser.maximumDepth else { throw FormulaError.tooDeep(current.span) }
    guard case .keyword(.if) = current.kind else { return try binary(1) }
    let start = advance().span
    let condition = try expression()
    try expect(.then)
    let yes = try expression()
    try expect(.else)
    let no = try expression()
    return .conditional(condition, yes, no, start.union(no.span))
  }

  // binary(p) := prefix (op binary(op.precedence + 1))*   for ops of precedence ≥ p
  // Each operator of a chain (`a + b + c + …`) nests the tree one level deeper on the left, so it
  // counts towards the depth limit too: the checker and compiler recurse over that tree.
  private mutating func binary(_ minimum: Int) throws(FormulaError) -> Expression {
    var left = try prefix(minimum)
    var chained = 0
    defer { depth -= chained }
    while let op = BinaryOperator(token: current.kind), op.precedence >= minimum {
      chained += 1
      depth += 1
      guard depth <= Parser.maximumDepth else { throw FormulaError.tooDeep(current.span) }
      _ = advance()
      let right = try binary(op.precedence + 1)
      if op.isComparison, let next = BinaryOperator(token: current.kind), next.isComparison {
        throw FormulaError.chainedComparison(current.span)
      }
      left = .binary(op, left, right, left.span.union(right.span))
    }
    return left
  }

  // prefix := 'not' binary(notPrecedence) | '-' prefix | primary
  private mutating func prefix(_ minimum: Int) throws(FormulaError) -> Expression {
    depth += 1
    defer { depth -= 1 }
    guard depth <= Parser.maximumDepth else { throw FormulaError.tooDeep(current.span) }
    switch current.kind {
    case .keyword(.not) where minimum <= BinaryOperator.notPrecedence:
      let start = advance().span
      let operand = try binary(BinaryOperator.notPrecedence)
      return .unary(.not, operand, start.union(operand.span))
    case .keyword(.not):
      throw FormulaError.unexpected(current, expected: "a value (put 'not …' in parentheses here)")
    case .symbol(.minus):
      let start = advance().span
      let operand = try prefix(BinaryOperator.multiply.precedence + 1)
      if case .number(let v, let s) = operand { return .number(-v, start.union(s)) }
      return .unary(.negate, operand, start.union(operand.span))
    default:
      return try primary()
    }
  }

  // primary := NUMBER | 'true' | 'false' | STRING | NAME [ '(' arguments ')' ] | '(' expression ')'
  private mutating func primary() throws(FormulaError) -> Expression {
    let token = current
    switch token.kind {
    case .number(let v):
      _ = advance()
      return .number(v, token.span)
    case .keyword(.true), .keyword(.false):
      _ = advance()
      return .boolean(token.kind == .keyword(.true), token.span)
    case .string(let s):
      _ = advance()
      return .option(s, token.span)
    case .identifier(let name):
      _ = advance()
      guard accept(.lparen) else { return .name(name, token.span) }
      let args = try arguments()
      let close = try expect(.rparen, "')' or ','")
      return .call(name, nameSpan: token.span, arguments: args, span: token.span.union(close.span))
    case .symbol(.lparen):
      _ = advance()
      let inner = try expression()
      _ = try expect(.rparen, "')'")
      return inner
    default:
      throw FormulaError.unexpected(token, expected: "a value")
    }
  }

  // arguments := [ argument (',' argument)* ]
  private mutating func arguments() throws(FormulaError) -> [Argument] {
    if case .symbol(.rparen) = current.kind { return [] }
    var args = [try argument()]
    while accept(.comma) { args.append(try argument()) }
    return args
  }

  // argument := [ (NAME | 'else') ':' ] expression [ '=>' expression ]
  private mutating func argument() throws(FormulaError) -> Argument {
    var label: String?
    var labelSpan: Span?
    let next = tokens[min(position + 1, tokens.count - 1)].kind
    if case .symbol(.colon) = next {
      switch current.kind {
      case .identifier(let n): label = n
      case .keyword(let k): label = k.rawValue
      default: break
      }
      if label != nil {
        labelSpan = advance().span
        _ = advance()
      }
    }
    let value = try expression()
    var result: Expression?
    if accept(.arrow) { result = try expression() }
    return Argument(label: label, labelSpan: labelSpan, value: value, result: result)
  }
}
