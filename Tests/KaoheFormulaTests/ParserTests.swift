import Testing

@testable import KaoheFormula

@Suite struct ParserTests {
  /// Renders a tree compactly to compare shapes.
  func shape(_ e: Expression) -> String {
    switch e {
    case .number(let v, _): return v == v.rounded() ? String(Int(v)) : String(v)
    case .boolean(let b, _): return String(b)
    case .option(let s, _): return "\"\(s)\""
    case .name(let n, _): return n
    case .unary(let op, let a, _): return "(\(op.rawValue) \(shape(a)))"
    case .binary(let op, let a, let b, _): return "(\(shape(a)) \(op.rawValue) \(shape(b)))"
    case .conditional(let c, let a, let b, _): return "(if \(shape(c)) \(shape(a)) \(shape(b)))"
    case .call(let n, _, let args, _):
      return "\(n)[" + args.map { a in (a.label.map { "\($0): " } ?? "") + shape(a.value) + (a.result.map { " => " + shape($0) } ?? "") }.joined(separator: ", ") + "]"
    }
  }

  @Test(arguments: [
    ("1 + 2 * 3", "(1 + (2 * 3))"),
    ("(1 + 2) * 3", "((1 + 2) * 3)"),
    ("a or b and c", "(a or (b and c))"),
    ("not a and b", "((not a) and b)"),
    ("not x > 1", "(not (x > 1))"),
    ("-x * 2", "((- x) * 2)"),
    ("-3%", "-0.03"),
    ("if a then 1 else 2 + 3", "(if a 1 (2 + 3))"),
    ("x - y - 1", "((x - y) - 1)"),
    ("tiers(x, 100% => 1.5, 50% => 1.2, else: 0)", "tiers[x, 1 => 1.5, 0.5 => 1.2, else: 0]"),
    ("deduct(2, per: 0.4, unit: 1%, shortfall: -x)", "deduct[2, per: 0.4, unit: 0.01, shortfall: (- x)]"),
    ("county_type == \"other\"", "(county_type == \"other\")"),
  ])
  func precedenceAndShapes(text: String, expected: String) throws {
    #expect(shape(try Parser.parse(text)) == expected)
  }

  @Test(arguments: [
    ("1 +", "formula.unexpected-end", true),
    ("(1 + 2", "formula.unexpected-end", true),
    ("1 2", "formula.unexpected-token", false),
    ("a < b < c", "formula.chained-comparison", false),
    ("x = 1", "formula.unexpected-token", false),
    ("if a then 1", "formula.unexpected-end", true),
  ])
  func syntaxErrors(text: String, id: String, unexpectedEnd: Bool) {
    do {
      _ = try Parser.parse(text)
      Issue.record("expected an error")
    } catch {
      #expect(error.id == id)
      #expect(error.isUnexpectedEnd == unexpectedEnd)
    }
  }

  @Test func deepNestingIsRefusedNotCrashed() {
    let deep = String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)
    do {
      _ = try Parser.parse(deep)
      Issue.record("expected too-deep")
    } catch {
      #expect(error.id == "formula.too-deep")
    }
  }
}
