import Foundation
import KaoheTestSupport
import Testing

/// Standard error collected by a reader thread.
final class ErrorBox: @unchecked Sendable {
  private let lock = NSLock()
  private var stored = Data()
  private var finished = false
  func set(_ d: Data) {
    lock.lock()
    stored = d
    finished = true
    lock.unlock()
  }
  var done: Bool {
    lock.lock()
    defer { lock.unlock() }
    return finished
  }
  var data: Data {
    lock.lock()
    defer { lock.unlock() }
    return stored
  }
}

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

  /// Runs kaohe with arguments and standard input; returns (status, stdout, stderr). The language
  /// variables are cleared, so output is English unless `environment` (or `--lang`) says otherwise.
  static func run(_ arguments: [String], input: String = "", environment: [String: String] = [:]) throws -> (Int32, String, String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: binary)
    p.arguments = arguments
    p.currentDirectoryURL = packageRoot
    var env = ProcessInfo.processInfo.environment
    env["XDG_STATE_HOME"] = Scratch.path("kaohe-test-state")
    for key in ["LC_ALL", "LC_MESSAGES", "LANG"] { env[key] = nil }
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
    // Read standard error on another thread, so that a process filling one pipe never blocks
    // while this one waits on the other.
    let errorData = ErrorBox()
    let reader = Thread { errorData.set(err.fileHandleForReading.readDataToEndOfFile()) }
    reader.start()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    while !errorData.done { usleep(1_000) }
    let e = errorData.data
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

  @Test func explainWritesTierThresholdsInTheInputsUnit() throws {
    // i5_functional_zones: tiers(functional_zones_mapped_share, 100% => 2, 90% => 1.6, else: 0.8)
    let (status, out, _) = try CLI.run(["explain", "5", "--lang", "en"])
    #expect(status == 0)
    #expect(out.contains("· tier ≥ 90% → 1.6"))
    let (_, json, _) = try CLI.run(["explain", "5", "--json", "--lang", "en"])
    #expect(json.contains("tier ≥ 90% → 1.6"))
  }

  @Test func lintEmbeddedAndBrokenFile() throws {
    let (status, out, _) = try CLI.run(["lint", "ankang-selenium-2020"])
    #expect(status == 0)
    #expect(out.contains("0 errors"))
    let bad = Scratch.path("kaohe-bad-rubric.yaml")
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
    let file = Scratch.path("kaohe-mismatch.kaohe")
    try "kaohe scenario 1\nrubric: ankang-selenium-2020\nbaseline: ankang-example-2020\npolicies: \nlanguage: en\n---\n\n> show total\n  mean 99.00 / 100\n".write(toFile: file, atomically: true, encoding: .utf8)
    let (status, out, _) = try CLI.run(["test", file])
    #expect(status == 1)
    #expect(out.contains("-mean 99.00 / 100"))
    #expect(out.contains("+mean 80.71 / 100"))
  }
}

@Suite(.serialized) struct RecoverTests {
  @Test func killedSessionIsRecovered() throws {
    let state = Scratch.path("kaohe-recover-\(getpid())")
    try? FileManager.default.removeItem(atPath: state)
    let p = Process()
    p.executableURL = URL(fileURLWithPath: CLI.binary)
    p.arguments = ["repl", "--rubric", "ankang-selenium-2020"]
    var env = ProcessInfo.processInfo.environment
    env["XDG_STATE_HOME"] = state
    p.environment = env
    let input = Pipe()
    let output = Pipe()
    p.standardInput = input
    p.standardOutput = output
    p.standardError = output
    try p.run()
    input.fileHandleForWriting.write(Data("set gongxin.enterprises_cultivated = 3\npolicy partial_credit proportional\n".utf8))
    // Wait until both commands are journaled, then kill -9 mid-session.
    let dir = state + "/kaohe/sessions"
    let deadline = Date().addingTimeInterval(10)
    var journaled = false
    while Date() < deadline, !journaled {
      let files = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
      // Read through a handle: String(contentsOfFile:) leaks a 4 KiB buffer on a file that is
      // still empty, which AddressSanitizer reports.
      let data = files.first.flatMap { FileHandle(forReadingAtPath: dir + "/" + $0) }.flatMap { try? $0.readToEnd() }
      let text = data.map { String(decoding: $0, as: UTF8.self) } ?? ""
      journaled = text.contains("> policy partial_credit proportional")
      usleep(20_000)
    }
    #expect(journaled)
    kill(p.processIdentifier, SIGKILL)
    p.waitUntilExit()

    let (s1, list, _) = try CLI.run(["recover"], environment: ["XDG_STATE_HOME": state])
    #expect(s1 == 0)
    #expect(list.contains("1. "))
    #expect(list.contains("2 commands"))
    let out = Scratch.path("kaohe-recovered-\(getpid()).kaohe")
    try? FileManager.default.removeItem(atPath: out)
    let (s2, msg, err) = try CLI.run(["recover", "1", "-o", out], environment: ["XDG_STATE_HOME": state])
    #expect(s2 == 0, "\(err)")
    #expect(msg.contains("restored 2 commands"))
    let text = try String(contentsOfFile: out, encoding: .utf8)
    #expect(text.contains("> set gongxin.enterprises_cultivated = 3\n"))
    #expect(text.contains("> policy partial_credit proportional\n"))
    let (s3, _, _) = try CLI.run(["test", out])
    #expect(s3 == 0)
    let (s4, _, e4) = try CLI.run(["recover", "1", "-o", out], environment: ["XDG_STATE_HOME": state])
    #expect(s4 == 2)
    #expect(e4.contains("already exists"))
  }
}
