import KaoheRubric
import KaoheScenario
import Testing

@testable import KaoheShell

@Suite struct SessionTests {
  func session() throws -> Session {
    Session(workspace: try Workspace.load(rubric: "ankang-selenium-2020", baseline: nil))
  }

  func value(_ s: Session, _ name: String) -> Double {
    s.workspace.inputs[s.workspace.rubric.inputs.firstIndex { $0.name == name } ?? 0]
  }

  @Test func setAnswersWithTotalAndMovedIndicators() throws {
    var s = try session()
    let r = s.run("set gongxin.enterprises_cultivated = 3")
    #expect(!r.isError)
    #expect(r.output.contains("2家 → 3家"))
    #expect(r.output.contains("mean 80.71 → 81.19 (+0.48)"))
    #expect(r.output.contains("+10.00"))
  }

  @Test func relativeForms() throws {
    var s = try session()
    _ = s.run("set gongxin.enterprises_cultivated += 2")
    #expect(value(s, "gongxin.enterprises_cultivated") == 4)
    _ = s.run("set gongxin.enterprises_cultivated *= 0.5")
    #expect(value(s, "gongxin.enterprises_cultivated") == 2)
    _ = s.run("set gongxin.enterprises_cultivated -= 1")
    #expect(value(s, "gongxin.enterprises_cultivated") == 1)
  }

  @Test func badLinesLeaveStateAlone() throws {
    var s = try session()
    let before = s.workspace.inputs
    for line in ["set nosuch = 1", "set gongxin.enterprises_cultivated = -1", "set gongxin.enterprises_cultivated = abc", "sett", "policy partial_credit maybe", "explain 999", "set gongxin.enterprises_cultivated *= x"] {
      #expect(s.run(line).isError, "\(line)")
    }
    #expect(s.workspace.inputs == before)
  }

  @Test func undoRedoOverEveryChange() throws {
    var s = try session()
    let base = s.workspace.evaluate().headline
    _ = s.run("set gongxin.enterprises_cultivated = 3")
    _ = s.run("policy partial_credit proportional")
    let after = s.workspace.evaluate().headline
    _ = s.run("undo")
    _ = s.run("undo")
    #expect(s.workspace.evaluate().headline == base)
    #expect(s.run("undo").isError)
    _ = s.run("redo")
    _ = s.run("redo")
    #expect(s.workspace.evaluate().headline == after)
    _ = s.run("reset")
    #expect(s.workspace.inputs == s.workspace.baselineInputs)
    _ = s.run("undo")
    #expect(value(s, "gongxin.enterprises_cultivated") == 3)
  }

  @Test func checkpointsAndDiff() throws {
    var s = try session()
    _ = s.run("checkpoint start")
    _ = s.run("set gongxin.enterprises_cultivated = 3")
    let d = s.run("diff start").output
    #expect(d.contains("gongxin.enterprises_cultivated"))
    #expect(d.contains("+10.00"))
    #expect(s.run("compare start now").output == d.replacingOccurrences(of: "start → now", with: "start → now"))
    #expect(s.run("diff nope").isError)
  }

  @Test func promptShowsModification() throws {
    var s = try session()
    #expect(s.prompt == "kaohe ankang-selenium-2020 · ankang-example-2020> ")
    _ = s.run("set gongxin.enterprises_cultivated = 3")
    #expect(s.prompt.hasSuffix(" *> "))
  }

  @Test func transcriptRecordsCommandsAndNotes() throws {
    var s = try session()
    _ = s.run("# trying one change")
    _ = s.run("show total")
    #expect(s.transcript.count == 2)
    guard case .command(let c, let out) = s.transcript[1] else { return }
    #expect(c == "show total")
    #expect(out == ["mean 80.71 / 100"])
  }

  @Test func replayedScenariosMayNotWrite() throws {
    var s = try session()
    s.allowWrites = false
    let r = s.run("save /tmp/kaohe-should-not-exist.kaohe")
    #expect(r.isError)
    #expect(r.output.contains("--allow-write"))
  }

  @Test func loadIsUndoable() throws {
    var s = try session()
    #expect(!s.run("load rubric ankang-selenium-2020").isError)
    #expect(s.run("load rubric nosuch").isError)
    _ = s.run("undo")
    #expect(s.workspace.rubric.id == "ankang-selenium-2020")
  }

  @Test func completion() throws {
    let s = try session()
    let c = Completer { _ in ["scenarios", "README.md"] }
    #expect(c.complete("se", cursor: 2, session: s).candidates == ["seek", "set"])
    #expect(c.complete("set gongxin.ent", cursor: 15, session: s).candidates == ["gongxin.enterprises_cultivated"])
    #expect(c.complete("show 市工", cursor: 7, session: s).candidates.contains("市工信局"))
    #expect(c.complete("policy partial_credit pro", cursor: 25, session: s).candidates == ["proportional"])
    #expect(c.complete("open sc", cursor: 7, session: s).candidates == ["scenarios"])
  }
}
