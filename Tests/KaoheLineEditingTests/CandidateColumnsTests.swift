import Testing

@testable import KaoheLineEditing

@Suite("CandidateColumns")
struct CandidateColumnsTests {
  @Test("fills columns top to bottom, then left to right")
  func columnMajor() {
    let text = CandidateColumns.format(["a", "bb", "ccc", "d", "e"], width: 12)
    #expect(
      text == """
        a    d
        bb   e
        ccc

        """)
  }

  @Test("one column when the terminal is narrow")
  func narrow() {
    #expect(CandidateColumns.format(["sweep", "switch"], width: 4) == "sweep\nswitch\n")
  }

  @Test("wide characters count as two columns")
  func wideCharacters() {
    let text = CandidateColumns.format(["收入", "收益", "x"], width: 20)
    #expect(text == "收入  收益  x\n")
  }

  @Test("long lists end with a count of the rest")
  func limit() {
    let text = CandidateColumns.format(["a", "b", "c"], width: 1, limit: 2)
    #expect(text == "a\nb\n(1 more)\n")
  }

  @Test("nothing to list")
  func empty() {
    #expect(CandidateColumns.format([], width: 80) == "")
  }
}
