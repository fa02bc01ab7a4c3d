import KaoheDiagnostics
import KaoheTestSupport
import Testing

@testable import KaoheRubric

@Suite struct LoaderTests {
  @Test func formulaErrorsPointIntoTheYAMLFile() throws {
    let yaml = try Fixture.sampleReplacing("shortfall: -sown_area_change,", with: "shortfall: -sown_area_chang,")
    let d = Fixture.diagnostics(yaml)
    #expect(d.count == 1)
    #expect(d.first?.id == "formula.unknown-name")
    #expect(d.first?.hint == "did you mean 'sown_area_change'?")
    let line = yaml.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("sown_area_chang,") }
    #expect(d.first?.location?.line == (line ?? 0) + 1)
    let rendered = TestSupport.render(d)
    #expect(rendered.hasPrefix("bad.yaml:\((line ?? 0) + 1):"))
    #expect(rendered.contains("^~~~~~~~~~~~~~~"))
  }

  @Test func blockScalarFormulaErrorsFindTheirLine() throws {
    let yaml = try Fixture.sampleReplacing("else deduct(2.4, per: 0.5", with: "else deduct(2.4, pr: 0.5")
    let d = Fixture.diagnostics(yaml)
    let line = (yaml.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("pr: 0.5") } ?? 0) + 1
    #expect(d.first?.id == "formula.unknown-label")
    #expect(d.first?.location?.line == line)
    let text = d.first?.location?.lineText ?? ""
    let column = d.first?.location?.column ?? 0
    #expect(String(Array(text).dropFirst(column - 1)).hasPrefix("pr"))
  }

  @Test(arguments: [
    ("kind: percent\n    label: {zh: 粮食播种面积较上年变化", "kind: percnt\n    label: {zh: 粮食播种面积较上年变化", "rubric.bad-kind"),
    ("kaohe: 1", "kaohe: 2", "rubric.version"),
    ("total: 20", "totl: 20", "yaml.unknown-key"),
    ("points: 12\n    items:", "points: twelve\n    items:", "yaml.expected-number"),
    ("- id: i6\n", "- id: i1\n", "rubric.duplicate-name"),
    ("credit(enterprises, 3, 8,", "credit(i6_enterprises, 3, 8,", "formula.cycle"),
    ("tiers(coverage, 100% => 1.5, 50% => 1.2, else: 0)", "award(coverage, 1)", "formula.type-mismatch"),
    ("id: sample", "id: \"bad id!\"", "rubric.bad-id"),
    ("default: continuous", "default: continous", "rubric.bad-default"),
  ])
  func badRubricFiles(old: String, new: String, id: String) throws {
    let d = Fixture.diagnostics(try Fixture.sampleReplacing(old, with: new))
    #expect(d.map(\.id).contains(id), "got \(d.map(\.id))")
    #expect(d.allSatisfy { $0.location != nil || $0.id == "formula.cycle" })
  }

  @Test(arguments: [
    ("", "yaml.empty"), ("kaohe: [1\n", "yaml.syntax"), ("- a\n- b\n", "yaml.expected-mapping"),
    ("kaohe: 1\n", "yaml.missing-key"),
  ])
  func malformedFiles(text: String, id: String) {
    #expect(Fixture.diagnostics(text).first?.id == id)
  }

  @Test func byteOrderMarkAndWindowsLineEndings() throws {
    let text = "\u{FEFF}" + (try Fixture.text("sample.yaml")).replacingOccurrences(of: "\n", with: "\r\n")
    #expect(Fixture.diagnostics(text).isEmpty)
  }
}

@Suite struct BaselineTests {
  let compiled: CompiledRubric
  init() throws { compiled = try Fixture.sample() }

  func diagnostics(_ old: String, _ new: String) throws -> [Diagnostic] {
    let text = try Fixture.text("sample-baseline.yaml").replacingOccurrences(of: old, with: new)
    do {
      _ = try BaselineLoader.load(text: text, path: "b.yaml", rubric: compiled.rubric)
      return []
    } catch {
      return error.diagnostics
    }
  }

  @Test func loadsUnitsAndDefaults() throws {
    let b = try Fixture.sampleBaseline(compiled)
    #expect(b.values["enterprises"] == 2)
    #expect(b.values["coverage"] == 0.8)
    #expect(b.values["violation"] == 0)
    #expect(b.values["county_type"] == 1)
  }

  @Test(arguments: [
    ("coverage: 80%", "coverage: 300%", "value.out-of-range", 9),
    ("enterprises: 2家", "enterprises: 2万元", "value.wrong-kind", 11),
    ("plan_issued: true", "plan_issued: maybe", "value.wrong-kind", 12),
    ("county_type: other", "county_type: othr", "value.wrong-kind", 13),
    ("area_a: 30", "area_x: 30", "baseline.unknown-input", 14),
    ("sown_area_change: 0%", "sown_area_change: -3", "value.wrong-kind", 7),
  ])
  func badValuesNameFileLineAndInput(old: String, new: String, id: String, line: Int) throws {
    let d = try diagnostics(old, new)
    #expect(d.first?.id == id, "got \(d.map(\.id))")
    #expect(d.first?.location?.path == "b.yaml")
    #expect(d.first?.location?.line == line)
  }

  @Test func percentHint() throws {
    let d = try diagnostics("sown_area_change: 0%", "sown_area_change: -3")
    #expect(d.first?.hint == "write -3% for -3 percent, or a fraction such as -0.03")
  }

  @Test func missingValuesAreListed() throws {
    let d = try diagnostics("  adjustable_area: 120\n", "")
    #expect(d.first?.id == "baseline.missing-values")
    #expect(d.first?.message.contains("adjustable_area") == true)
  }

  @Test func wrongRubric() throws {
    #expect(try diagnostics("rubric: sample", "rubric: other").first?.id == "baseline.wrong-rubric")
  }
}
