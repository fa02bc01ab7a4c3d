import Testing

@testable import KaoheLineEditing

@Suite("CompletionAction")
struct CompletionActionTests {
  /// One Tab press: the line with the cursor marked by "|", the completion and the planned edit.
  struct Case: CustomTestStringConvertible, Sendable {
    var id: String
    var line: String
    var start: Int
    var candidates: [String]
    var expected: CompletionAction

    var testDescription: String { id }
  }

  static let cases: [Case] = [
    Case(id: "no candidates beep", line: "swe|", start: 0, candidates: [], expected: .beep),
    Case(
      id: "unique candidate gets a space", line: "swe|", start: 0, candidates: ["sweep"],
      expected: .replace(word: "swe", replacement: "sweep ")),
    Case(
      id: "folder gets no space", line: "load da|", start: 5, candidates: ["data/"],
      expected: .replace(word: "da", replacement: "data/")),
    Case(
      id: "no space before a space", line: "sw| x", start: 0, candidates: ["sweep"],
      expected: .replace(word: "sw", replacement: "sweep")),
    Case(
      id: "duplicates count once", line: "sw|", start: 0, candidates: ["sweep", "sweep"],
      expected: .replace(word: "sw", replacement: "sweep ")),
    Case(
      id: "several extend to the common prefix", line: "s|", start: 0,
      candidates: ["sweep", "switch"], expected: .replace(word: "s", replacement: "sw")),
    Case(
      id: "several list when nothing to add", line: "sw|", start: 0,
      candidates: ["sweep", "switch"], expected: .list(["sweep", "switch"])),
    Case(
      id: "Chinese candidates extend", line: "set 收|", start: 4,
      candidates: ["收入预测", "收入增长"], expected: .replace(word: "收", replacement: "收入")),
    Case(
      id: "Chinese candidates list", line: "set 收|", start: 4, candidates: ["收入", "收益"],
      expected: .list(["收入", "收益"])),
    Case(
      id: "unique Chinese candidate", line: "set 支| = 3", start: 4, candidates: ["支出"],
      expected: .replace(word: "支", replacement: "支出")),
    Case(
      id: "prefix that drops typed text lists", line: "SW|", start: 0,
      candidates: ["sweep", "switch"], expected: .list(["sweep", "switch"])),
    Case(
      id: "start past cursor is clamped", line: "ab|", start: 9, candidates: ["x"],
      expected: .replace(word: "", replacement: "x ")),
  ]

  @Test("plans the Tab edit", arguments: cases)
  func plans(_ testCase: Case) throws {
    let marker = try #require(testCase.line.firstIndex(of: "|"))
    let cursor = testCase.line.distance(from: testCase.line.startIndex, to: marker)
    var line = testCase.line
    line.remove(at: marker)
    let completion = Completion(replacementStart: testCase.start, candidates: testCase.candidates)
    #expect(CompletionAction.plan(line: line, cursor: cursor, completion: completion) == testCase.expected)
  }
}
