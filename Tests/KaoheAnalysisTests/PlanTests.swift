import KaoheAnalysis
import Testing

@Suite struct PlanTests {
  @Test func cheapestSingleChangeByDefaultCosts() throws {
    // +0.3: a tenth of a grade (cost 0.1) beats 20 points of coverage or of reform.
    let r = try Plan.make(try Fixture.sampleContext(), target: 10.525)
    #expect(r.outcome == .reached)
    #expect(r.changes.map(\.input) == ["grade_change"])
    #expect(r.changes.map(\.to) == [0.1])
    #expect(r.cost == 0.1)
    #expect(r.score == 10.525)
  }

  @Test func partialMoveOfOneInput() throws {
    // +0.1 from reform alone: 1.5 per unit of completion → 6⅔ points (coverage would cost 20).
    let r = try Plan.make(
      try Fixture.sampleContext(), target: 10.325, options: PlanOptions(inputs: ["coverage", "reform_done"]))
    #expect(r.changes.map(\.input) == ["reform_done"])
    #expect(r.changes.map(\.to) == [0.816666667])
    #expect(abs(r.cost - 20.0 / 3) < 1e-6)
    #expect(r.score >= 10.325)
    #expect(r.exact)
  }

  @Test func stepPlusPartialMove() throws {
    // +0.5: coverage to 100% (+0.3, cost 20) and reform up 13⅓ points (+0.2) — cheaper than reform to
    // 100% (+0.375, cost 25) with coverage.
    let r = try Plan.make(
      try Fixture.sampleContext(), target: 10.725, options: PlanOptions(inputs: ["coverage", "reform_done"]))
    #expect(r.changes.map(\.input) == ["coverage", "reform_done"])
    #expect(r.changes.map(\.to) == [1.0, 0.883333333])
    #expect(abs(r.cost - (20 + 40.0 / 3)) < 1e-6)
    #expect(r.outcome == .reached)
    #expect(r.exact)
  }

  @Test func costsTableChangesTheAnswer() throws {
    // At 100 a unit a tenth of a grade costs 10, still less than 20 points of coverage; with
    // enterprises fixed (infinite cost) its cheap 8 points are out of reach.
    let r = try Plan.make(
      try Fixture.sampleContext(), target: 10.525,
      options: PlanOptions(
        costs: ["grade_change": 100, "enterprises": .infinity], inputs: ["grade_change", "coverage", "enterprises"]))
    #expect(r.changes.map(\.input) == ["grade_change"])
    #expect(r.cost == 10)
    // At 300 a unit the tenth of a grade costs 30: coverage to 100% (20) wins.
    let dearer = try Plan.make(
      try Fixture.sampleContext(), target: 10.525,
      options: PlanOptions(costs: ["grade_change": 300], inputs: ["grade_change", "coverage"]))
    #expect(dearer.changes.map(\.input) == ["coverage"])
    #expect(dearer.cost == 20)
  }

  @Test func booleanFlip() throws {
    let context = try Fixture.sampleContext(["plan_issued": 0])
    let r = try Plan.make(context, target: 10, options: PlanOptions(inputs: ["plan_issued", "violation"]))
    #expect(r.changes == [PlanChange(input: "plan_issued", kind: .boolean, from: 0, to: 1, cost: 1, gainAlone: 1)])
    #expect(r.score == 10.225)
  }

  @Test func unreachableTargetGivesTheBestPlan() throws {
    let r = try Plan.make(try Fixture.sampleContext(), target: 11, options: PlanOptions(inputs: ["coverage"]))
    #expect(r.outcome == .unreachable)
    #expect(r.changes.map(\.to) == [1.0])
    #expect(r.score == 10.525)
  }

  @Test func alreadyMet() throws {
    let r = try Plan.make(try Fixture.sampleContext(), target: 10)
    #expect(r.outcome == .alreadyMet)
    #expect(r.changes.isEmpty)
  }

  @Test(arguments: [(5.0, 5.0 / 3), (4.0, 4.0 / 3)])
  func inputsSharingACappedIndicator(target: Double, y: Double) throws {
    // 2x + 3y capped at 5: y is the cheaper way up, and past 5/3 it gains nothing more.
    let compiled = try Fixture.tiny(
      inputs: [("x", 0, 10), ("y", 0, 10)], clauses: [("c1", "2 * x"), ("c2", "3 * y")], points: 5)
    let r = try Plan.make(AnalysisContext(compiled: compiled, inputs: [0, 0]), target: target)
    #expect(r.changes.map(\.input) == ["y"])
    #expect(abs((r.changes.first?.to ?? 0) - y) < 1e-8)
    #expect(r.score >= target - 1e-9)
  }

  @Test func negativeCostIsAnError() throws {
    #expect {
      try Plan.make(try Fixture.sampleContext(), target: 11, options: PlanOptions(costs: ["coverage": -1]))
    } throws: { ($0 as? AnalysisError)?.id == "analysis.invalid-cost" }
  }
}
