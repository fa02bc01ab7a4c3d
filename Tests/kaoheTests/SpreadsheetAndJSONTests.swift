import Foundation
import Testing

@Suite(.serialized) struct SpreadsheetTests {
  let dir = NSTemporaryDirectory() + "kaohe-csv-\(getpid())"

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
    let dir = NSTemporaryDirectory() + "kaohe-alone-\(getpid())"
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
