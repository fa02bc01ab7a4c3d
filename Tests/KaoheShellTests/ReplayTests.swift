import KaoheScenario
import Testing

@testable import KaoheShell

@Suite struct ReplayTests {
  func recorded() throws -> Scenario {
    var s = Session(workspace: try Workspace.load(rubric: "ankang-selenium-2020", baseline: nil))
    _ = s.run("# a note")
    _ = s.run("set gongxin.enterprises_cultivated = 3")
    _ = s.run("show total")
    return Scenario(header: s.startHeader, cells: s.transcript)
  }

  @Test func replayMatchesItsRecording() throws {
    let outcome = try Replayer.replay(try recorded())
    #expect(outcome.mismatches.isEmpty)
    #expect(outcome.rubricChanged == nil)
  }

  @Test func mismatchNamesCellAndLine() throws {
    var s = try recorded()
    s.cells[2] = .command("show total", output: ["mean 99.00 / 100"])
    let outcome = try Replayer.replay(s)
    #expect(outcome.mismatches.count == 1)
    #expect(outcome.mismatches[0].cell == 3)
    let text = ScenarioPrinter.print(s).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(text[outcome.mismatches[0].line - 1] == "> show total")
    #expect(outcome.mismatches[0].unified(path: "x").contains("-mean 99.00 / 100\n+mean 81.19 / 100  (baseline 80.71, +0.48)"))
  }

  @Test func quitEndsTheReplay() throws {
    var s = try recorded()
    s.cells.insert(.command("quit", output: []), at: 1)
    let outcome = try Replayer.replay(s)
    // Nothing after the quit runs: the set and show cells are not replayed.
    #expect(outcome.replayed.cells.count == 2)
    #expect(outcome.replayed.cells.last.map { if case .command("quit", _) = $0 { true } else { false } } == true)
  }

  @Test func cancellingStopsBeforeTheNextCommandAndKeepsNoLaterCell() throws {
    var s = try recorded()
    s.cells.append(.prose(["a later note"]))
    var asked = 0
    let outcome = try Replayer.replay(s) {
      asked += 1
      return asked > 1
    }
    // The note and the first command ran; the cancellation stopped everything after them.
    #expect(outcome.replayed.cells.count == 2)
  }

  @Test func changedRubricIsReportedByName() throws {
    var s = try recorded()
    s.header.rubricHash = "ffffffffffffffff"
    #expect(try Replayer.replay(s).rubricChanged?.hasPrefix("rubric ankang-selenium-2020 has changed") == true)
  }
}
