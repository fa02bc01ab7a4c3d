import KaoheAnalysis
import KaoheRubric
import Testing

@Suite struct DistributionTests {
  @Test(arguments: [
    ("normal(-1%, 2%)", Distribution.normal(mean: -0.01, sd: 0.02)),
    ("uniform(0, 10)", .uniform(lower: 0, upper: 10)),
    ("  Triangular( 0 , 5 , 10 ) ", .triangular(lower: 0, mode: 5, upper: 10)),
    ("uniform（0，10）", .uniform(lower: 0, upper: 10)),
    ("discrete(0 => 0.3, 1 => 0.7)", .discrete(values: [0, 1], probabilities: [0.3, 0.7])),
    ("discrete(2 => 30%, 3 => 70%)", .discrete(values: [2, 3], probabilities: [0.3, 0.7])),
  ])
  func parses(text: String, expected: Distribution) throws {
    #expect(try Distribution.parse(text) == expected)
  }

  @Test func readsValuesAsTheInputDoes() throws {
    let rubric = try Fixture.sample().rubric
    let plan = try #require(rubric.input(named: "plan_issued"))
    let county = try #require(rubric.input(named: "county_type"))
    let enterprises = try #require(rubric.input(named: "enterprises"))
    #expect(
      try Distribution.parse("discrete(true => 30%, false => 70%)", for: plan)
        == .discrete(values: [1, 0], probabilities: [0.3, 0.7]))
    #expect(
      try Distribution.parse("discrete(major_grain => 1)", for: county) == .discrete(values: [0], probabilities: [1]))
    #expect(try Distribution.parse("uniform(1家, 5家)", for: enterprises) == .uniform(lower: 1, upper: 5))
  }

  @Test(
    arguments: [
      (
        "", "distribution.expected-name", 0,
        "write normal(MEAN, SD), uniform(LO, HI), triangular(LO, MODE, HI) or discrete(V1 => P1, V2 => P2, …)"
      ),
      ("norml(0, 1)", "distribution.unknown-name", 0, "did you mean 'normal'?"),
      ("normal 0, 1", "distribution.expected", 7, nil),
      ("normal(0, 1", "distribution.expected", 11, nil),
      ("normal(0)", "distribution.argument-count", 6, nil),
      ("normal(0, x)", "distribution.bad-value", 10, "write a number such as 2, 0.5 or 2%"),
      ("uniform(5, 1)", "distribution.invalid", 0, nil),
      ("normal(0, -1)", "distribution.invalid", 0, nil),
      ("discrete(1, 2)", "distribution.expected-pair", 9, nil),
      ("discrete(1 => -1)", "distribution.invalid", 0, nil),
      ("discrete(1 => x)", "distribution.bad-value", 14, "a probability is a number such as 0.3 or 30%"),
    ] as [(String, String, Int, String?)])
  func errorsPointAtTheirPlace(text: String, id: String, position: Int, hint: String?) {
    #expect {
      try Distribution.parse(text)
    } throws: { error in
      guard let e = error as? DistributionParseError else { return false }
      return e.id == id && e.position == position && (hint == nil || e.hint == hint)
    }
  }

  @Test func quantilesAndMoments() {
    let u = Distribution.uniform(lower: 2, upper: 4)
    #expect(u.quantile(0.25) == 2.5)
    #expect(u.mean == 3)
    let t = Distribution.triangular(lower: 0, mode: 0, upper: 1)
    #expect(abs(t.quantile(0.75) - 0.5) < 1e-12)
    #expect(abs(t.variance - 1.0 / 18) < 1e-15)
    let d = Distribution.discrete(values: [1, 2, 3], probabilities: [1, 1, 2])
    #expect(d.quantile(0.2) == 1)
    #expect(d.quantile(0.3) == 2)
    #expect(d.quantile(0.6) == 3)
    #expect(d.mean == 2.25)
    #expect(abs(Distribution.standardNormalQuantile(0.975) - 1.959963985) < 1e-8)
    #expect(abs(Distribution.normal(mean: 1, sd: 2).quantile(0.5) - 1) < 1e-12)
  }

  @Test func descriptionReadsBack() throws {
    let d = Distribution.discrete(values: [0, 1], probabilities: [0.25, 0.75])
    #expect(d.description == "discrete(0 => 0.25, 1 => 0.75)")
    #expect(try Distribution.parse(d.description) == d)
  }
}
