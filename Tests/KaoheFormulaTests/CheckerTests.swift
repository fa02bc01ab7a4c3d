import KaoheDiagnostics
import KaoheTestSupport
import Testing

@testable import KaoheFormula

@Suite struct CheckerTests {
  /// Each case marks where the caret must go with ⟨ ⟩.
  @Test(arguments: [
    ("award(flag, 1) + ⟨xx⟩", "formula.unknown-name", "did you mean 'x'?"),
    ("⟨awrd⟩(flag, 1)", "formula.unknown-function", "did you mean 'award'?"),
    ("⟨flag⟩ + 1", "formula.type-mismatch", "turn a condition into points with award(condition, points)"),
    ("award(⟨x⟩, 1)", "formula.type-mismatch", "compare it, e.g. 'x >= 1'"),
    ("⟨award(flag)⟩", "formula.argument-count", "usage: award(condition, points)"),
    ("clamp(x, 0, 1, ⟨2⟩)", "formula.argument-count", "usage: clamp(x, lo, hi)"),
    ("deduct(2, per: 0.4, unit: 1%, shortfall: x, ⟨flor⟩: -2)", "formula.unknown-label", "did you mean 'floor:'?"),
    ("county_type == ⟨\"majr_grain\"⟩", "formula.unknown-option", "did you mean \"major_grain\"?"),
    ("⟨if flag then 1 else flag⟩", "formula.branch-mismatch", "both branches must give the same kind of value"),
    ("tiers(x, ⟨1⟩)", "formula.missing-pair", "usage: tiers(x, threshold => points, …, else: 0)"),
    ("award(flag, points: 1, ⟨2⟩)", "formula.positional-after-named", "put unnamed arguments first"),
  ])
  func diagnostics(marked: String, id: String, hint: String) {
    let source = MarkedSource(marked)
    guard let error = formulaError(source.text) else {
      Issue.record("no error for \(source.text)")
      return
    }
    #expect(error.id == id)
    #expect(error.hint == hint)
    #expect(error.span == Span(source.start, source.end))
  }

  @Test func caretRendering() {
    let text = "award(flag, 1) + xx"
    guard let error = formulaError(text) else {
      Issue.record("expected error")
      return
    }
    let d = Formula.diagnostic(for: error, origin: .standalone(text, path: "rubric.yaml"))
    #expect(TestSupport.render([d]) == """
      rubric.yaml:1:18: error: unknown name 'xx'
        award(flag, 1) + xx
                         ^~
        hint: did you mean 'x'?
      """)
  }

  @Test func caretCountsWideCharactersInTheFileLine() {
    let origin = FormulaOrigin(
      path: "r.yaml", formula: "zz + 1",
      lines: [.init(line: 7, column: 17, text: "    formula: 中文 zz + 1")])
    let loc = origin.location(of: Span(0, 2))
    #expect(loc.line == 7 && loc.column == 17)
    let caret = DiagnosticRenderer.caretLines(text: loc.lineText ?? "", column: loc.column, length: loc.length)
    #expect(caret[1] == "  " + String(repeating: " ", count: 18) + "^~")
  }

  @Test func referencesAreRecordedOnceInOrder() throws {
    let checked = try Formula.check("x + y + x", resolver: testResolver)
    #expect(checked.references.map(\.symbol.qualifiedName) == ["x", "y"])
  }
}
