import Foundation
import KaoheTestSupport
import Testing

/// The `--json` output of every command against docs/json.md: the tests run each command, parse
/// its output and compare every field, at every level, with the tables of the documentation, so
/// that the documentation cannot drift from the output.
@Suite(.serialized) struct JSONSchemaTests {
  /// A fresh folder for this suite's files.
  let folder: String = {
    let path = Scratch.path("kaohe-json-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }()

  static let sample = "Tests/KaoheRubricTests/Fixtures/sample.yaml"
  static let sampleBaseline = "Tests/KaoheRubricTests/Fixtures/sample-baseline.yaml"
  static let ankang = ["--rubric", "ankang-selenium-2020"]

  /// A scenario recorded with another rubric hash, with prose, an output that now differs and a
  /// command that fails.
  static let oldScenario = """
    kaohe scenario 1
    rubric: ankang-selenium-2020 1111111111111111
    baseline: ankang-example-2020
    policies: cap_indicators=on, partial_credit=all_or_nothing
    language: en
    ---

    What if 市工信局 cultivates one more enterprise?

    > set gongxin.enterprises_cultivated += 1
      gongxin.enterprises_cultivated 集中培育的富硒水、富硒食品等工业企业数: 2家 → 3家
      mean 80.71 → 81.19 (+0.48)
        市工信局 Municipal Bureau of Industry and I…   70.00  80.00  +10.00
          2. 集中培育3家以上富硒水、富硒食品等工业…     0.00  10.00  +10.00

    > show total
      mean 99.00 / 100  (baseline 80.71, +0.48)

    > set gongxin.enterprises_cultivatd = 4
      error: no input named 'gongxin.enterprises_cultivatd'
        hint: did you mean 'gongxin.enterprises_cultivated'?

    """

  /// One run of a command: its arguments, the exit code expected and its environment.
  struct Run {
    var command: String
    var arguments: [String]
    var status: Int32 = 0
    var environment: [String: String] = [:]
  }

  /// Runs that between them show every documented field of every command.
  func runs() throws -> [Run] {
    let old = folder + "/old.kaohe"
    try Self.oldScenario.write(toFile: old, atomically: true, encoding: .utf8)
    let broken = folder + "/broken.kaohe"
    try "kaohe scenario 1\nrubric: ankang-selenium-2020\n".write(toFile: broken, atomically: true, encoding: .utf8)
    let state = folder + "/state"
    let sessions = state + "/kaohe/sessions"
    try FileManager.default.createDirectory(atPath: sessions, withIntermediateDirectories: true)
    let journal = Self.oldScenario.replacingOccurrences(of: " 1111111111111111", with: "")
    // A process id above the kernel's limit, so the session's process is surely gone.
    try journal.write(toFile: sessions + "/session-1700000000-9999999.kaohe", atomically: true, encoding: .utf8)
    let sample = ["--rubric", Self.sample, "--baseline", Self.sampleBaseline]
    let vary = ["--vary", "grain_sown_area_change~normal(-1%,2%)", "--vary", "grain_output_change~uniform(-5%,2%)"]
    return [
      Run(command: "score", arguments: Self.ankang + ["--set", "gongxin.enterprises_cultivated=3"]),
      Run(command: "score", arguments: sample + ["--set", "sown_area_change=-3%"]),
      Run(command: "explain", arguments: ["gongxin.t2"] + Self.ankang),
      Run(command: "explain", arguments: ["3"] + sample + ["--set", "coverage=100%", "--set", "adjustable_area=50"]),
      Run(command: "explain", arguments: ["5", "--set", "grain_sown_area_change=-15%"]),
      Run(command: "inputs", arguments: sample),
      Run(command: "lint", arguments: ["--strict", Self.sample], status: 1),
      Run(command: "rubrics", arguments: []),
      Run(command: "test", arguments: [old, broken], status: 1),
      Run(command: "run", arguments: [old]),
      Run(
        command: "recover", arguments: ["1", "-o", folder + "/recovered.kaohe"], environment: ["XDG_STATE_HOME": state]),
      Run(command: "report", arguments: ["scenarios/ankang-analyses.kaohe", "-o", folder + "/report.html"]),
      Run(command: "baseline export", arguments: Self.ankang + ["-o", folder + "/baseline.csv"]),
      Run(command: "baseline export", arguments: Self.ankang + ["-o", "-"]),
      Run(command: "sweep", arguments: ["grain_sown_area_change", "-3%..0%", "step", "1%", "for", "5"]),
      Run(command: "table", arguments: ["grain_sown_area_change", "-2%..0%", "x", "grain_output_change", "-2%..0%"]),
      Run(command: "tornado", arguments: Self.ankang),
      Run(command: "breakpoints", arguments: ["grain_sown_area_change"]),
      Run(command: "seek", arguments: ["4.5", "for", "5", "by", "grain_output_change"]),
      Run(command: "montecarlo", arguments: ["500", "seed", "7", "reach", "90"] + vary),
      Run(command: "sobol", arguments: ["64"] + vary),
      Run(command: "plan", arguments: ["100", "for", "市工信局"] + Self.ankang),
      Run(
        command: "bench",
        arguments: Self.ankang + ["--quick", "--only", "evaluate.single", "--only", "evaluate.allocating"]),
    ]
  }

  /// Runs `run` with `--json` and parses what it printed.
  static func output(of run: Run) throws -> JSONValue? {
    let arguments = run.command.split(separator: " ").map(String.init) + run.arguments + ["--json"]
    let (status, out, err) = try CLI.run(arguments, environment: run.environment)
    #expect(status == run.status, "kaohe \(arguments.joined(separator: " ")): \(err)")
    do {
      return try JSONValue.parse(out)
    } catch {
      Issue.record("kaohe \(arguments.joined(separator: " ")) printed no JSON: \(out.prefix(300))")
      return nil
    }
  }

  @Test func everyFieldOfEveryCommandIsDocumented() throws {
    let docs = try JSONDocs.load()
    var check = JSONSchemaCheck(docs: docs)
    let runs = try runs()
    for run in runs {
      guard let json = try Self.output(of: run) else { continue }
      check.check(json, command: run.command, run: "kaohe \(run.command) \(run.arguments.joined(separator: " "))")
    }
    let problems = check.problems + check.unseen(commands: Set(runs.map(\.command)))
    #expect(problems.isEmpty, "docs/json.md and the output differ:\n\(problems.joined(separator: "\n"))")
    #expect(docs.commands == Set(runs.map(\.command)), "every command has its section in docs/json.md")
  }

  /// Every subcommand but the interactive `repl` takes `--json`, and docs/json.md documents it.
  @Test func everyCommandTakesJSON() throws {
    let (_, help, _) = try CLI.run(["--help"])
    // The subcommands: the lines indented by two spaces between SUBCOMMANDS: and the blank line.
    let list = help.split(separator: "\n", omittingEmptySubsequences: false).drop { !$0.hasPrefix("SUBCOMMANDS:") }
      .dropFirst().prefix { !$0.isEmpty }
    let commands = list.filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
      .compactMap { $0.split(separator: " ").first.map(String.init) }
    #expect(commands.contains("score") && commands.contains("bench"))
    var withJSON: Set<String> = []
    for command in commands where command != "repl" && command != "help" {
      let full = command == "baseline" ? ["baseline", "export"] : [command]
      let (status, usage, _) = try CLI.run(full + ["--help"])
      #expect(status == 0)
      #expect(usage.contains("--json"), "kaohe \(full.joined(separator: " ")) has no --json")
      withJSON.insert(full.joined(separator: " "))
    }
    #expect(try JSONDocs.load().commands == withJSON)
  }

  /// The keys are English and do not change with the language; only text meant for people does.
  @Test(arguments: [
    ["score", "--set", "grain_sown_area_change=-3%"],
    ["explain", "5", "--set", "grain_sown_area_change=-15%"],
    ["run", "scenarios/zh-demo-sown-area.kaohe"],
    ["breakpoints", "grain_sown_area_change"],
  ])
  func keysAreTheSameInChinese(arguments: [String]) throws {
    let (s1, english, _) = try CLI.run(["--lang", "en"] + arguments + ["--json"])
    let (s2, chinese, _) = try CLI.run(["--lang", "zh"] + arguments + ["--json"])
    #expect(s1 == 0 && s2 == 0)
    #expect(try JSONValue.parse(english).keyPaths() == JSONValue.parse(chinese).keyPaths())
    if arguments[0] == "explain" {
      #expect(chinese.contains("\"applied\""))
      #expect(chinese.contains("倒扣"))
    }
  }

  /// An error under --json prints nothing on standard output, as without it: the diagnostics go to
  /// standard error and the exit code is 2.
  @Test(arguments: [
    ["score", "--set", "nosuch=1"],
    ["run", "nosuch.kaohe"],
    ["report", "nosuch.kaohe", "-o", "nosuch.html"],
    ["baseline", "export", "--rubric", "nosuch", "-o", "-"],
    ["recover", "7"],
    ["sweep", "nosuch"],
  ])
  func errorsGoToStandardError(arguments: [String]) throws {
    let (status, out, err) = try CLI.run(arguments + ["--json"], environment: ["XDG_STATE_HOME": folder + "/empty"])
    #expect(status == 2)
    #expect(out.isEmpty)
    #expect(err.contains("error"))
  }

  @Test func theTablesAreRead() throws {
    let docs = try JSONDocs.load()
    #expect(docs.malformed.isEmpty, "\(docs.malformed)")
    let cell = docs.fields(at: "run.cells[]")?.first { $0.name == "index" }
    #expect(cell?.always == true)
    #expect(cell.map { "\($0.type)" } == "integer")
    #expect(docs.fields(at: "tornado.objective")?.map(\.name) == ["kind", "id"])
    #expect(JSONDocs.FieldType("array of arrays of numbers").map { "\($0)" } == "array of array of number")
    #expect(JSONDocs.FieldType("array of [Cell](#run-cell)").map { "\($0)" } == "array of Cell")
    #expect(JSONDocs.FieldType("a number of things") == nil)
    #expect(
      try JSONValue.parse(#"[1, true, "x", 2.5]"#) == .array([.number(1), .bool(true), .string("x"), .number(2.5)]))
  }

  @Test func theCheckFindsDrift() throws {
    let docs = JSONDocs.parse(
      """
      <!-- json: demo -->
      | field | type | present | meaning |
      |---|---|---|---|
      | `a` | integer | always | A. |
      | `b` | string | sometimes | B. |
      """)
    var check = JSONSchemaCheck(docs: docs)
    check.check(try JSONValue.parse(#"{"a": 1.5, "c": true}"#), command: "demo", run: "demo")
    #expect(
      check.problems == [
        "demo: demo.c is in the output but not in docs/json.md", "demo: demo.a is a number, documented as integer",
      ])
    #expect(check.unseen(commands: ["demo"]) == ["demo.b is documented but never appeared in the outputs checked"])
  }
}
