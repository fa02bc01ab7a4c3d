import Foundation
import KaoheTestSupport
import Testing

@Suite(.serialized) struct SpreadsheetTests {
  let dir = Scratch.path("kaohe-csv-\(getpid())")

  init() throws {
    try? FileManager.default.removeItem(atPath: dir)
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
  }

  @Test func exportEditLoadRoundTrip() throws {
    let file = "\(dir)/county.csv"
    let (s1, out, _) = try CLI.run(["baseline", "export", "-o", file])
    #expect(s1 == 0)
    #expect(out.contains("207 inputs"))
    let data = try Data(contentsOf: URL(fileURLWithPath: file))
    #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
    var text = String(decoding: data, as: UTF8.self)
    #expect(text.contains("grain_sown_area_change,0%,%,粮食播种面积较上年变化"))
    text = text.replacingOccurrences(of: "grain_sown_area_change,0%", with: "grain_sown_area_change,-3%")
    try text.write(toFile: file, atomically: true, encoding: .utf8)
    let (s2, score, _) = try CLI.run(["score", "--baseline", file])
    #expect(s2 == 0)
    #expect(score.contains("total: 89.79 / 100"))
  }

  @Test func gb18030AndChineseLabels() throws {
    let file = "\(dir)/wide-gb.csv"
    let (_, csv, _) = try CLI.run(["baseline", "export", "--rubric", "ankang-selenium-2020", "-o", "-"])
    // Long layout with Chinese labels in the first column, written in GB18030.
    var lines = csv.split(separator: "\r\n").map(String.init)
    lines[0] = "名称,数值"
    let body = lines.joined(separator: "\r\n").replacingOccurrences(of: "\u{FEFF}", with: "")
    let utf8 = "\(dir)/wide-utf8.csv"
    try body.write(toFile: utf8, atomically: true, encoding: .utf8)
    let iconv = Process()
    iconv.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
    iconv.arguments = ["-f", "UTF-8", "-t", "GB18030", "-o", file, utf8]
    try iconv.run()
    iconv.waitUntilExit()
    let gb = try Data(contentsOf: URL(fileURLWithPath: file))
    #expect(String(data: gb, encoding: .utf8) == nil)
    let (status, out, err) = try CLI.run(["score", "--rubric", "ankang-selenium-2020", "--baseline", file])
    #expect(status == 0, "\(err)")
    #expect(out.contains("mean: 80.71 / 100"))
  }

  @Test func errorsNameRowAndColumn() throws {
    let file = "\(dir)/bad.csv"
    try "input,value\ngrain_sown_area_change,abc\nno_such_input,1\n".write(toFile: file, atomically: true, encoding: .utf8)
    let (status, _, err) = try CLI.run(["score", "--baseline", file])
    #expect(status == 2)
    #expect(err.contains("row 2, column 2: grain_sown_area_change: 'abc' is not a number"))
    #expect(err.contains("row 3, column 2: 'no_such_input' is not an input"))
  }

  @Test func analysisExportsCSVForSpreadsheets() throws {
    let file = "\(dir)/tornado.csv"
    let (status, _, _) = try CLI.run(["tornado", "-o", file])
    #expect(status == 0)
    let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: file)), as: UTF8.self)
    #expect(text.hasPrefix("\u{FEFF}input,label,low value,low score,high value,high score,swing\r\n"))
  }
}

@Suite(.serialized) struct JSONOutputTests {
  func json(_ args: [String]) throws -> Any {
    let (status, out, err) = try CLI.run(args)
    #expect(status == 0, "\(err)")
    return try JSONSerialization.jsonObject(with: Data(out.utf8))
  }

  @Test func explain() throws {
    let j = try json(["explain", "5", "--json", "--set", "grain_sown_area_change=-15%"]) as? [String: Any]
    #expect(j?["indicator"] as? String == "i5")
    let clauses = j?["clauses"] as? [[String: Any]] ?? []
    #expect(clauses.first?["result"] as? Double == -2)
    #expect((clauses.first?["applied"] as? [String])?.first?.hasPrefix("negative floor -2 applied") == true)
  }

  @Test func inputs() throws {
    let j = try json(["inputs", "sown_area", "--json"]) as? [[String: Any]] ?? []
    #expect(j.contains { $0["name"] as? String == "grain_sown_area_change" && $0["baseline"] as? String == "0%" })
  }

  @Test func lintRubricsAndTest() throws {
    let lint = try json(["lint", "--json"]) as? [String: Any]
    #expect(lint?["errors"] as? Int == 0)
    #expect((lint?["warnings"] as? Int ?? 0) >= 5)
    let rubrics = try json(["rubrics", "--json"]) as? [[String: Any]] ?? []
    #expect(rubrics.map { $0["id"] as? String ?? "" }.sorted() == ["ankang-selenium-2020", "yulin-grain-2019"])
    let tests = try json(["test", "--json", "scenarios/yulin-sown-area.kaohe"]) as? [[String: Any]] ?? []
    #expect(tests.first?["status"] as? String == "ok")
  }

  @Test func analyses() throws {
    let bp = try json(["breakpoints", "grain_sown_area_change", "--json"]) as? [String: Any]
    let values = (bp?["breakpoints"] as? [[String: Any]] ?? []).compactMap { $0["value"] as? Double }
    #expect(values == [-0.1, -0.05, 0])
    let seek = try json(["seek", "4.5", "for", "5", "by", "grain_output_change", "--json"]) as? [String: Any]
    #expect(seek?["objective"] as? [String: String] == ["kind": "indicator", "id": "i5"])
    #expect(seek?["outcome"] as? String == "exact")
  }

  @Test func runGivesEachCellItsStatus() throws {
    let file = Scratch.path("kaohe-run-json-\(getpid()).kaohe")
    try JSONSchemaTests.oldScenario.write(toFile: file, atomically: true, encoding: .utf8)
    let (status, out, err) = try CLI.run(["run", file, "--json"])
    #expect(status == 0)
    #expect(err.contains("note: rubric ankang-selenium-2020 has changed"))
    let j = try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any]
    let cells = j?["cells"] as? [[String: Any]] ?? []
    #expect(cells.map { $0["kind"] as? String ?? "" } == ["prose", "command", "command", "command"])
    #expect(cells.map { $0["index"] as? Int ?? 0 } == [1, 2, 3, 4])
    #expect(cells.compactMap { $0["status"] as? String } == ["ok", "ok", "error"])
    #expect(cells.compactMap { $0["matches"] as? Bool } == [true, false, true])
    #expect(cells[2]["output"] as? String == "mean 81.19 / 100  (baseline 80.71, +0.48)")
    #expect(j?["commands"] as? Int == 3)
    #expect(j?["errors"] as? Int == 1)
    #expect(j?["mismatches"] as? Int == 1)
    #expect(j?["rubricHash"] as? String != j?["recordedRubricHash"] as? String)
  }

  @Test func reportCountsWhatThePageHolds() throws {
    let page = Scratch.path("kaohe-report-json-\(getpid()).html")
    try? FileManager.default.removeItem(atPath: page)
    let j = try json(["report", "scenarios/ankang-analyses.kaohe", "-o", page, "--json"]) as? [String: Any]
    let html = try String(contentsOfFile: page, encoding: .utf8)
    #expect(j?["file"] as? String == page)
    #expect(j?["bytes"] as? Int == html.utf8.count)
    #expect(j?["charts"] as? Int == html.components(separatedBy: "<figure>").count - 1)
    #expect(j?["charts"] as? Int == 2)
    #expect(j?["commands"] as? Int == 9)
    #expect(j?["notes"] as? Int == 1)
  }

  @Test func baselineExportPrintsTheRowsOfTheCSV() throws {
    let args = ["baseline", "export", "--rubric", "ankang-selenium-2020", "--set", "gongxin.enterprises_cultivated=3"]
    let (_, csv, _) = try CLI.run(args + ["-o", "-"])
    let j = try json(args + ["-o", "-", "--json"]) as? [String: Any]
    let values = j?["values"] as? [[String: String]] ?? []
    let lines = csv.split(separator: "\r\n").dropFirst().map(String.init)
    #expect(values.count == lines.count)
    #expect(j?["rows"] as? Int == lines.count)
    let row = values.first { $0["input"] == "gongxin.enterprises_cultivated" }
    #expect(row?["value"] == "3家")
    let prefix = "gongxin.enterprises_cultivated,3家,家,\(row?["label"] ?? ""),"
    #expect(lines.contains { $0.hasPrefix(prefix) && $0.hasSuffix(",0家..1000家") })
    #expect(values.map { $0["input"] ?? "" } == lines.map { String($0.prefix { $0 != "," }) })
    let file = Scratch.path("kaohe-export-json-\(getpid()).csv")
    try? FileManager.default.removeItem(atPath: file)
    let written = try json(args + ["-o", file, "--json"]) as? [String: Any]
    #expect(written?["file"] as? String == file)
    #expect(written?["values"] == nil)
    #expect(FileManager.default.fileExists(atPath: file))
  }

  @Test func recoverListsAndRestores() throws {
    let state = Scratch.path("kaohe-recover-json-\(getpid())")
    try? FileManager.default.removeItem(atPath: state)
    try FileManager.default.createDirectory(atPath: state + "/kaohe/sessions", withIntermediateDirectories: true)
    let env = ["XDG_STATE_HOME": state]
    let (_, none, _) = try CLI.run(["recover", "--json"], environment: env)
    #expect(try JSONSerialization.jsonObject(with: Data(none.utf8)) as? [String: [String]] == ["sessions": []])
    let journal = [
      "kaohe scenario 1", "rubric: ankang-selenium-2020", "baseline: ankang-example-2020", "policies: ", "language: en",
      "---", "", "> set gongxin.enterprises_cultivated = 3", "", "> show total", "",
    ].joined(separator: "\n")
    // A process id above the kernel's limit, so the session's process is surely gone.
    let path = state + "/kaohe/sessions/session-1700000000-9999999.kaohe"
    try journal.write(toFile: path, atomically: true, encoding: .utf8)
    let out = Scratch.path("kaohe-recovered-json-\(getpid()).kaohe")
    try? FileManager.default.removeItem(atPath: out)
    let (status, text, err) = try CLI.run(["recover", "1", "-o", out, "--discard", "--json"], environment: env)
    #expect(status == 0, "\(err)")
    let j = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    let restored = j?["restored"] as? [String: Any]
    #expect(restored?["commands"] as? [String] == ["set gongxin.enterprises_cultivated = 3", "show total"])
    #expect(restored?["file"] as? String == out)
    #expect(restored?["discarded"] as? Bool == true)
    #expect((j?["sessions"] as? [[String: Any]])?.first?["last"] as? String == "show total")
    #expect(try String(contentsOfFile: out, encoding: .utf8).contains("  mean 81.19 / 100"))
    let (_, after, _) = try CLI.run(["recover", "--json"], environment: env)
    #expect(after.contains("\"sessions\" : [\n\n  ]"))
  }
}

@Suite(.serialized) struct ShellIntegrationTests {
  @Test(arguments: ["bash", "zsh", "fish"])
  func completionScripts(shell: String) throws {
    let (status, out, _) = try CLI.run(["--generate-completion-script", shell])
    #expect(status == 0)
    #expect(out.contains("breakpoints"))
    #expect(out.contains("montecarlo"))
  }

  @Test func version() throws {
    let (status, out, _) = try CLI.run(["--version"])
    #expect(status == 0)
    #expect(out.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
  }

  @Test func binaryCopiedAloneStillHasItsRubrics() throws {
    let dir = Scratch.path("kaohe-alone-\(getpid())")
    try? FileManager.default.removeItem(atPath: dir)
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let copy = dir + "/kaohe"
    try FileManager.default.copyItem(atPath: CLI.binary, toPath: copy)
    let p = Process()
    p.executableURL = URL(fileURLWithPath: copy)
    p.arguments = ["score", "--rubric", "ankang-selenium-2020"]
    p.currentDirectoryURL = URL(fileURLWithPath: dir)
    let out = Pipe()
    p.standardOutput = out
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    #expect(p.terminationStatus == 0)
    #expect(String(decoding: data, as: UTF8.self).contains("mean: 80.71 / 100"))
  }

  @Test func manualPageIsCurrent() throws {
    let page = try String(contentsOf: CLI.packageRoot.appendingPathComponent("docs/man/kaohe.1"), encoding: .utf8)
    let (_, help, _) = try CLI.run(["help"])
    for line in help.split(separator: "\n") where line.hasPrefix("  ") {
      guard let name = line.split(separator: " ").first, name.allSatisfy({ $0.isLetter }) else { continue }
      #expect(page.contains(".It Em \(name)") || page.contains("\(name)"), "man page lacks \(name): regenerate it (docs/shell-integration.md)")
    }
  }
}
