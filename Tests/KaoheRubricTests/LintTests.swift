import KaoheDiagnostics
import Testing

@testable import KaoheRubric

@Suite struct LintTests {
  func lint(_ yaml: String) throws -> [Diagnostic] {
    Linter.lint(try RubricCompiler.compile(try RubricLoader.load(text: yaml, path: "l.yaml")))
  }

  @Test func sampleFindings() throws {
    let ids = try lint(try Fixture.text("sample.yaml")).map(\.id)
    // i3: clauses 1.5 + 3 = 4.5 against 4; i5: 2 + 1 = 3 (penalty not counted) is consistent.
    #expect(ids == ["lint.indicator-sum"])
  }

  @Test func clauseExceedingIndicator() throws {
    let yaml = try Fixture.sampleReplacing("points: 2\n                text: 粮食", with: "points: 2.5\n                text: 粮食")
    #expect(try lint(yaml).map(\.id).contains("lint.clause-exceeds-indicator"))
  }

  @Test func sumsOfItemsAreasAndTotal() throws {
    var yaml = try Fixture.sampleReplacing("points: 9\n", with: "points: 8\n")
    yaml = yaml.replacingOccurrences(of: "total: 20", with: "total: 100")
    let ids = try lint(yaml).map(\.id)
    #expect(ids.contains("lint.item-sum"))
    #expect(ids.contains("lint.area-sum"))
    #expect(ids.contains("lint.total"))
  }

  @Test func unusedInput() throws {
    let yaml = try Fixture.sampleReplacing("  - name: coverage\n", with: "  - name: unused_thing\n    kind: count\n    label: {zh: 未用, en: unused}\n  - name: coverage\n")
    #expect(try lint(yaml).contains { $0.id == "lint.unused-input" && $0.message.contains("unused_thing") })
  }

  @Test func unreachableTiers() throws {
    let yaml = try Fixture.sampleReplacing("100% => 1.5, 50% => 1.2", with: "50% => 1.5, 100% => 1.2")
    let d = try lint(yaml).filter { $0.id == "lint.unreachable-tier" }
    #expect(d.count == 1)
    #expect(d.first?.message.hasPrefix("tier 1 can never be reached") == true)
    let beyond = try Fixture.sampleReplacing("100 => 3, 300 => 2", with: "100 => 3, 3000 => 2")
    #expect(try lint(beyond).contains { $0.id == "lint.unreachable-tier" } == false)
    let range = try Fixture.sampleReplacing("100% => 1.5, 50% => 1.2", with: "300% => 1.5, 50% => 1.2")
    #expect(try lint(range).contains { $0.id == "lint.unreachable-tier" && $0.message.contains("range") })
  }

  @Test func unknownDepartment() throws {
    let yaml = try Fixture.sampleReplacing("lead: [统计局]", with: "lead: [统计厅]")
    #expect(try lint(yaml).contains { $0.id == "lint.unknown-department" })
  }
}
