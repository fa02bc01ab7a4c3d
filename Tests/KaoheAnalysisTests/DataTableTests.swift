import KaoheAnalysis
import Testing

@Suite struct DataTableTests {
  @Test func coverageAgainstEnterprises() throws {
    let r = try DataTable.run(
      try Fixture.sampleContext(), rows: "coverage", rowGrid: SampleGrid(from: 0, to: 1, spacing: .step(0.5)),
      columns: "enterprises", columnGrid: SampleGrid(from: 2, to: 3, spacing: .step(1)))
    #expect(r.rowValues == [0, 0.5, 1])
    #expect(r.columnValues == [2, 3])
    // 9.025 without the monitoring tier; tiers 0 / 1.2 / 1.5; credit 0 below 3 enterprises, 8 at 3.
    #expect(r.scores == [[9.025, 17.025], [10.225, 18.225], [10.525, 18.525]])
    #expect(r.baselineScore == 10.225)
  }

  @Test func oneIndicatorOverAChoiceAndABoolean() throws {
    let context = try Fixture.sampleContext(["plan_issued": 0])
    let r = try DataTable.run(context, rows: "county_type", columns: "plan_issued", objective: .indicator("i5"))
    // major_grain scores i5_alt either way; other only with a plan.
    #expect(r.scores == [[2.625, 2.625], [1.625, 2.625]])
  }

  @Test func sameInputTwiceIsAnError() throws {
    #expect {
      try DataTable.run(try Fixture.sampleContext(), rows: "coverage", columns: "coverage")
    } throws: { ($0 as? AnalysisError)?.id == "analysis.same-input" }
  }
}
