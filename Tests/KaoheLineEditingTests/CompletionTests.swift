import Testing

@testable import KaoheLineEditing

@Suite("Completion")
struct CompletionTests {
  @Test(
    "common prefix of the candidates",
    arguments: [
      ([], ""),
      (["sweep"], "sweep"),
      (["sweep", "switch"], "sw"),
      (["set", "show", "sweep"], "s"),
      (["tornado", "sweep"], ""),
      (["收入", "收益"], "收"),
      (["收入预测", "收入增长"], "收入"),
      (["data/", "data/x"], "data/"),
      (["e\u{301}t\u{E9}", "\u{E9}tat"], "\u{E9}t"),  // canonically equal characters match
      (["a", ""], ""),
    ] as [([String], String)]
  )
  func commonPrefix(candidates: [String], expected: String) {
    #expect(Completion(replacementStart: 0, candidates: candidates).commonPrefix == expected)
  }
}
