/// The syntax tree of a formula: an immutable value whose nodes keep their source spans.
public indirect enum Expression: Sendable, Hashable {
  case number(Double, Span)
  case boolean(Bool, Span)
  case option(String, Span)
  case name(String, Span)
  case unary(UnaryOperator, Expression, Span)
  case binary(BinaryOperator, Expression, Expression, Span)
  case conditional(Expression, Expression, Expression, Span)
  case call(String, nameSpan: Span, arguments: [Argument], span: Span)

  /// Where the node stands in the formula.
  public var span: Span {
    switch self {
    case .number(_, let s), .boolean(_, let s), .option(_, let s), .name(_, let s): s
    case .unary(_, _, let s), .binary(_, _, _, let s), .conditional(_, _, _, let s): s
    case .call(_, _, _, let s): s
    }
  }

  /// Every name the expression mentions (not function names), with its span, in source order.
  public var names: [(String, Span)] {
    switch self {
    case .number, .boolean, .option: return []
    case .name(let n, let s): return [(n, s)]
    case .unary(_, let e, _): return e.names
    case .binary(_, let a, let b, _): return a.names + b.names
    case .conditional(let c, let a, let b, _): return c.names + a.names + b.names
    case .call(_, _, let args, _): return args.flatMap { $0.value.names + ($0.result?.names ?? []) }
    }
  }
}

/// One argument of a call: `value`, `label: value`, or a pair `value => result`.
public struct Argument: Sendable, Hashable {
  /// The label, for a named argument.
  public var label: String?
  /// The label's span.
  public var labelSpan: Span?
  /// The argument's value (for a pair, its left side).
  public var value: Expression
  /// The right side of a `=>` pair.
  public var result: Expression?

  /// Creates an argument.
  public init(label: String? = nil, labelSpan: Span? = nil, value: Expression, result: Expression? = nil) {
    self.label = label
    self.labelSpan = labelSpan
    self.value = value
    self.result = result
  }

  /// The span of the whole argument.
  public var span: Span {
    var s = value.span
    if let l = labelSpan { s = s.union(l) }
    if let r = result { s = s.union(r.span) }
    return s
  }
}
