import KaoheDiagnostics

/// Checks a parsed formula against the names in scope: resolves names, checks types and the
/// arguments of every function, and lowers it for the compiler.
public struct Checker {
  private let resolver: any SymbolResolver
  private var references: [CheckedFormula.Reference] = []
  private var tierUses: [CheckedFormula.TierUse] = []

  private init(resolver: any SymbolResolver) { self.resolver = resolver }

  /// Checks `expression`; its value must be of `expected` type when given.
  public static func check(_ expression: Expression, resolver: any SymbolResolver) throws(FormulaError)
    -> CheckedFormula
  {
    var checker = Checker(resolver: resolver)
    let (lowered, type) = try checker.lower(expression)
    return CheckedFormula(lowered: lowered, type: type, references: checker.references, tierUses: checker.tierUses)
  }

  private mutating func lower(_ e: Expression) throws(FormulaError) -> (Lowered, FormulaType) {
    switch e {
    case .number(let v, _): return (.constant(v), .number)
    case .boolean(let b, _): return (.constant(b ? 1 : 0), .boolean)
    case .option(_, let span): throw FormulaError.optionWithoutChoice(span)
    case .name(let name, let span): return try name_(name, span)
    case .unary(.negate, let operand, _):
      return (.negate(try number(operand, "'-'")), .number)
    case .unary(.not, let operand, _):
      return (.not(try condition(operand, "'not'")), .boolean)
    case .binary(let op, let a, let b, _): return try binary(op, a, b)
    case .conditional(let c, let a, let b, let span):
      let cond = try condition(c, "'if'")
      let (yes, ta) = try lower(a)
      let (no, tb) = try lower(b)
      guard ta == tb else { throw FormulaError.branchMismatch(ta, tb, span) }
      return (.select(cond, yes, no), ta)
    case .call(let name, let nameSpan, let args, let span):
      guard let builtin = Builtin(rawValue: name) else {
        let suggestion = Suggestions.closest(to: name, among: Builtin.allCases.map(\.rawValue))
        throw FormulaError.unknownFunction(name, nameSpan, suggestion: suggestion)
      }
      return try call(builtin, args, span)
    }
  }

  private mutating func name_(_ name: String, _ span: Span) throws(FormulaError) -> (Lowered, FormulaType) {
    guard let symbol = resolver.resolve(name) else {
      let suggestion = Suggestions.closest(to: name, among: resolver.visibleNames)
      throw FormulaError.unknownName(name, span, suggestion: suggestion)
    }
    if !references.contains(where: { $0.symbol == symbol }) {
      references.append(.init(symbol: symbol, span: span))
    }
    return (.load(symbol.slot), symbol.type)
  }

  mutating func number(_ e: Expression, _ context: String) throws(FormulaError) -> Lowered {
    let (l, t) = try lower(e)
    guard t == .number else { throw FormulaError.typeMismatch(expected: "a number", found: t, e.span, context: context) }
    return l
  }

  mutating func condition(_ e: Expression, _ context: String) throws(FormulaError) -> Lowered {
    let (l, t) = try lower(e)
    guard t == .boolean else {
      throw FormulaError.typeMismatch(expected: "a condition", found: t, e.span, context: context)
    }
    return l
  }

  private mutating func binary(_ op: BinaryOperator, _ a: Expression, _ b: Expression) throws(FormulaError)
    -> (Lowered, FormulaType)
  {
    let context = "'\(op.rawValue)'"
    if op.isLogical {
      return (.binary(op, try condition(a, context), try condition(b, context)), .boolean)
    }
    if op == .equal || op == .notEqual { return try equality(op, a, b) }
    let l = try number(a, context)
    let r = try number(b, context)
    return (.binary(op, l, r), op.isComparison ? .boolean : .number)
  }

  private mutating func equality(_ op: BinaryOperator, _ a: Expression, _ b: Expression) throws(FormulaError)
    -> (Lowered, FormulaType)
  {
    if case .option(let name, let span) = b { return (.binary(op, try choice(a), try optionIndex(name, span, a)), .boolean) }
    if case .option(let name, let span) = a { return (.binary(op, try optionIndex(name, span, b), try choice(b)), .boolean) }
    let (l, ta) = try lower(a)
    let (r, tb) = try lower(b)
    guard ta == tb else {
      throw FormulaError.typeMismatch(expected: ta.description, found: tb, b.span, context: "'\(op.rawValue)'")
    }
    return (.binary(op, l, r), .boolean)
  }

  private mutating func choice(_ e: Expression) throws(FormulaError) -> Lowered {
    let (l, t) = try lower(e)
    guard t.options != nil else {
      throw FormulaError.typeMismatch(expected: "a choice input or policy", found: t, e.span, context: "an option name")
    }
    return l
  }

  private func optionIndex(_ option: String, _ span: Span, _ other: Expression) throws(FormulaError) -> Lowered {
    guard case .name(let n, _) = other, let symbol = resolver.resolve(n), let options = symbol.type.options else {
      throw FormulaError.optionWithoutChoice(span)
    }
    guard let index = options.firstIndex(of: option) else { throw FormulaError.unknownOption(option, of: symbol.type, span) }
    return .constant(Double(index))
  }

  mutating func recordTiers(_ builtin: Builtin, subject: Expression, thresholds: [Expression]) {
    var symbol: Symbol?
    if case .name(let n, _) = subject { symbol = resolver.resolve(n) }
    let values: [(value: Double?, span: Span)] = thresholds.map { t in
      if case .number(let v, _) = t { return (v, t.span) }
      return (nil, t.span)
    }
    tierUses.append(.init(builtin: builtin, subject: symbol, thresholds: values))
  }
}
