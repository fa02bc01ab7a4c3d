import Testing

@testable import KaoheFormula

@Suite struct LexerTests {
  @Test(arguments: [
    ("3%", 0.03), ("2", 2.0), ("0.4", 0.4), ("1e3", 1000.0), ("100%", 1.0), ("12.5%", 0.125),
  ])
  func numbers(text: String, value: Double) throws {
    let tokens = try Lexer.tokenize(text)
    #expect(tokens.count == 2)
    guard case .number(let v) = tokens[0].kind else {
      Issue.record("not a number: \(tokens[0])")
      return
    }
    #expect(abs(v - value) < 1e-12)
  }

  @Test func keywordsIdentifiersAndSymbols() throws {
    let kinds = try Lexer.tokenize("if gongxin.x >= 3 then \"a\" else b # comment").map(\.kind)
    #expect(kinds == [
      .keyword(.if), .identifier("gongxin.x"), .symbol(.greaterEqual), .number(3), .keyword(.then), .string("a"),
      .keyword(.else), .identifier("b"), .end,
    ])
  }

  @Test func unicodeOperators() throws {
    let kinds = try Lexer.tokenize("a ≥ b ≤ c ≠ d × e").map(\.kind)
    #expect(kinds.contains(.symbol(.greaterEqual)) && kinds.contains(.symbol(.lessEqual)))
    #expect(kinds.contains(.symbol(.notEqual)) && kinds.contains(.symbol(.star)))
  }

  @Test func spans() throws {
    let tokens = try Lexer.tokenize("ab + 3%")
    #expect(tokens[0].span == Span(0, 2))
    #expect(tokens[2].span == Span(5, 7))
  }

  @Test(arguments: [
    ("x ＃ 2", "formula.unexpected-character"), ("\"open", "formula.unterminated-string"), ("x ! y", "formula.unexpected-character"),
  ])
  func errors(text: String, id: String) {
    #expect(throws: FormulaError.self) { try Lexer.tokenize(text) }
    do { _ = try Lexer.tokenize(text) } catch { #expect(error.id == id) }
  }
}
