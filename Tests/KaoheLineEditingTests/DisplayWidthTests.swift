import Testing

@testable import KaoheLineEditing

@Suite("DisplayWidth")
struct DisplayWidthTests {
  @Test(
    "columns a text takes",
    arguments: [
      ("", 0), ("sweep", 5), ("收入", 4), ("ｘ", 2), ("e\u{301}", 1), ("한국", 4),
      ("a\u{200B}b", 2), ("🙂", 2),
    ] as [(String, Int)]
  )
  func columns(text: String, expected: Int) {
    #expect(DisplayWidth.columns(text) == expected)
  }
}
