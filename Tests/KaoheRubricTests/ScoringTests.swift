import KaoheFormula
import Testing

@testable import KaoheRubric

@Suite struct ScoringTests {
  let compiled: CompiledRubric
  let base: Baseline

  init() throws {
    compiled = try Fixture.sample()
    base = try Fixture.sampleBaseline(compiled)
  }

  func score(_ overrides: [String: Double] = [:], policies: [Double]? = nil) -> Evaluation {
    compiled.evaluate(inputs: Fixture.inputs(compiled, base, overrides), policies: policies)
  }

  @Test func baselineTotals() {
    let e = score()
    // i1 2 + i2 2.4 + i3 (1.2 + 2 = 3.2) + i5 (weighted (1.5×30 + 2×10)/40 = 1.625, + 1) + i6 0
    #expect(e.indicator("i1") == 2)
    #expect(e.indicator("i2") == 2.4)
    #expect(e.indicator("i3") == 3.2)
    #expect(e.clause("i5_reform") == 1.625)
    #expect(e.indicator("i5") == 2.625)
    #expect(e.indicator("i6") == 0)
    #expect(e.item("k1") == 7.6)
    #expect(e.area("a1") == 10.225)
    #expect(e.total() == 10.225)
  }

  @Test(arguments: [(-0.03, 0.8), (-0.05, 0.0), (-0.07, -0.8), (-0.15, -2.0), (0.02, 2.0)])
  func sownArea(change: Double, expected: Double) {
    #expect(score(["sown_area_change": change]).indicator("i1") == expected)
  }

  @Test func indicatorCapAndPolicySwitch() {
    // i3: tiers 1.5 + tiers_at_most 3 = 4.5 > 4 points.
    let over = ["coverage": 1.0, "adjustable_area": 50.0]
    #expect(score(over).indicator("i3") == 4)
    let capIndex = compiled.rubric.policies.firstIndex { $0.name == "cap_indicators" } ?? 0
    var policies = compiled.defaultPolicies
    policies[capIndex] = 0
    #expect(score(over, policies: policies).indicator("i3") == 4.5)
  }

  @Test func penaltyGoesBelowZeroAfterCap() {
    #expect(score(["violation": 1]).indicator("i5") == -1)
  }

  @Test func choiceAlternatives() {
    #expect(score(["county_type": 0, "plan_issued": 0]).clause("i5_alt") == 1)
    #expect(score(["county_type": 1, "plan_issued": 0]).clause("i5_alt") == 0)
  }

  @Test func explanationShowsReadsAndFloor() {
    let inputs = Fixture.inputs(compiled, base, ["sown_area_change": -0.15])
    guard let ind = compiled.rubric.indicator("1") else {
      Issue.record("indicator 1 missing")
      return
    }
    let e = compiled.explain(ind, inputs: inputs)
    #expect(e.score == -2)
    #expect(e.clauses[0].reads.map(\.symbol.qualifiedName) == ["sown_area_change", "deduction_counting"])
    #expect(e.clauses[0].events == [.floorApplied(raw: -4, floor: -2)])
  }

  @Test func explanationShowsIndicatorCap() {
    let inputs = Fixture.inputs(compiled, base, ["coverage": 1.0, "adjustable_area": 50.0])
    guard let ind = compiled.rubric.indicator("i3") else { return }
    #expect(compiled.explain(ind, inputs: inputs).cap == .indicatorCapped(raw: 4.5, cap: 4))
  }

  @Test func findsIndicatorsByNumberAndID() {
    #expect(compiled.rubric.indicator("4")?.id == "i3")
    #expect(compiled.rubric.indicator("i5")?.id == "i5")
    #expect(compiled.rubric.indicator("9") == nil)
  }

  @Test func readersAreDerivedFromFormulas() {
    #expect(compiled.readers["area_a"] == ["i5"])
    #expect(compiled.readers["sown_area_change"] == ["i1"])
  }
}
