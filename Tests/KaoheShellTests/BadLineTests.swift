import Foundation
import KaoheTestSupport
import KaoheRubric
import Testing

@testable import KaoheShell

/// Bad REPL lines, one case each, on a session of the Ankang rubric: every one gives one clear
/// error (with the line and a caret where the error points into it, and a hint) and leaves the
/// session as it was (or, where the line is in fact valid, works), and none crashes or stalls.
/// The lines found by fuzzing (Tests/Fuzz/Corpus/ReplFuzz/regression-*) are replayed here too.
@Suite struct BadLineTests {
  static let start: Session? = try? Session(workspace: Workspace.load(rubric: "ankang-selenium-2020", baseline: nil), allowWrites: false)

  func session() throws -> Session { try #require(Self.start) }

  /// Runs `line`; expects one error and an unchanged session.
  @discardableResult
  func refused(_ line: String, _ message: String? = nil, sourceLocation location: Testing.SourceLocation = #_sourceLocation)
    throws -> String
  {
    var s = try session()
    let r = s.run(line)
    #expect(r.isError, "\(r.output.prefix(200))", sourceLocation: location)
    #expect(r.output.hasPrefix("error: "), sourceLocation: location)
    #expect(r.output.components(separatedBy: "error: ").count == 2, "more than one error", sourceLocation: location)
    if let message { #expect(r.output.contains(message), "\(r.output.prefix(400))", sourceLocation: location) }
    #expect(s.workspace.inputs == (try session()).workspace.inputs, sourceLocation: location)
    #expect(s.workspace.policies == (try session()).workspace.policies, sourceLocation: location)
    return r.output
  }

  /// Runs `line`; expects it to work.
  func works(_ line: String, _ session: inout Session) -> String {
    let r = session.run(line)
    #expect(!r.isError, "\(line.prefix(80)): \(r.output.prefix(400))")
    return r.output
  }

  func value(_ s: Session, _ name: String) -> Double {
    s.workspace.inputs[s.workspace.rubric.inputs.firstIndex { $0.name == name } ?? 0]
  }

  // MARK: Encoding and layout

  @Test func emptyAndBlankLines() throws {
    var s = try session()
    for line in ["", "   ", "\t", " \t  "] {
      let r = s.run(line)
      #expect(!r.isError && r.output.isEmpty)
    }
    #expect(s.transcript.isEmpty)
  }

  @Test func binaryGarbage() throws {
    var state: UInt64 = 3
    let bytes = (0..<512).map { _ -> UInt8 in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let b = UInt8(truncatingIfNeeded: state >> 56)
      return b == 10 || b == 13 ? 0 : b
    }
    try refused("\u{1}" + String(decoding: bytes, as: UTF8.self), "unknown command")
  }

  @Test func invalidUTF8IsReplacedAndRefused() throws {
    try refused(String(decoding: [0x73, 0x68, 0x6F, 0xFF, 0x77], as: UTF8.self), "unknown command 'sho\u{FFFD}w'")
  }

  @Test func byteOrderMarkBeforeACommand() throws {
    var s = try session()
    #expect(works("\u{FEFF}show total", &s).contains("mean 80.71 / 100"))
  }

  @Test func windowsLineEnding() throws {
    var s = try session()
    _ = works("set gongxin.enterprises_cultivated = 3\r", &s)
    #expect(value(s, "gongxin.enterprises_cultivated") == 3)
    #expect(works("show total\r\n", &s).contains("mean 81.19 / 100"))
  }

  // MARK: Size

  @Test(arguments: [
    "", "set ", "set gongxin.enterprises_cultivated = ", "explain ", "show ", "help ", "policy ", "reset ", "diff ",
    "compare baseline ", "sweep ", "seek 90 by ", "vary ", "cost ", "breakpoints ", "table gongxin.enterprises_cultivated x ",
    "vary gongxin.enterprises_cultivated ~ normal(", "montecarlo ", "load rubric ",
  ])
  func oneMegabyteLine(command: String) throws {
    var s = try session()
    let r = s.run(command + String(repeating: "x", count: 1 << 20))
    #expect(r.isError)
    #expect(r.output.utf8.count < 5 << 20)
  }

  @Test func oneMegabyteFilterMatchesNothing() throws {
    var s = try session()
    let out = works("inputs " + String(repeating: "企", count: 1 << 20), &s)
    #expect(out.hasPrefix("no input matches"))
  }

  @Test func hundredThousandLines() throws {
    var s = try session()
    for i in 0..<100_000 { _ = s.run(i % 2 == 0 ? "# note \(i)" : "") }
    #expect(s.transcript.count == 50_000)
    #expect(works("show total", &s).contains("mean 80.71 / 100"))
  }

  @Test func deeplyNestedArgument() throws {
    let nested = String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)
    try refused("set gongxin.enterprises_cultivated = \(nested)", "too long")
    try refused("vary gongxin.enterprises_cultivated ~ normal(\(nested), 1)")
    try refused("seek \(nested) by gongxin.enterprises_cultivated", "is not a number")
  }

  // MARK: Numbers

  @Test(arguments: ["nan", "NaN", "inf", "-inf", "infinity", "1e309", "-1e309"])
  func nonFiniteValues(text: String) throws {
    try refused("set gongxin.enterprises_cultivated = \(text)")
    try refused("set gongxin.enterprises_cultivated += \(text)")
    try refused("set gongxin.enterprises_cultivated *= \(text)")
  }

  @Test func hugeValues() throws {
    try refused("set gongxin.enterprises_cultivated = 1e308", "too large")
    try refused("set gongxin.project_funds_secured *= 1e308")
    try refused("set gongxin.enterprises_cultivated /= 0", "cannot divide by zero")
    try refused("set gongxin.enterprises_cultivated /= 1e-308")
  }

  @Test func hugeMeanIsKeptWithinTheRange() throws {
    var s = try session()
    let out = works("vary gongxin.enterprises_cultivated ~ normal(1e308, 1)", &s)
    #expect(out.contains("normal(1e+308家, 1家)"))
    _ = works("montecarlo 100", &s)
  }

  @Test func negativeZeroIsZero() throws {
    var s = try session()
    let out = works("set gongxin.food_output_growth = -0%", &s)
    #expect(out.contains("→ 0%"))
    #expect(value(s, "gongxin.food_output_growth").sign == .plus || value(s, "gongxin.food_output_growth") == 0)
    #expect(works("show total", &s).contains("mean 80.71 / 100"))
  }

  @Test(arguments: [
    ("montecarlo nan", "needs a number of samples"), ("montecarlo 1e308", nil), ("montecarlo -1", nil), ("montecarlo 0", nil),
    ("montecarlo 10000001", "limit of 10000000"), ("sobol 1000001", "limit of 1000000"),
    ("sweep gongxin.enterprises_cultivated 0..10 points 100002", "100001"),
    ("sweep gongxin.enterprises_cultivated 0..1000 step 1e-9", "100001"),
    ("sweep gongxin.enterprises_cultivated 0..10 step 0", "above zero"), ("sweep gongxin.enterprises_cultivated nan..1", nil),
    ("sweep gongxin.enterprises_cultivated 0..inf", nil), ("seek nan by gongxin.enterprises_cultivated", nil),
    ("vary gongxin.enterprises_cultivated ~ normal(0, inf)", nil), ("vary gongxin.enterprises_cultivated ~ uniform(nan, 1)", nil),
    ("tornado ±nan", nil), ("tornado ±0%", nil),
  ] as [(String, String?)])
  func badAnalysisNumbers(line: String, message: String?) throws {
    var s = try session()
    if line.hasPrefix("montecarlo") || line.hasPrefix("sobol") {
      _ = works("vary gongxin.enterprises_cultivated ~ uniform(0, 5)", &s)
    }
    let r = s.run(line)
    #expect(r.isError, "\(r.output.prefix(300))")
    if let message { #expect(r.output.contains(message), "\(r.output.prefix(300))") }
  }

  // MARK: Names and references

  @Test func unknownInput() throws {
    try refused("set gongxin.enterprises_cultivatd = 3", "hint: did you mean 'gongxin.enterprises_cultivated'?")
  }

  @Test func unknownIndicator() throws {
    try refused("explain gongxin.t99")
  }

  @Test func unknownDepartment() throws {
    try refused("show 不存在局")
  }

  @Test func unknownCheckpoint() throws {
    try refused("compare baseline nosuch", "no checkpoint named 'nosuch'")
  }

  @Test func unknownPolicyValue() throws {
    try refused("policy partial_credit halfway")
  }

  @Test func duplicateCheckpointReplacesTheFirst() throws {
    var s = try session()
    _ = works("checkpoint a", &s)
    _ = works("set gongxin.enterprises_cultivated = 3", &s)
    _ = works("checkpoint a", &s)
    #expect(s.checkpoints["a"]?.inputs == s.workspace.inputs)
  }

  @Test func duplicateVaryReplacesTheFirst() throws {
    var s = try session()
    _ = works("vary gongxin.enterprises_cultivated ~ uniform(0, 5)", &s)
    _ = works("vary gongxin.enterprises_cultivated ~ uniform(1, 2)", &s)
    #expect(s.workspace.distributions.count == 1)
  }

  @Test func scenarioThatOpensItselfIsACycle() throws {
    let folder = URL(fileURLWithPath: Scratch.path("kaohe-cycle-\(UUID().uuidString)"))
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("self.kaohe").path
    try "kaohe scenario 1\nrubric: ankang-selenium-2020\n---\n\n> show total\n\n> open \(path)\n".write(toFile: path, atomically: true, encoding: .utf8)
    var s = try session()
    let r = s.run("open \(path)")
    #expect(r.output.contains("mean 80.71 / 100"))
    #expect(r.output.contains("error: "))
    #expect(s.workspace.inputs == (try session()).workspace.inputs)
  }

  // MARK: Wrong types

  @Test(arguments: [
    "set gongxin.work_planned = 3", "set gongxin.work_planned += 1", "set gongxin.enterprises_cultivated = true",
    "set gongxin.enterprises_cultivated = 3万元", "set gongxin.food_output_growth = 5", "set partial_credit = proportional",
    "policy cap_indicators maybe", "policy partial_credit on", "checkpoint", "compare a", "load spreadsheet x", "undo now",
  ])
  func wrongTypes(line: String) throws {
    try refused(line)
  }

  // MARK: Files

  @Test(arguments: ["save out.kaohe", "record out.kaohe", "export out.svg"])
  func replayedLinesMayNotWrite(line: String) throws {
    var s = try session()
    if line.hasPrefix("export") { _ = works("sweep gongxin.enterprises_cultivated 0..3", &s) }
    let r = s.run(line)
    #expect(r.isError)
    #expect(r.output.contains("--allow-write"))
    #expect(!FileManager.default.fileExists(atPath: "out.kaohe") && !FileManager.default.fileExists(atPath: "out.svg"))
  }

  @Test(arguments: [
    ("/nonexistent-kaohe-folder/out.kaohe", "does not exist"), ("/proc/kaohe-out.kaohe", "cannot write /proc/kaohe-out.kaohe"),
  ])
  func unwritablePlacesAreOneErrorAndTheSessionGoesOn(path: String, message: String) throws {
    var s = try session()
    s.allowWrites = true
    _ = works("set gongxin.enterprises_cultivated = 3", &s)
    let r = s.run("save \(path)")
    #expect(r.isError)
    #expect(r.output.contains(message), "\(r.output)")
    #expect(works("show total", &s).contains("mean 81.19 / 100"))
  }

  @Test func openedScenarioCannotStopTheSessionsRecording() throws {
    let folder = URL(fileURLWithPath: Scratch.path("kaohe-stop-\(UUID().uuidString)"))
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let recording = folder.appendingPathComponent("mine.kaohe").path
    let opened = folder.appendingPathComponent("other.kaohe").path
    try "kaohe scenario 1\nrubric: ankang-selenium-2020\n---\n\n> record stop\n".write(toFile: opened, atomically: true, encoding: .utf8)
    var s = try session()
    s.allowWrites = true
    _ = works("record \(recording)", &s)
    let r = s.run("open \(opened)")
    #expect(r.output.contains("--allow-write"))
    #expect(!FileManager.default.fileExists(atPath: recording))
    _ = works("record stop", &s)
    #expect(FileManager.default.fileExists(atPath: recording))
  }

  @Test func existingFileIsKeptWithoutForce() throws {
    let folder = URL(fileURLWithPath: Scratch.path("kaohe-keep-\(UUID().uuidString)"))
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("keep.kaohe").path
    try "precious\n".write(toFile: path, atomically: true, encoding: .utf8)
    var s = try session()
    s.allowWrites = true
    let r = s.run("save \(path)")
    #expect(r.isError)
    #expect(r.output.contains("--force"))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "precious\n")
    #expect(!s.run("save \(path) --force").isError)
    #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("kaohe scenario 1"))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains("kaohe-tmp") }
    #expect(leftovers.isEmpty)
  }

  // MARK: Found by fuzzing

  @Test func fuzzRegressions() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fuzz/Corpus/ReplFuzz")
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.filter { $0.hasPrefix("regression-") } ?? []
    for file in files.sorted() {
      let data = try Data(contentsOf: folder.appendingPathComponent(file))
      var s = try session()
      for line in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).prefix(64) {
        if line.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("open") { continue }
        if s.run(String(line)).quit { break }
      }
    }
  }
}
