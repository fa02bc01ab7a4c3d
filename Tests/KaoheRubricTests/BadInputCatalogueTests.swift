import Foundation
import KaoheDiagnostics
import KaoheTestSupport
import Testing

@testable import KaoheRubric

/// Bad rubric and baseline files, one case each: every one gives one clear error naming the file
/// and the place (or, where the input is in fact valid, loads and scores correctly), and none
/// crashes or stalls. The sizes are those of the catalogue in docs/reliability.md.
@Suite struct BadRubricFileTests {
  // MARK: Encoding and layout

  @Test func emptyFile() {
    let d = Fixture.diagnostics("")
    #expect(d.map(\.id) == ["yaml.empty"])
    #expect(d.first?.location?.path == "bad.yaml")
    #expect(d.first?.location?.line == 1)
  }

  @Test func onlyCommentsAndBlankLines() {
    #expect(Fixture.diagnostics("# nothing here\n\n   \n").map(\.id) == ["yaml.empty"])
  }

  @Test func binaryGarbageText() {
    var generator = SplitMix(seed: 7)
    let bytes = (0..<4096).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
    let d = Fixture.diagnostics(String(decoding: bytes, as: UTF8.self))
    #expect(d.count == 1)
    #expect(d.first?.id.hasPrefix("yaml.") == true, "got \(d.map(\.id))")
    #expect(d.first?.location?.line != nil)
  }

  @Test func binaryFileIsRefusedByName() throws {
    let path = try TemporaryFile.write(Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]), name: "rubric.bin")
    let d = diagnostics { () throws(DiagnosticError) in _ = try Catalog.rubric(path) }
    #expect(d.map(\.id) == ["file.binary"])
    #expect(d.first?.message.contains(path) == true)
  }

  @Test func emptyFileOnDisk() throws {
    // Read through a handle: FileManager.contents(atPath:) leaks a 4 KiB buffer for an empty
    // file, which AddressSanitizer reports when the process exits.
    let path = try TemporaryFile.write(Data(), name: "empty.yaml")
    #expect(try FileReading.data(at: path).isEmpty)
    let d = diagnostics { () throws(DiagnosticError) in _ = try Catalog.rubric(path) }
    #expect(d.map(\.id) == ["yaml.empty"])
    #expect(d.first?.location?.path == path)
  }

  #if os(Linux)
    @Test func fileThatReportsNoSizeIsReadWhole() throws {
      // Files under /proc report a size of 0 and still have contents.
      let data = try FileReading.data(at: "/proc/self/status")
      #expect(String(decoding: data, as: UTF8.self).contains("Name:"))
    }
  #endif

  @Test func fileOverSixteenMegabytesIsRefusedUnread() throws {
    let path = try TemporaryFile.write(Data(), name: "huge.yaml")
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.truncate(atOffset: UInt64(FileReading.maximumSize + 1))
    try handle.close()
    let d = diagnostics { () throws(DiagnosticError) in _ = try Catalog.rubric(path) }
    #expect(d.map(\.id) == ["file.too-large"])
    #expect(d.first?.message.contains(path) == true)
  }

  @Test func invalidUTF8NamesTheLine() throws {
    let text = Array("kaohe: 1\nid: x\ntitle: ".utf8) + [0xE6, 0x28, 0xFF] + Array("\ntotal: 1\n".utf8)
    let path = try TemporaryFile.write(Data(text), name: "latin.yaml")
    let d = diagnostics { () throws(DiagnosticError) in _ = try Catalog.rubric(path) }
    #expect(d.map(\.id) == ["file.not-utf8"])
    #expect(d.first?.location?.path == path)
    #expect(d.first?.location?.line == 3)
  }

  @Test func byteOrderMarkIsSkipped() throws {
    let path = try TemporaryFile.write(Data([0xEF, 0xBB, 0xBF] + Array(try Fixture.text("sample.yaml").utf8)), name: "bom.yaml")
    let compiled = try Catalog.rubric(path)
    #expect(compiled.rubric.id == "sample")
  }

  @Test func windowsLineEndingsLoadAndPlaceErrors() throws {
    let crlf = try Fixture.text("sample.yaml").replacingOccurrences(of: "\n", with: "\r\n")
    #expect(Fixture.diagnostics(crlf).isEmpty)
    let bad = crlf.replacingOccurrences(of: "total: 20", with: "total: twenty")
    let d = Fixture.diagnostics(bad)
    #expect(d.map(\.id) == ["yaml.expected-number"])
    #expect(d.first?.location?.line == 6)
    #expect(d.first?.location?.lineText == "total: twenty")
  }

  @Test func oneMegabyteLineOfText() throws {
    let long = String(repeating: "长", count: 1 << 20)
    let text = try Fixture.sampleReplacing("title: {zh: 示例考核评分表, en: Sample assessment}", with: "title: {zh: \(long), en: x}")
    let rubric = try RubricLoader.load(text: text, path: "long.yaml")
    #expect(rubric.title.zh.count == 1 << 20)
  }

  @Test func oneMegabyteKey() {
    // libyaml reads a plain key of at most 1024 characters.
    let key = String(repeating: "k", count: 1 << 20)
    let d = Fixture.diagnostics("kaohe: 1\n\(key): 1\n")
    #expect(d.map(\.id) == ["yaml.syntax"])
    #expect(d.first?.location?.line == 2)
  }

  @Test func hundredThousandLines() throws {
    let comments = String(repeating: "# a comment line\n", count: 100_000)
    let text = try Fixture.sampleReplacing("policies:\n", with: comments + "policies:\n")
    #expect(Fixture.diagnostics(text).isEmpty)
    let bad = text.replacingOccurrences(of: "total: 20", with: "total: [20]")
    #expect(Fixture.diagnostics(bad).first?.location?.line == 6)
  }

  @Test func twentyThousandDepartments() throws {
    // Reading them took time in proportion to the square of their number (minutes for 100 000).
    let departments = (0..<20_000).map { "  部门\($0): Department \($0)\n" }.joined()
    let text = try Fixture.sampleReplacing("departments:\n", with: "departments:\n" + departments)
    let rubric = try RubricLoader.load(text: text, path: "many.yaml")
    #expect(rubric.departments.count == 20_002)
  }

  // MARK: Nesting

  @Test func formulaNestedTenThousandDeep() throws {
    let formula = String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)
    let d = Fixture.diagnostics(try sampleWithFormula(formula))
    #expect(d.map(\.id) == ["formula.too-deep"])
    #expect(d.first?.location?.line == formulaLine)
  }

  @Test func formulaChainTenThousandLong() throws {
    // Found by fuzzing: a long `a + b + …` chain parsed without limit, and the checker's
    // recursion over it overflowed the stack.
    let formula = Array(repeating: "1", count: 10_000).joined(separator: " + ")
    let d = Fixture.diagnostics(try sampleWithFormula(formula))
    #expect(d.map(\.id) == ["formula.too-deep"])
    #expect(d.first?.location?.line == formulaLine)
  }

  @Test func yamlFlowNestedTenThousandDeep() {
    let text = "kaohe: 1\nid: x\nareas: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"
    let d = Fixture.diagnostics(text)
    #expect(d.map(\.id) == ["yaml.too-deep"])
    #expect(d.first?.location?.line == 3)
    #expect(d.first?.location?.column == 8 + YAMLNesting.maximumFlowDepth)
  }

  @Test func yamlBlockNestedTenThousandDeep() {
    let text = "kaohe: 1\nareas:\n" + String(repeating: "- ", count: 10_000) + "x\n"
    let d = Fixture.diagnostics(text)
    #expect(d.map(\.id) == ["yaml.too-deep"])
    #expect(d.first?.location?.line == 3)
  }

  @Test func yamlLineOfIndicatorsAloneTenThousandDeep() {
    // Nothing after the last `-`: each one still opens a sequence.
    let text = "kaohe: 1\nareas:\n" + String(repeating: "- ", count: 10_000) + "-\n"
    let d = Fixture.diagnostics(text)
    #expect(d.map(\.id) == ["yaml.too-deep"])
    #expect(d.first?.location?.line == 3)
  }

  @Test(arguments: ["\r", "\u{85}", "\u{2028}", "\u{2029}"])
  func yamlFlowNestedAfterOtherLineBreaks(newline: String) {
    // libyaml breaks lines at these too, so a `{` after one starts a collection.
    let text = ["kaohe: 1", "id: x", "areas:", String(repeating: "{", count: 10_000)].joined(separator: newline)
    let d = Fixture.diagnostics(text)
    #expect(d.map(\.id) == ["yaml.too-deep"])
    #expect(d.first?.location?.line == 4)
  }

  @Test func yamlLinesBreakAsLibyamlBreaksThem() {
    let lines = YAMLNesting.lines(Array("a\r\nb\rc\nd\u{85}e\u{2028}f\u{2029}g".utf8)).map { String(decoding: $0, as: UTF8.self) }
    #expect(lines == ["a", "b", "c", "d", "e", "f", "g"])
  }

  @Test func yamlIndentedThousandDeep() {
    let lines = (0..<1_000).map { String(repeating: " ", count: $0) + "k\($0):\n" }.joined()
    let d = Fixture.diagnostics("kaohe: 1\nx:\n" + lines)
    #expect(d.map(\.id) == ["yaml.too-deep"])
    #expect(d.first?.location?.line == 3 + YAMLNesting.maximumColumn + 1)
  }

  @Test func bracketsInQuotedTextAndBlockScalarsAreNotNesting() throws {
    let brackets = String(repeating: "[", count: 500)
    let text = try Fixture.sampleReplacing("doc: Continuous or whole points.", with: "doc: |\n      \(brackets) \"\n      '\(brackets)")
      .replacingOccurrences(of: "label: {zh: 扣分计数方式, en: How per-point deductions count}", with: "label: {zh: \"\(brackets)\", en: '\(brackets)'}")
    #expect(YAMLNesting.firstTooDeep(text) == nil)
    #expect(Fixture.diagnostics(text).isEmpty)
  }

  // MARK: Numbers

  @Test(arguments: [".nan", ".inf", "-.inf", "nan", "inf", "1e309"])
  func nonFiniteNumbersAreRefused(value: String) throws {
    let d = Fixture.diagnostics(try Fixture.sampleReplacing("total: 20", with: "total: \(value)"))
    #expect(d.map(\.id) == ["yaml.expected-number"])
    #expect(d.first?.location?.line == 6)
  }

  @Test func nonFiniteRangeIsRefused() throws {
    let d = Fixture.diagnostics(try Fixture.sampleReplacing("range: [-5, 5]", with: "range: [-.inf, 5]"))
    #expect(d.map(\.id) == ["yaml.expected-number"])
  }

  @Test func infiniteConstantInFormula() throws {
    let d = Fixture.diagnostics(try sampleWithFormula("1e309"))
    #expect(d.map(\.id) == ["formula.bad-number"])
    #expect(d.first?.location?.line == formulaLine)
  }

  @Test func hugeConstantInFormula() throws {
    // 1e308 is finite, but 1e308 * 10 - 1e308 * 10 would score NaN.
    let d = Fixture.diagnostics(try sampleWithFormula("1e308 * 10 - 1e308 * 10"))
    #expect(d.map(\.id) == ["formula.number-too-large"])
    #expect(d.first?.location?.line == formulaLine)
  }

  @Test func hugeNumberInRubric() throws {
    let d = Fixture.diagnostics(try Fixture.sampleReplacing("total: 20", with: "total: 1e308"))
    #expect(d.map(\.id) == ["yaml.number-too-large"])
    #expect(d.first?.location?.line == 6)
  }

  @Test func negativeZeroIsZero() throws {
    let text = try Fixture.sampleReplacing("range: [-5, 5]", with: "range: [-0, 5]\n    default: -0")
    let rubric = try RubricLoader.load(text: text, path: "zero.yaml")
    let input = try #require(rubric.input(named: "grade_change"))
    #expect(input.range == 0...5)
    #expect(ValueParser.format(input.defaultValue ?? 1, for: input) == "0等")
  }

  // MARK: Names and references

  @Test func duplicateIndicatorID() throws {
    let d = Fixture.diagnostics(try Fixture.sampleReplacing("- id: i6\n", with: "- id: i1\n"))
    #expect(d.map(\.id) == ["rubric.duplicate-name"])
    #expect(d.first?.location != nil)
  }

  @Test func duplicateInputName() throws {
    let d = Fixture.diagnostics(try Fixture.sampleReplacing("- name: grade_change", with: "- name: sown_area_change"))
    #expect(d.first?.id == "rubric.duplicate-name", "got \(d.map(\.id))")
    #expect(d.first?.location != nil)
  }

  @Test func duplicateYAMLKey() throws {
    let d = Fixture.diagnostics(try Fixture.sampleReplacing("total: 20\n", with: "total: 20\ntotal: 7\n"))
    #expect(d.map(\.id) == ["yaml.duplicate-key"])
    #expect(d.first?.location?.line == 7)
  }

  @Test func duplicateDepartment() throws {
    let d = Fixture.diagnostics(try Fixture.sampleReplacing("  统计局: Statistics Bureau\n", with: "  统计局: Statistics Bureau\n  统计局: Bureau of Statistics\n"))
    #expect(d.map(\.id) == ["yaml.duplicate-key"])
    #expect(d.first?.location?.line == 11)
  }

  @Test func unknownInputInFormula() throws {
    let d = Fixture.diagnostics(try sampleWithFormula("award(plan_isued, 1)"))
    #expect(d.map(\.id) == ["formula.unknown-name"])
    #expect(d.first?.hint?.contains("plan_issued") == true)
    #expect(d.first?.location?.line == formulaLine)
  }

  @Test func unknownClauseInFormula() throws {
    let d = Fixture.diagnostics(try sampleWithFormula("i9_missing_clause + 1"))
    #expect(d.map(\.id) == ["formula.unknown-name"])
    #expect(d.first?.location?.line == formulaLine)
  }

  @Test func unknownDepartmentIsReported() throws {
    let text = try Fixture.sampleReplacing("lead: [农业农村局]", with: "lead: [不存在局]")
    let compiled = try RubricCompiler.compile(try RubricLoader.load(text: text, path: "dept.yaml"))
    let d = Linter.lint(compiled).filter { $0.message.contains("不存在局") }
    #expect(d.count == 1)
    #expect(d.first?.location?.path == "dept.yaml")
  }

  @Test func cycleBetweenClauses() throws {
    let text = try sampleWithFormula("i2_grade + 1").replacingOccurrences(of: "if grade_change >= 0", with: "if i1_area >= 0")
    let d = Fixture.diagnostics(text)
    #expect(d.map(\.id) == ["formula.cycle"])
    #expect(d.first?.message.contains("i1_area") == true)
    #expect(d.first?.message.contains("i2_grade") == true)
  }

  @Test func clauseReadingItself() throws {
    let d = Fixture.diagnostics(try sampleWithFormula("i1_area + 1"))
    #expect(d.map(\.id) == ["formula.cycle"])
  }

  // MARK: Wrong YAML types

  @Test(arguments: [
    ("areas: 5", "yaml.expected-list", 5),
    ("areas: {a: 1}", "yaml.expected-list", 5),
    ("areas: [5]", "yaml.expected-mapping", 5),
    ("areas: []\ninputs: {a: 1}", "yaml.expected-list", 6),
    ("areas: []\ninputs: [[a]]", "yaml.expected-mapping", 6),
    ("areas: []\npolicies: true", "yaml.expected-list", 6),
    ("areas: [{id: a, title: A, points: [1], items: []}]", "yaml.expected-text", 5),
    ("areas: [{id: a, title: A, points: 1, items: 2}]", "yaml.expected-list", 5),
  ])
  func wrongYAMLTypes(tail: String, id: String, line: Int) {
    let d = Fixture.diagnostics("kaohe: 1\nid: x\ntitle: t\ntotal: 1\n" + tail + "\n")
    #expect(d.map(\.id) == [id], "got \(d.map(\.id)): \(d.map(\.message))")
    #expect(d.first?.location?.path == "bad.yaml")
    #expect(d.first?.location?.line == line)
  }

  @Test(arguments: ["total: [20]", "total: {points: 20}", "id: [sample]", "year: {a: 1}"])
  func wrongScalarTypes(line: String) throws {
    let key = String(line.prefix { $0 != ":" })
    let original = try Fixture.text("sample.yaml").split(separator: "\n").first { $0.hasPrefix(key + ":") } ?? ""
    let d = Fixture.diagnostics(try Fixture.sampleReplacing(String(original), with: line))
    #expect(d.map(\.id) == ["yaml.expected-text"], "got \(d.map(\.id))")
    #expect(d.first?.location?.line != nil)
  }

  @Test func rootIsAList() {
    let d = Fixture.diagnostics("- kaohe: 1\n- id: x\n")
    #expect(d.map(\.id) == ["yaml.expected-mapping"])
    #expect(d.first?.location?.line == 1)
  }

  // MARK: Helpers

  /// The line of the sample rubric's first clause formula (that of `i1_area`).
  var formulaLine: Int {
    let lines = (try? Fixture.text("sample.yaml"))?.split(separator: "\n", omittingEmptySubsequences: false) ?? []
    let clause = lines.firstIndex { $0.contains("- id: i1_area") } ?? 0
    return (lines[clause...].firstIndex { $0.contains("formula:") } ?? 0) + 1
  }

  /// The sample rubric with its first clause's formula replaced by `formula` on one line.
  func sampleWithFormula(_ formula: String) throws -> String {
    let text = try Fixture.text("sample.yaml")
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let start = formulaLine - 1
    let indent = lines[start].prefix { $0 == " " }
    var end = start + 1
    while end < lines.count, lines[end].prefix(while: { $0 == " " }).count > indent.count { end += 1 }
    lines.replaceSubrange(start..<end, with: ["\(indent)formula: '\(formula)'"])
    return lines.joined(separator: "\n")
  }
}

/// Bad baseline files (YAML and CSV), one case each.
@Suite struct BadBaselineFileTests {
  let compiled: CompiledRubric
  init() throws { compiled = try Fixture.sample() }

  func diagnostics(_ text: String, path: String = "b.yaml") -> [Diagnostic] {
    do {
      _ = try BaselineLoader.load(text: text, path: path, rubric: compiled.rubric)
      return []
    } catch {
      return error.diagnostics
    }
  }

  func replacing(_ old: String, _ new: String) throws -> String {
    let text = try Fixture.text("sample-baseline.yaml")
    guard text.contains(old) else { throw FixtureError.missing(old) }
    return text.replacingOccurrences(of: old, with: new)
  }

  func csvDiagnostics(_ data: Data) -> [Diagnostic] {
    do {
      _ = try BaselineCSV.load(data: data, path: "b.csv", rubric: compiled.rubric)
      return []
    } catch {
      return error.diagnostics
    }
  }

  /// The sample baseline as long-layout CSV.
  var csv: String {
    "input,value\nsown_area_change,0%\ngrade_change,0\ncoverage,80%\nreform_done,75%\nenterprises,2\nplan_issued,true\n"
      + "county_type,other\narea_a,30\narea_b,10\nadjustable_area,120\n"
  }

  // MARK: YAML

  @Test func emptyFile() {
    let d = diagnostics("")
    #expect(d.map(\.id) == ["yaml.empty"])
    #expect(d.first?.location?.line == 1)
  }

  @Test func binaryGarbage() {
    var generator = SplitMix(seed: 11)
    let d = diagnostics(String(decoding: (0..<4096).map { _ in UInt8(truncatingIfNeeded: generator.next()) }, as: UTF8.self))
    #expect(d.count == 1)
    #expect(d.first?.location?.line != nil)
  }

  @Test func invalidUTF8File() throws {
    let bytes = Array("kaohe: 1\nbaseline: b\nrubric: sample\nvalues:\n  area_a: 3".utf8) + [0xC0, 0xAF]
    let path = try TemporaryFile.write(Data(bytes), name: "b.yaml")
    do {
      _ = try Catalog.baseline(path, for: compiled.rubric)
      Issue.record("loaded")
    } catch {
      #expect(error.diagnostics.map(\.id) == ["file.not-utf8"])
      #expect(error.diagnostics.first?.location?.line == 5)
    }
  }

  @Test func byteOrderMarkAndWindowsLineEndings() throws {
    let text = "\u{FEFF}" + (try Fixture.text("sample-baseline.yaml")).replacingOccurrences(of: "\n", with: "\r\n")
    let baseline = try BaselineLoader.load(text: text, path: "b.yaml", rubric: compiled.rubric)
    #expect(baseline.values["coverage"] == 0.8)
    let d = diagnostics(text.replacingOccurrences(of: "coverage: 80%", with: "coverage: 300%"))
    #expect(d.map(\.id) == ["value.out-of-range"])
    #expect(d.first?.location?.line == 9)
  }

  @Test func oneMegabyteValue() throws {
    let d = diagnostics(try replacing("area_a: 30", "area_a: " + String(repeating: "9", count: 1 << 20)))
    #expect(d.map(\.id) == ["value.wrong-kind"])
    #expect(d.first?.location?.line == 14)
  }

  @Test func oneMegabyteName() throws {
    // libyaml reads a plain key of at most 1024 characters.
    let d = diagnostics(try replacing("area_a: 30", String(repeating: "a", count: 1 << 20) + ": 30"))
    #expect(d.map(\.id) == ["yaml.syntax"])
    #expect(d.first?.location?.line == 14)
  }

  @Test func hundredThousandUnknownNamesStopAfterFifty() throws {
    let names = (0..<100_000).map { "  unknown_\($0): 1\n" }.joined()
    let d = diagnostics(try replacing("values:\n", "values:\n" + names))
    #expect(d.count == BaselineLoader.maximumErrors + 1)
    #expect(d.last?.id == "baseline.too-many-errors")
    #expect(d.first?.location?.line == 7)
  }

  @Test func hundredThousandCommentLines() throws {
    let text = try replacing("values:\n", "values:\n" + String(repeating: "  # a comment\n", count: 100_000))
    #expect(diagnostics(text).isEmpty)
  }

  @Test func nestedTenThousandDeep() throws {
    let d = diagnostics(try replacing("area_a: 30", "area_a: " + String(repeating: "{a: ", count: 10_000) + "1" + String(repeating: "}", count: 10_000)))
    #expect(d.map(\.id) == ["yaml.too-deep"])
    #expect(d.first?.location?.line == 14)
  }

  @Test(arguments: [".nan", "nan", ".inf", "inf", "-.inf", "-inf", "1e309", "-1e309"])
  func nonFiniteValues(value: String) throws {
    let d = diagnostics(try replacing("adjustable_area: 120", "adjustable_area: \(value)"))
    #expect(d.count == 1)
    #expect(d.first?.id.hasPrefix("value.") == true, "got \(d.map(\.id))")
    #expect(d.first?.location?.line == 16)
  }

  @Test func hugeFiniteValue() throws {
    let d = diagnostics(try replacing("adjustable_area: 120", "adjustable_area: 1e308"))
    #expect(d.map(\.id) == ["value.too-large"])
    #expect(d.first?.message == "adjustable_area: 1e308 is too large: values are limited to ±1e15")
    #expect(d.first?.location?.line == 16)
  }

  @Test func negativeZero() throws {
    let baseline = try BaselineLoader.load(text: try replacing("sown_area_change: 0%", "sown_area_change: -0%"), path: "b.yaml", rubric: compiled.rubric)
    let input = try #require(compiled.rubric.input(named: "sown_area_change"))
    #expect(baseline.values["sown_area_change"] == 0)
    #expect(ValueParser.format(baseline.values["sown_area_change"] ?? 1, for: input) == "0%")
    let plain = try Fixture.sampleBaseline(compiled)
    #expect(compiled.evaluate(inputs: baseline.vector(for: compiled.rubric)).headline == compiled.evaluate(inputs: plain.vector(for: compiled.rubric)).headline)
  }

  @Test func valueGivenTwice() throws {
    let d = diagnostics(try replacing("area_a: 30\n", "area_a: 30\n  area_a: 31\n"))
    #expect(d.map(\.id) == ["baseline.duplicate"])
    #expect(d.first?.location?.line == 15)
  }

  @Test func duplicateTopLevelKey() throws {
    let d = diagnostics(try replacing("rubric: sample\n", "rubric: sample\nrubric: sample\n"))
    #expect(d.map(\.id) == ["yaml.duplicate-key"])
    #expect(d.first?.location?.line == 4)
  }

  @Test func unknownInput() throws {
    let d = diagnostics(try replacing("area_a: 30", "area_a: 30\n  area_c: 30"))
    #expect(d.map(\.id) == ["baseline.unknown-input"])
    #expect(d.first?.hint == "did you mean 'area_a'?")
  }

  @Test func baselineForAnotherRubric() throws {
    let d = diagnostics(try replacing("rubric: sample", "rubric: yulin-grain-2019"))
    #expect(d.map(\.id) == ["baseline.wrong-rubric"])
    #expect(d.first?.location?.line == 3)
  }

  @Test(arguments: [
    ("rubric: sample\nvalues: [1, 2]", "yaml.expected-mapping", 4),
    ("rubric: sample\nvalues: 3", "yaml.expected-mapping", 4),
    ("rubric: [sample]\nvalues: {}", "yaml.expected-text", 3),
    ("rubric: sample\nvalues: {area_a: [30]}", "baseline.bad-value", 4),
    ("rubric: sample\nvalues: {area_a: {v: 30}}", "baseline.bad-value", 4),
  ])
  func wrongYAMLTypes(tail: String, id: String, line: Int) {
    let d = diagnostics("kaohe: 1\nbaseline: b\n" + tail + "\n")
    #expect(d.first?.id == id, "got \(d.map(\.id))")
    #expect(d.first?.location?.line == line)
  }

  // MARK: CSV

  @Test func csvLoads() throws {
    let baseline = try BaselineCSV.load(data: Data(csv.utf8), path: "b.csv", rubric: compiled.rubric)
    #expect(baseline.values["coverage"] == 0.8)
  }

  @Test func csvEmpty() {
    let d = csvDiagnostics(Data())
    #expect(d.map(\.id) == ["csv.empty"])
    #expect(d.first?.location?.line == 1)
  }

  @Test func csvPathThatIsAFolder() throws {
    let path = URL(fileURLWithPath: Scratch.path("kaohe-\(UUID().uuidString).csv")).path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    let rubric = compiled.rubric
    let d = KaoheRubricTests.diagnostics { () throws(DiagnosticError) in _ = try Catalog.baseline(path, for: rubric) }
    #expect(d.map(\.id) == ["file.is-directory"])
  }

  @Test func csvBinaryGarbage() {
    var generator = SplitMix(seed: 13)
    let d = csvDiagnostics(Data((0..<4096).map { _ in UInt8(truncatingIfNeeded: generator.next()) }))
    #expect(!d.isEmpty)
    #expect(d.count <= BaselineLoader.maximumErrors + 1)
  }

  @Test func csvByteOrderMarkAndWindowsLineEndings() throws {
    let data = Data([0xEF, 0xBB, 0xBF] + Array(csv.replacingOccurrences(of: "\n", with: "\r\n").utf8))
    let baseline = try BaselineCSV.load(data: data, path: "b.csv", rubric: compiled.rubric)
    #expect(baseline.values["enterprises"] == 2)
  }

  @Test func csvBlankLinesKeepLineNumbers() {
    let d = csvDiagnostics(Data(csv.replacingOccurrences(of: "area_a,30", with: "\n\narea_a,thirty").utf8))
    #expect(d.map(\.id) == ["value.wrong-kind"])
    #expect(d.first?.location?.line == 11)
  }

  @Test func csvOneMegabyteCell() {
    let d = csvDiagnostics(Data(csv.replacingOccurrences(of: "area_a,30", with: "area_a," + String(repeating: "9", count: 1 << 20)).utf8))
    #expect(d.map(\.id) == ["value.wrong-kind"])
    #expect(d.first?.location?.line == 9)
  }

  @Test func csvHundredThousandUnknownRows() {
    let rows = (0..<100_000).map { "unknown_\($0),1\n" }.joined()
    let d = csvDiagnostics(Data((csv + rows).utf8))
    #expect(d.count == BaselineLoader.maximumErrors + 1)
    #expect(d.first?.location?.line == 12)
    #expect(d.last?.id == "baseline.too-many-errors")
  }

  @Test(arguments: ["nan", "inf", "-inf", "1e309"])
  func csvNonFiniteValues(value: String) {
    let d = csvDiagnostics(Data(csv.replacingOccurrences(of: "adjustable_area,120", with: "adjustable_area,\(value)").utf8))
    #expect(d.count == 1)
    #expect(d.first?.location?.line == 11)
  }

  @Test func csvDuplicateRow() {
    let d = csvDiagnostics(Data((csv + "area_a,31\n").utf8))
    #expect(d.map(\.id) == ["csv.duplicate"])
    #expect(d.first?.location?.line == 12)
  }

  @Test func csvUnknownInput() {
    let d = csvDiagnostics(Data(csv.replacingOccurrences(of: "area_a,30", with: "area_c,30").utf8))
    #expect(d.first?.id == "csv.unknown-input")
    #expect(d.first?.location?.line == 9)
  }
}

/// The inputs fuzzing found (Tests/Fuzz/Corpus/HARNESS/regression-*), replayed as the harnesses
/// run them: each must load or give diagnostics that all have a place, without crashing.
@Suite struct FuzzRegressionTests {
  static func files(_ harness: String) -> [URL] {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fuzz/Corpus/\(harness)")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasPrefix("regression-") }.sorted().map { folder.appendingPathComponent($0) }
  }

  @Test func rubricRegressions() throws {
    for url in Self.files("RubricFuzz") {
      let d = Fixture.diagnostics(String(decoding: try Data(contentsOf: url), as: UTF8.self))
      #expect(d.allSatisfy { $0.location != nil }, "\(url.lastPathComponent): \(d.map(\.id))")
    }
  }

  @Test func formulaRegressions() throws {
    for url in Self.files("FormulaFuzz") {
      let formula = String(decoding: try Data(contentsOf: url), as: UTF8.self).trimmingCharacters(in: .newlines)
      let text = try Fixture.sampleReplacing("formula: 'tiers(coverage, 100% => 1.5, 50% => 1.2, else: 0)'", with: "formula: '\(formula)'")
      let d = Fixture.diagnostics(text)
      #expect(d.allSatisfy { $0.location != nil }, "\(url.lastPathComponent): \(d.map(\.id))")
    }
  }

  @Test func baselineRegressions() throws {
    let yulin = try Catalog.rubric("yulin-grain-2019")
    for url in Self.files("BaselineFuzz") {
      let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
      let d = diagnostics { () throws(DiagnosticError) in _ = try BaselineLoader.load(text: text, path: "b.yaml", rubric: yulin.rubric) }
      #expect(d.count <= BaselineLoader.maximumErrors + 1, "\(url.lastPathComponent)")
    }
    for url in Self.files("BaselineCSVFuzz") {
      let data = try Data(contentsOf: url)
      let d = diagnostics { () throws(DiagnosticError) in _ = try BaselineCSV.load(data: data, path: "b.csv", rubric: yulin.rubric) }
      #expect(d.count <= BaselineLoader.maximumErrors + 1, "\(url.lastPathComponent)")
    }
  }
}

/// Files written for one test, in the temporary folder.
enum TemporaryFile {
  static func write(_ data: Data, name: String) throws -> String {
    let folder = URL(fileURLWithPath: Scratch.path("kaohe-bad-\(UUID().uuidString)"))
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    try data.write(to: url)
    return url.path
  }
}

/// The diagnostics `body` throws, or [] when it does not throw.
func diagnostics(_ body: () throws(DiagnosticError) -> Void) -> [Diagnostic] {
  do {
    try body()
    return []
  } catch {
    return error.diagnostics
  }
}
