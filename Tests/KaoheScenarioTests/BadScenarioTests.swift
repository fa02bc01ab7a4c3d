import Foundation
import KaoheDiagnostics
import Testing

@testable import KaoheScenario

/// Bad scenario files, one case each: every one gives one clear error naming the file and line
/// (or, where the file is in fact valid, parses correctly), and none crashes or stalls. What needs
/// a session (an unknown rubric, a changed rubric hash, bad policies in the header, invalid UTF-8
/// bytes) is checked through the CLI in Tests/kaoheTests/BadFileCLITests.swift.
@Suite struct BadScenarioTests {
  let header = "kaohe scenario 1\nrubric: ankang-selenium-2020 02b10264010e33ae\nbaseline: ankang-example-2020\nlanguage: en\n---\n"

  func error(_ text: String) -> Diagnostic? {
    do {
      _ = try ScenarioParser.parse(text, path: "bad.kaohe")
      return nil
    } catch {
      #expect(error.diagnostics.count == 1)
      return error.diagnostics.first
    }
  }

  @Test func emptyFile() {
    let d = error("")
    #expect(d?.id == "scenario.syntax")
    #expect(d?.location?.path == "bad.kaohe")
    #expect(d?.location?.line == 1)
  }

  @Test func binaryGarbage() {
    var state: UInt64 = 5
    let bytes = (0..<4096).map { _ -> UInt8 in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return UInt8(truncatingIfNeeded: state >> 56)
    }
    let d = error(String(decoding: bytes, as: UTF8.self))
    #expect(d?.message.hasPrefix("not a Kaohe scenario") == true)
    #expect(d?.location?.line == 1)
  }

  @Test func replacementCharactersFromInvalidUTF8AreKept() throws {
    let text = header + "\n" + String(decoding: [0x6E, 0x6F, 0x74, 0x65, 0x20, 0xFF, 0xFE], as: UTF8.self) + "\n"
    let s = try ScenarioParser.parse(text, path: "s.kaohe")
    #expect(s.cells == [.prose(["note \u{FFFD}\u{FFFD}"])])
  }

  @Test func byteOrderMark() throws {
    let s = try ScenarioParser.parse("\u{FEFF}" + header + "\n> show total\n  mean 80.71 / 100\n", path: "s.kaohe")
    #expect(s.header.rubric == "ankang-selenium-2020")
    #expect(s.commands == ["show total"])
  }

  @Test func windowsLineEndings() throws {
    let text = (header + "\nA note.\n\n> show total\n  mean 80.71 / 100\n\n  second\n").replacingOccurrences(of: "\n", with: "\r\n")
    let s = try ScenarioParser.parse(text, path: "s.kaohe")
    #expect(s.header.rubricHash == "02b10264010e33ae")
    #expect(s.cells == [.prose(["A note."]), .command("show total", output: ["mean 80.71 / 100", "", "second"])])
    #expect(error("kaohe scenario 1\r\nrubric: x\r\n")?.location?.line == 2)
  }

  @Test func oneMegabyteLines() throws {
    let long = String(repeating: "字", count: 1 << 20)
    let s = try ScenarioParser.parse(header + "\n\(long)\n\n> inputs \(long)\n  \(long)\n", path: "s.kaohe")
    #expect(s.cells.count == 2)
    #expect(s.commands.first?.count == 7 + (1 << 20))
    #expect(try ScenarioParser.parse(ScenarioPrinter.print(s), path: "p.kaohe").cells == s.cells)
  }

  @Test func hundredThousandLines() throws {
    let output = String(repeating: "  a line of output\n", count: 100_000)
    let text = header + "\n> show total\n" + output
    let s = try ScenarioParser.parse(text, path: "s.kaohe")
    guard case .command(_, let lines) = s.cells.first else {
      Issue.record("no command")
      return
    }
    #expect(lines.count == 100_000)
    #expect(ScenarioDiff.commandLines(s) == [7])
    #expect(text.split(separator: "\n", omittingEmptySubsequences: false)[6] == "> show total")
  }

  @Test func hundredThousandHeaderLinesWithoutEnd() {
    let d = error("kaohe scenario 1\nrubric: x\n" + String(repeating: "\n", count: 100_000))
    #expect(d?.message == "the header never ends: no '---' line")
    #expect(d?.location?.line == 100_002)
  }

  @Test func duplicateHeaderLine() {
    let d = error("kaohe scenario 1\nrubric: ankang-selenium-2020\nbaseline: a\nrubric: yulin-grain-2019\n---\n")
    #expect(d?.message == "the header gives 'rubric' twice")
    #expect(d?.location?.line == 4)
  }

  @Test(arguments: [
    ("kaohe scenario 2\n---\n", 1, "unsupported scenario version '2'"),
    ("kaohe scenario NaN\n---\n", 1, "unsupported scenario version 'NaN'"),
    ("kaohe scenario -0\n---\n", 1, "unsupported scenario version '-0'"),
    ("kaohe scenario 1e308\n---\n", 1, "unsupported scenario version '1e308'"),
    ("kaohe scenario 1\nrubric:\n---\n", 2, "the header has no 'rubric:' line"),
    ("kaohe scenario 1\nrubric: x\nno colon here\n---\n", 3, "header line should read 'key: value'"),
  ])
  func badHeaders(text: String, line: Int, message: String) {
    let d = error(text)
    #expect(d?.message == message)
    #expect(d?.location?.line == line)
  }

  @Test func cutOffInTheHeader() {
    let d = error(String(header.prefix(40)))
    #expect(d?.message == "the header never ends: no '---' line")
    #expect(d?.location?.line == 2)
  }

  @Test func cutOffHalfwayThroughACommand() throws {
    let s = try ScenarioParser.parse(header + "\n> show total\n  mean 80.71 / 100\n\n> set gongxin.enterprises_cul", path: "s.kaohe")
    #expect(s.commands == ["show total", "set gongxin.enterprises_cul"])
  }

  @Test func cutOffHalfwayThroughAnOutputLine() throws {
    let s = try ScenarioParser.parse(header + "\n> show total\n  mean 80.7", path: "s.kaohe")
    #expect(s.cells == [.command("show total", output: ["mean 80.7"])])
  }

  @Test func cutOffHalfwayThroughAWideCharacter() throws {
    let bytes = Array((header + "\n> inputs 企业").utf8).dropLast(1)
    let s = try ScenarioParser.parse(String(decoding: bytes, as: UTF8.self), path: "s.kaohe")
    #expect(s.commands == ["inputs 企\u{FFFD}"])
  }

  @Test func fuzzRegressions() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fuzz/Corpus/ScenarioFuzz")
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix("regression-") }
    for name in names.sorted() {
      let text = String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)
      do {
        let s = try ScenarioParser.parse(text, path: name)
        _ = try ScenarioParser.parse(ScenarioPrinter.print(s), path: name)
      } catch {
        #expect(error.diagnostics.allSatisfy { $0.location?.path == name }, "\(name)")
      }
    }
  }

  @Test func printedScenarioParsesAgain() throws {
    // What the fuzzer checks on every input it makes: printing a parsed scenario and parsing the
    // text again succeeds (a header value never breaks the header).
    let odd = "kaohe scenario 1\nrubric: \u{3000}x\u{3000}y\nbaseline: a: b\npolicies: =, a==b, ,\n---\n>\n> \n  x\n"
    let s = try ScenarioParser.parse(odd, path: "s.kaohe")
    let again = try ScenarioParser.parse(ScenarioPrinter.print(s), path: "s.kaohe")
    #expect(again.cells == s.cells)
  }
}
