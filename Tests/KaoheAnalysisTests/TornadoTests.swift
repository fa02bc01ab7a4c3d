import KaoheAnalysis
import Testing

@Suite struct TornadoTests {
  @Test func ranksEveryInputByItsSwingOverTheDeclaredRange() throws {
    let r = try Tornado.run(try Fixture.sampleContext())
    #expect(
      r.bars.map(\.input) == [
        "enterprises", "sown_area_change", "violation", "grade_change", "adjustable_area", "coverage", "reform_done",
        "plan_issued", "area_a", "area_b", "county_type",
      ])
    let swings = Dictionary(uniqueKeysWithValues: r.bars.map { ($0.input, $0.swing) })
    #expect(swings["enterprises"] == 8)
    #expect(swings["sown_area_change"] == 4)
    #expect(swings["violation"] == 3.625)
    #expect(swings["grade_change"] == 3)
    #expect(swings["adjustable_area"] == 1.8)
    #expect(swings["county_type"] == 0)
    let grade = try #require(r.bars.first { $0.input == "grade_change" })
    #expect(grade.low == TornadoPoint(value: -5, score: 7.825))
    #expect(grade.high == TornadoPoint(value: 5, score: 10.825))
    let violation = try #require(r.bars.first { $0.input == "violation" })
    #expect(violation.low == TornadoPoint(value: 1, score: 6.6))
    #expect(violation.high == TornadoPoint(value: 0, score: 10.225))
    #expect(r.skipped.isEmpty)
  }

  @Test func relativeSpreadAndExplicitRanges() throws {
    let options = TornadoOptions(
      spread: .relative(0.1), ranges: ["adjustable_area": 90...110],
      inputs: ["coverage", "reform_done", "adjustable_area"])
    let r = try Tornado.run(try Fixture.sampleContext(), options: options)
    #expect(r.bars.map(\.input) == ["adjustable_area", "reform_done", "coverage"])
    // 90…110 万亩 crosses the 100 threshold: i3 3.2 → capped 4.
    #expect(r.bars[0].swing == 0.8)
    // reform 67.5% … 82.5%: weighted (1.35 × 30 + 20) / 40 = 1.5125 … 1.7375.
    #expect(r.bars[1].low == TornadoPoint(value: 0.675, score: 10.1125))
    #expect(r.bars[1].swing == 0.225)
    #expect(r.bars[2].swing == 0)
  }

  @Test func explicitRangeOnABooleanIsAnError() throws {
    #expect {
      try Tornado.run(try Fixture.sampleContext(), options: TornadoOptions(ranges: ["violation": 0...1]))
    } throws: { ($0 as? AnalysisError)?.id == "analysis.not-numeric" }
  }
}
