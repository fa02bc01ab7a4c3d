import Foundation
import KaoheTestSupport
import Testing

/// Bad files through the built `kaohe` binary, one case each: a non-zero exit status and a message
/// that names the file and the place (`FILE:LINE:COLUMN: error: …`), or, where the file is in fact
/// valid, success. None may crash (a signal would show as a status above 128) or stall.
@Suite(.serialized) struct BadFileCLITests {
  /// A fresh folder for one test's files.
  let folder: String = {
    let path = Scratch.path("kaohe-bad-files-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }()

  func file(_ name: String, _ bytes: [UInt8]) throws -> String {
    let path = folder + "/" + name
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  func file(_ name: String, _ text: String) throws -> String { try file(name, Array(text.utf8)) }

  var sample: String {
    get throws {
      try String(contentsOf: CLI.packageRoot.appendingPathComponent("Tests/KaoheRubricTests/Fixtures/sample.yaml"), encoding: .utf8)
    }
  }

  var sampleBaseline: String {
    get throws {
      try String(contentsOf: CLI.packageRoot.appendingPathComponent("Tests/KaoheRubricTests/Fixtures/sample-baseline.yaml"), encoding: .utf8)
    }
  }

  /// `kaohe lint PATH`: expects exit 2 and a first error at `PATH:line` (and column, when given).
  /// An error on a long line prints that line, more than a pipe holds: `longLine` reads the output
  /// from files instead.
  func lintFails(
    _ path: String, line: Int, column: Int? = nil, _ message: String, longLine: Bool = false,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let (status, _, err) = longLine ? try runWithFiles(["lint", path]) : try CLI.run(["lint", path])
    #expect(status == 2, "\(err.prefix(300))", sourceLocation: sourceLocation)
    let place = "\(path):\(line):" + (column.map { "\($0): " } ?? "")
    #expect(err.hasPrefix(place), "\(err.prefix(300))", sourceLocation: sourceLocation)
    #expect(err.contains("error: \(message)"), "\(err.prefix(300))", sourceLocation: sourceLocation)
  }

  // MARK: Rubric files

  @Test func emptyRubric() throws {
    try lintFails(try file("empty.yaml", ""), line: 1, column: 1, "the file is empty")
  }

  @Test func binaryRubric() throws {
    let path = try file("garbage.yaml", [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2, 0x3E, 0x00])
    let (status, _, err) = try CLI.run(["lint", path])
    #expect(status == 2)
    #expect(err.contains("\(path) contains NUL bytes"))
  }

  @Test func invalidUTF8Rubric() throws {
    let path = try file("latin1.yaml", Array("kaohe: 1\nid: x\n".utf8) + [0x74, 0x69, 0x74, 0x6C, 0x65, 0x3A, 0x20, 0xE9, 0x0A])
    try lintFails(path, line: 3, column: 1, "\(path) is not valid UTF-8 text")
  }

  @Test func byteOrderMarkAndWindowsLineEndingsAreFine() throws {
    let path = try file("crlf.yaml", [0xEF, 0xBB, 0xBF] + Array(try sample.replacingOccurrences(of: "\n", with: "\r\n").utf8))
    let (status, out, err) = try CLI.run(["lint", path])
    #expect(status == 0, "\(err)")
    #expect(out.contains("0 errors"))
  }

  @Test func oneMegabyteFormulaLine() throws {
    let chain = Array(repeating: "1", count: 300_000).joined(separator: "+")
    let text = try sample.replacingOccurrences(of: "formula: 'tiers(coverage, 100% => 1.5, 50% => 1.2, else: 0)'", with: "formula: '\(chain)'")
    let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("formula: '1+1") }.map { $0 + 1 } ?? 0
    try lintFails(try file("long.yaml", text), line: line, "formula is nested more than 200 levels deep", longLine: true)
  }

  @Test func hundredThousandLines() throws {
    let text = try sample.replacingOccurrences(of: "policies:\n", with: String(repeating: "# comment\n", count: 100_000) + "policies:\n")
      .replacingOccurrences(of: "range: [-5, 5]", with: "range: [5, -5]")
    let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("range: [5, -5]") }.map { $0 + 1 } ?? 0
    try lintFails(try file("long.yaml", text), line: line, "range low 5.0 is above high -5.0")
  }

  @Test func nestedTenThousandDeep() throws {
    let text = "kaohe: 1\nid: x\nareas: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"
    try lintFails(try file("deep.yaml", text), line: 3, column: 72, "YAML nested more than 64 levels deep", longLine: true)
  }

  @Test func formulaNestedTenThousandDeep() throws {
    let nested = String(repeating: "(", count: 10_000) + "x" + String(repeating: ")", count: 10_000)
    let text = try sample.replacingOccurrences(of: "formula: 'tiers(coverage, 100% => 1.5, 50% => 1.2, else: 0)'", with: "formula: '\(nested)'")
    let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("formula: '(((") }.map { $0 + 1 } ?? 0
    try lintFails(try file("deep.yaml", text), line: line, "formula is nested more than 200 levels deep", longLine: true)
  }

  @Test(arguments: [".nan", ".inf", "-.inf", "1e308"])
  func notANumber(value: String) throws {
    try lintFails(try file("nan.yaml", try sample.replacingOccurrences(of: "total: 20", with: "total: \(value)")), line: 6, column: 8, "total")
  }

  @Test func negativeZeroIsFine() throws {
    let path = try file("zero.yaml", try sample.replacingOccurrences(of: "range: [-5, 5]", with: "range: [-0, 5]"))
    let (status, _, err) = try CLI.run(["lint", path])
    #expect(status == 0, "\(err)")
  }

  @Test func duplicateID() throws {
    try lintFails(try file("dup.yaml", try sample.replacingOccurrences(of: "- id: i6\n", with: "- id: i1\n")), line: 138, "")
  }

  @Test func duplicateKey() throws {
    try lintFails(try file("dup.yaml", try sample.replacingOccurrences(of: "total: 20\n", with: "total: 20\ntotal: 7\n")), line: 7, column: 1, "'total' appears twice in the file")
  }

  @Test func unknownInput() throws {
    try lintFails(try file("unknown.yaml", try sample.replacingOccurrences(of: "award(plan_issued, 1)", with: "award(plan_isued, 1)")), line: 129, "unknown name 'plan_isued'")
  }

  @Test func unknownDepartmentWithStrict() throws {
    let path = try file("dept.yaml", try sample.replacingOccurrences(of: "lead: [农业农村局]", with: "lead: [不存在局]"))
    let (status, out, err) = try CLI.run(["lint", "--strict", path])
    #expect(status == 1)
    #expect((out + err).contains("\(path):"))
    #expect((out + err).contains("不存在局"))
  }

  @Test func cycle() throws {
    let text = try sample.replacingOccurrences(of: "credit(enterprises, 3, 8,", with: "credit(i6_enterprises, 3, 8,")
    try lintFails(try file("cycle.yaml", text), line: 146, column: 30, "circular reference: i6_enterprises → i6_enterprises")
  }

  @Test func wrongYAMLType() throws {
    try lintFails(try file("types.yaml", "kaohe: 1\nid: x\ntitle: t\ntotal: 1\nareas: 5\n"), line: 5, column: 8, "areas should be a list")
  }

  // MARK: Baseline files

  @Test func badBaselineValue() throws {
    let path = try file("b.yaml", try sampleBaseline.replacingOccurrences(of: "coverage: 80%", with: "coverage: 300%"))
    let rubric = CLI.packageRoot.appendingPathComponent("Tests/KaoheRubricTests/Fixtures/sample.yaml").path
    let (status, _, err) = try CLI.run(["score", "--rubric", rubric, "--baseline", path])
    #expect(status == 2)
    #expect(err.hasPrefix("\(path):9:"), "\(err)")
  }

  @Test func badBaselineCSV() throws {
    let path = try file("b.csv", "input,value\ngrain_sown_area_change,-3%\n\n\ncounty_type,neither\n")
    let (status, _, err) = try CLI.run(["score", "--baseline", path])
    #expect(status == 2)
    #expect(err.contains("\(path):5:"), "\(err)")
  }

  @Test func hundredThousandUnknownBaselineNames() throws {
    let names = (0..<100_000).map { "  unknown_\($0): 1\n" }.joined()
    let path = try file("many.yaml", try sampleBaseline.replacingOccurrences(of: "values:\n", with: "values:\n" + names))
    let rubric = CLI.packageRoot.appendingPathComponent("Tests/KaoheRubricTests/Fixtures/sample.yaml").path
    let (status, _, err) = try CLI.run(["score", "--rubric", rubric, "--baseline", path])
    #expect(status == 2)
    #expect(err.hasPrefix("\(path):7:"))
    #expect(err.contains("stopped after 50 errors"))
  }

  // MARK: Scenario files

  @Test func emptyScenario() throws {
    let path = try file("empty.kaohe", "")
    let (status, _, err) = try CLI.run(["run", path])
    #expect(status == 2)
    #expect(err.hasPrefix("\(path):1:1: error: not a Kaohe scenario"), "\(err)")
  }

  @Test func binaryScenario() throws {
    let path = try file("garbage.kaohe", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0xFF, 0xFE])
    let (status, _, err) = try CLI.run(["test", path])
    #expect(status == 1)
    #expect(err.contains("\(path):1:1: error: "), "\(err)")
  }

  @Test func invalidUTF8Scenario() throws {
    let path = try file("latin1.kaohe", Array("kaohe scenario 1\nrubric: ankang-selenium-2020\n---\n\n> inputs ".utf8) + [0xE9, 0x0A])
    let (status, _, err) = try CLI.run(["test", path])
    #expect(status == 1)
    #expect(err.contains("\(path):5:1: error: \(path) is not valid UTF-8 text"), "\(err)")
  }

  @Test func byteOrderMarkAndWindowsLineEndingsScenario() throws {
    let text = "kaohe scenario 1\nrubric: ankang-selenium-2020\nbaseline: ankang-example-2020\n---\n\n> show total\n  mean 80.71 / 100\n"
    let path = try file("crlf.kaohe", [0xEF, 0xBB, 0xBF] + Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8))
    let (status, out, err) = try CLI.run(["test", path])
    #expect(status == 0, "\(out)\(err)")
  }

  @Test func scenarioWithUnknownRubric() throws {
    let path = try file("unknown.kaohe", "kaohe scenario 1\nrubric: nosuch-rubric\n---\n\n> show total\n")
    let (status, _, err) = try CLI.run(["run", path])
    #expect(status == 2)
    #expect(err.hasPrefix("\(path):2:1: error: no rubric 'nosuch-rubric'"), "\(err)")
  }

  @Test func scenarioWithBadPolicy() throws {
    let path = try file("policy.kaohe", "kaohe scenario 1\nrubric: ankang-selenium-2020\npolicies: cap_indicators=nan\n---\n\n> show total\n")
    let (status, _, err) = try CLI.run(["test", path])
    #expect(status == 1)
    #expect(err.contains("\(path):3:1: error: 'nan' is not a value of cap_indicators"), "\(err)")
  }

  @Test func scenarioWhoseRubricHashDiffers() throws {
    let path = try file("old.kaohe", "kaohe scenario 1\nrubric: ankang-selenium-2020 0000000000000000\nbaseline: ankang-example-2020\n---\n\n> show total\n  mean 80.71 / 100\n")
    let (status, out, err) = try CLI.run(["test", path])
    #expect(status == 0, "\(out)\(err)")
    #expect((out + err).contains("\(path): rubric ankang-selenium-2020 has changed since this scenario was recorded (hash 0000000000000000"))
    let (s2, _, e2) = try CLI.run(["run", path])
    #expect(s2 == 0)
    #expect(e2.contains("has changed since this scenario was recorded"))
  }

  @Test func scenarioCutOffInTheHeader() throws {
    let path = try file("cut.kaohe", "kaohe scenario 1\nrubric: ankang-selenium-2020\nbaseline: ankang-exam")
    let (status, _, err) = try CLI.run(["test", path])
    #expect(status == 1)
    #expect(err.contains("\(path):3:1: error: the header never ends"), "\(err)")
  }

  @Test func scenarioCutOffHalfwayThroughACell() throws {
    let path = try file("cut.kaohe", "kaohe scenario 1\nrubric: ankang-selenium-2020\nbaseline: ankang-example-2020\n---\n\n> show total\n  mean 80.71 / 100\n\n> set gongxin.enterprises_cul")
    let (status, out, _) = try CLI.run(["test", path])
    #expect(status == 1)
    // Line 9 of the file as written (Kaohe would print it two lines lower, with policies and language).
    #expect(out.contains("--- \(path):9 (recorded) cell 2: > set gongxin.enterprises_cul"), "\(out)")
    let (s2, replayed, _) = try CLI.run(["run", path])
    #expect(s2 == 0)
    #expect(replayed.contains("> set gongxin.enterprises_cul\n  error: "))
  }

  @Test func replayedScenarioDoesNotWrite() throws {
    let target = folder + "/written.kaohe"
    let path = try file("writes.kaohe", "kaohe scenario 1\nrubric: ankang-selenium-2020\n---\n\n> save \(target)\n")
    let (status, out, _) = try CLI.run(["run", path])
    #expect(status == 0)
    #expect(out.contains("--allow-write"))
    #expect(!FileManager.default.fileExists(atPath: target))
    let (s2, _, _) = try CLI.run(["run", "--allow-write", path])
    #expect(s2 == 0)
    #expect(FileManager.default.fileExists(atPath: target))
  }

  // MARK: REPL input

  @Test func pipedREPLWithByteOrderMarkAndWindowsLineEndings() throws {
    let (status, out, err) = try CLI.run(["repl", "--rubric", "ankang-selenium-2020"], input: "\u{FEFF}set gongxin.enterprises_cultivated = 3\r\nshow total\r\n")
    #expect(status == 0)
    #expect(err.isEmpty, "\(err)")
    #expect(out.contains("mean 81.19 / 100"))
  }

  @Test func pipedREPLWithAMegabyteLineGoesOn() throws {
    let input = try file("input.txt", "explain " + String(repeating: "x", count: 1 << 20) + "\nshow total\n")
    let (status, out, err) = try runWithFiles(["repl", "--rubric", "ankang-selenium-2020"], stdin: input)
    #expect(status == 0)
    #expect(err.hasPrefix("error: "))
    #expect(out.contains("mean 80.71 / 100"))
  }

  /// Like `CLI.run`, with standard input, output and error in files (a pipe would fill up with
  /// megabytes on both sides).
  func runWithFiles(_ arguments: [String], stdin: String? = nil) throws -> (Int32, String, String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: CLI.binary)
    p.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env["XDG_STATE_HOME"] = folder + "/state"
    p.environment = env
    let outPath = folder + "/stdout"
    let errPath = folder + "/stderr"
    _ = FileManager.default.createFile(atPath: outPath, contents: nil)
    _ = FileManager.default.createFile(atPath: errPath, contents: nil)
    p.standardInput = stdin.flatMap { FileHandle(forReadingAtPath: $0) } ?? FileHandle.nullDevice
    p.standardOutput = FileHandle(forWritingAtPath: outPath)
    p.standardError = FileHandle(forWritingAtPath: errPath)
    try p.run()
    p.waitUntilExit()
    return (p.terminationStatus, try String(contentsOfFile: outPath, encoding: .utf8), try String(contentsOfFile: errPath, encoding: .utf8))
  }
}
