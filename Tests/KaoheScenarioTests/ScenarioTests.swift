import KaoheDiagnostics
import Testing

@testable import KaoheScenario

@Suite struct ScenarioTests {
  let sample = Scenario(
    header: .init(rubric: "sample", rubricHash: "0123456789abcdef", baseline: "sample-county", policies: [("cap_indicators", "on"), ("counting", "continuous")]),
    cells: [
      .prose(["What if the sown area falls 3%?", "A second line of the same note."]),
      .command("set sown_area_change = -3%", output: ["total 10.23 → 9.02 (-1.20)", "", "  1  粮食播种面积  2.00  0.80  -1.20"]),
      .command("undo", output: ["undone"]),
      .prose(["Done."]),
      .command("quit", output: []),
    ])

  @Test func roundTrip() throws {
    let text = ScenarioPrinter.print(sample)
    let parsed = try ScenarioParser.parse(text, path: "s.kaohe")
    #expect(parsed == sample)
    #expect(ScenarioPrinter.print(parsed) == text)
  }

  @Test func printedFormReadsWell() {
    let text = ScenarioPrinter.print(sample)
    #expect(text.hasPrefix("kaohe scenario 1\nrubric: sample 0123456789abcdef\nbaseline: sample-county\npolicies: cap_indicators=on, counting=continuous\nlanguage: en\n---\n"))
    #expect(text.contains("\n> set sown_area_change = -3%\n  total 10.23 → 9.02 (-1.20)\n\n    1  粮食播种面积"))
  }

  @Test func commandLinesMatchThePrintedFile() {
    let text = ScenarioPrinter.print(sample).split(separator: "\n", omittingEmptySubsequences: false)
    for line in ScenarioDiff.commandLines(sample) { #expect(text[line - 1].hasPrefix("> ")) }
  }

  @Test(arguments: [
    ("", 1), ("hello\n", 1), ("kaohe scenario 9\n---\n", 1), ("kaohe scenario 1\nrubric: x\n", 2), ("kaohe scenario 1\nbaseline: b\n---\n", 2),
    ("kaohe scenario 1\nrubric x\n---\n", 2),
  ])
  func badFiles(text: String, line: Int) {
    do {
      _ = try ScenarioParser.parse(text, path: "bad.kaohe")
      Issue.record("expected an error")
    } catch {
      #expect(error.diagnostics.first?.location?.line == line)
      #expect(error.diagnostics.first?.location?.path == "bad.kaohe")
    }
  }

  @Test func cutOffHalfwayThroughACellStillParses() throws {
    let text = ScenarioPrinter.print(sample)
    let cut = String(text.prefix(text.count - 30))
    let parsed = try ScenarioParser.parse(cut, path: "cut.kaohe")
    #expect(parsed.commands.first == "set sown_area_change = -3%")
  }

  @Test func normalizeDropsTrailingSpaceAndBlankLines() {
    #expect(ScenarioPrinter.normalize("a  \n\n\nb\n\n") == ["a", "", "b"])
  }

  @Test func unifiedDiff() {
    let m = ScenarioDiff.Mismatch(cell: 2, line: 10, command: "show total", expected: ["total 10.00", "x"], actual: ["total 9.00", "x"])
    #expect(m.unified(path: "s.kaohe") == """
      --- s.kaohe:10 (recorded) cell 2: > show total
      +++ s.kaohe:10 (replayed)
      @@ -11,2 +11,2 @@
      -total 10.00
      +total 9.00
       x
      """)
  }
}
