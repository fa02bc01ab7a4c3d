import Foundation
import Testing

/// Runs the built `kaohe` binary end to end.
enum CLI {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static var binary: String {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("kaohe").path
    if FileManager.default.isExecutableFile(atPath: beside) { return beside }
    let bundle = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("kaohe").path
    if FileManager.default.isExecutableFile(atPath: bundle) { return bundle }
    return packageRoot.appendingPathComponent(".build/debug/kaohe").path
  }

  /// Runs kaohe with arguments and standard input; returns (status, stdout, stderr).
  static func run(_ arguments: [String], input: String = "", environment: [String: String] = [:]) throws -> (Int32, String, String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: binary)
    p.arguments = arguments
    p.currentDirectoryURL = packageRoot
    var env = ProcessInfo.processInfo.environment
    env["XDG_STATE_HOME"] = NSTemporaryDirectory() + "kaohe-test-state"
    for (k, v) in environment { env[k] = v }
    p.environment = env
    let out = Pipe()
    let err = Pipe()
    let inp = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = inp
    try p.run()
    inp.fileHandleForWriting.write(input.data(using: .utf8) ?? Data())
    try inp.fileHandleForWriting.close()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
  }
}

@Suite(.serialized) struct CLITests {
  @Test func rubricsListsBoth() throws {
    let (status, out, _) = try CLI.run(["rubrics"])
    #expect(status == 0)
    #expect(out.contains("ankang-selenium-2020"))
  }

  @Test func scoreAnkangRanksDepartments() throws {
    let (status, out, _) = try CLI.run(["score", "--rubric", "ankang-selenium-2020"])
    #expect(status == 0)
    #expect(out.contains("mean: 80.71 / 100"))
    #expect(out.contains("市工信局"))
    #expect(out.contains("illustrative"))
  }

  @Test func scoreJSONAndSet() throws {
    let (status, out, _) = try CLI.run(["score", "--rubric", "ankang-selenium-2020", "--set", "gongxin.enterprises_cultivated=1", "--policy", "partial_credit=proportional", "--json"])
    #expect(status == 0)
    let json = try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any]
    let rows = json?["rows"] as? [[String: Any]] ?? []
    let gongxin = rows.first { $0["id"] as? String == "gongxin" }
    #expect(abs((gongxin?["score"] as? Double ?? 0) - 91.733333333) < 1e-6)
    #expect((json?["changes"] as? [[String: Any]])?.count == 1)
  }

  @Test func badArgumentsExitTwoWithHint() throws {
    let (status, _, err) = try CLI.run(["score", "--rubric", "ankang-selenium-2020", "--set", "gongxin.enterprises_cultivatd=2"])
    #expect(status == 2)
    #expect(err.contains("did you mean 'gongxin.enterprises_cultivated'?"))
    let (s2, _, e2) = try CLI.run(["score", "--rubric", "nosuch"])
    #expect(s2 == 2)
    #expect(e2.contains("no rubric 'nosuch'"))
  }

  @Test func explainShowsClauseText() throws {
    let (status, out, _) = try CLI.run(["explain", "gongxin.t2", "--rubric", "ankang-selenium-2020"])
    #expect(status == 0)
    #expect(out.contains("集中培育3家以上富硒水、富硒食品等工业企业（10分）"))
    #expect(out.contains("reads gongxin.enterprises_cultivated = 2家"))
  }

  @Test func lintEmbeddedAndBrokenFile() throws {
    let (status, out, _) = try CLI.run(["lint", "ankang-selenium-2020"])
    #expect(status == 0)
    #expect(out.contains("0 errors"))
    let bad = NSTemporaryDirectory() + "kaohe-bad-rubric.yaml"
    try "kaohe: 1\nid: x\ntitle: t\ntotal: 1\nareas:\n  - id: a\n    title: A\n    points: 1\n    indicators:\n      - id: i\n        title: I\n        points: 1\n        clauses:\n          - id: c\n            text: t\n            formula: award(flg, 1)\n".write(toFile: bad, atomically: true, encoding: .utf8)
    let (s2, _, e2) = try CLI.run(["lint", bad])
    #expect(s2 == 2)
    #expect(e2.contains("\(bad):16:28: error: unknown name 'flg'"))
    #expect(e2.contains("\n" + String(repeating: " ", count: 29) + "^~~\n"))
  }

  @Test func replFromAPipe() throws {
    let (status, out, err) = try CLI.run(["repl", "--rubric", "ankang-selenium-2020"], input: "set gongxin.enterprises_cultivated = 3\nbogus\nshow total\n")
    #expect(status == 0)
    #expect(out.contains("mean 80.71 → 81.19 (+0.48)"))
    #expect(out.contains("mean 81.19 / 100"))
    #expect(err.contains("unknown command 'bogus'"))
    #expect(!out.contains("\u{1B}["))
  }

  @Test func scenariosReplayExactly() throws {
    let (status, out, _) = try CLI.run(["test", "scenarios"])
    #expect(status == 0, "\(out)")
    #expect(out.contains(" 0 failed"))
  }

  @Test func testCommandFailsOnMismatchWithDiff() throws {
    let file = NSTemporaryDirectory() + "kaohe-mismatch.kaohe"
    try "kaohe scenario 1\nrubric: ankang-selenium-2020\nbaseline: ankang-example-2020\npolicies: \nlanguage: en\n---\n\n> show total\n  mean 99.00 / 100\n".write(toFile: file, atomically: true, encoding: .utf8)
    let (status, out, _) = try CLI.run(["test", file])
    #expect(status == 1)
    #expect(out.contains("-mean 99.00 / 100"))
    #expect(out.contains("+mean 80.71 / 100"))
  }
}
