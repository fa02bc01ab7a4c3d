import KaoheAnalysis
import Testing

@Suite struct GoalSeekTests {
  struct Case: Sendable, CustomStringConvertible {
    var input: String
    var target: Double
    var outcome: GoalSeekResult.Outcome
    var value: Double
    var score: Double
    var approach: GoalSeekResult.Approach = .at
    var description: String { "\(input) → \(target)" }
  }

  static let cases: [Case] = [
    // i1 = 2 + 40x between −10% and 0: 1.2 at −2%.
    Case(input: "sown_area_change", target: 9.425, outcome: .exact, value: -0.02, score: 9.425),
    // One tenth of a grade adds 0.3.
    Case(input: "grade_change", target: 10.525, outcome: .exact, value: 0.1, score: 10.525),
    // Weighted (30 × 2r + 20) / 40 = 1.4 at r = 60%.
    Case(input: "reform_done", target: 10.0, outcome: .exact, value: 0.6, score: 10.0),
    // 10.5 falls inside the jump at 100% coverage (10.225 → 10.525).
    Case(input: "coverage", target: 10.5, outcome: .crossing, value: 1.0, score: 10.525),
    // Below 50% completion the reform scores nothing: just under 50% the total drops to 9.1.
    Case(input: "reform_done", target: 9.5, outcome: .crossing, value: 0.5, score: 9.1, approach: .justBelow),
    // Three enterprises earn the 8 points.
    Case(input: "enterprises", target: 15, outcome: .crossing, value: 3, score: 18.225),
    // Coverage never gives more than 1.5.
    Case(input: "coverage", target: 11, outcome: .unreachable, value: 1.0, score: 10.525),
    Case(input: "coverage", target: 10.225, outcome: .alreadyMet, value: 0.8, score: 10.225),
  ]

  @Test(arguments: cases)
  func seeks(_ c: Case) throws {
    let r = try GoalSeek.seek(try Fixture.sampleContext(), input: c.input, target: c.target)
    #expect(r.outcome == c.outcome)
    #expect(r.value == c.value)
    #expect(r.score == c.score)
    #expect(r.approach == c.approach)
    #expect(r.exact)
  }

  @Test func seeksAnIndicatorFromTheNearestSide() throws {
    // i1 reaches 0 at −5% only; starting from −20% the answer is the same point.
    let r = try GoalSeek.seek(
      try Fixture.sampleContext(["sown_area_change": -0.2]), input: "sown_area_change", target: 0,
      objective: .indicator("i1"))
    #expect(r.value == -0.05)
    #expect(r.change == 0.15)
  }

  @Test func strictThresholdIsReportedAsJustAbove() throws {
    let compiled = try Fixture.tiny(inputs: [("x", 0, 10)], clauses: [("c1", "award(x > 4, 5)")])
    let r = try GoalSeek.seek(AnalysisContext(compiled: compiled, inputs: [0]), input: "x", target: 5)
    #expect(r.outcome == .exact)
    #expect(r.value == 4)
    #expect(r.approach == .justAbove)
  }
}
