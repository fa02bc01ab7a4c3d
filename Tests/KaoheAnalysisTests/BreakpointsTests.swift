import KaoheAnalysis
import Testing

@Suite struct BreakpointsTests {
  @Test func sownAreaHasKinksAtZeroAndTheFloorAndMarksWherePointsRunOut() throws {
    let r = try Breakpoints.find(try Fixture.sampleContext(), input: "sown_area_change")
    #expect(r.breakpoints.map(\.value) == [-0.10, -0.05, 0])
    #expect(r.breakpoints.map(\.kind) == [.kink, .pointsExhausted, .kink])
    // −10%: floor −2 reached; the slope is 0.4 per point = 40 per unit of the stored fraction.
    let floor = r.breakpoints[0]
    #expect(floor.scoreAt == 10.225 - 4)
    #expect(floor.slopeLeft == 0)
    #expect(floor.slopeRight == 40)
    #expect(r.breakpoints[1].scoreAt == 10.225 - 2)
    #expect(r.breakpoints[2].slopeLeft == 40)
    #expect(r.breakpoints[2].slopeRight == 0)
    #expect(r.breakpoints.allSatisfy { $0.sources == ["i1_area"] })
    #expect(r.from == -1 && r.to == 1)
    #expect(r.complete)
  }

  @Test func yulinGrainSownArea() throws {
    // Clause 5: 2 points, 0.4 off per point of decrease, 倒扣 down to −2.
    let context = try Fixture.yulinContext()
    let r = try Breakpoints.find(context, input: "grain_sown_area_change")
    #expect(r.breakpoints.map(\.value) == [-0.10, -0.05, 0])
    #expect(r.breakpoints.map(\.kind) == [.kink, .pointsExhausted, .kink])
    let total = try context.score(.headline)
    #expect(r.breakpoints.map(\.scoreAt) == [total - 4, total - 2, total].map { ($0 * 1e9).rounded() / 1e9 })
  }

  @Test func wholePointCountingTurnsTheSlopeIntoTenSteps() throws {
    let context = try Fixture.sampleContext(policies: ["deduction_counting": 1])
    let base = try context.score(.indicator("i1"))
    let r = try Breakpoints.find(context, input: "sown_area_change", objective: .indicator("i1"))
    #expect(r.breakpoints.map(\.value) == (1...10).reversed().map { -Double($0) / 100 })
    #expect(r.breakpoints.allSatisfy { $0.kind == .jump })
    let first = try #require(r.breakpoints.last)
    #expect(first.scoreLeft == base - 0.4)
    #expect(first.scoreAt == base - 0.4)
    #expect(first.scoreRight == base)
    #expect(r.breakpoints.first?.scoreAt == -2)
    #expect(r.breakpoints.first?.scoreRight == -1.6)
  }

  @Test func coverageTiersJump() throws {
    let r = try Breakpoints.find(try Fixture.sampleContext(), input: "coverage")
    #expect(r.breakpoints.map(\.value) == [0.5, 1.0])
    #expect(r.breakpoints.map(\.kind) == [.jump, .jump])
    #expect(r.breakpoints.map(\.scoreLeft) == [10.225 - 1.2, 10.225])
    #expect(r.breakpoints.map(\.scoreAt) == [10.225, 10.225 + 0.3])
    #expect(r.breakpoints.map(\.scoreRight) == [10.225, 10.225 + 0.3])
  }

  @Test func gradeChangeKinksWhereTheBranchesAndTheirLimitsMeet() throws {
    let r = try Breakpoints.find(try Fixture.sampleContext(), input: "grade_change")
    // Deducted to 0 at −0.48 (2.4 / 0.5 per 0.1), level at 0, capped at 3 from +0.2.
    #expect(r.breakpoints.map(\.value) == [-0.48, 0, 0.2])
    #expect(r.breakpoints.map(\.kind) == [.kink, .kink, .kink])
    #expect(r.breakpoints.map(\.slopeLeft) == [0, 5, 3])
    #expect(r.breakpoints.map(\.slopeRight) == [5, 3, 0])
  }

  @Test(arguments: [
    ("reform_done", [0.5]),
    ("adjustable_area", [100, 300]),
    ("enterprises", [3]),
    ("area_a", []),
  ])
  func sampleInputs(input: String, expected: [Double]) throws {
    #expect(try Breakpoints.find(try Fixture.sampleContext(), input: input).breakpoints.map(\.value) == expected)
  }

  @Test func narrowerRangeAndIndicatorObjective() throws {
    let r = try Breakpoints.find(
      try Fixture.sampleContext(), input: "adjustable_area", from: 150, to: 1000, objective: .indicator("i3"))
    #expect(r.breakpoints.map(\.value) == [300])
    #expect(r.breakpoints[0].scoreLeft == 3.2)
    #expect(r.breakpoints[0].scoreAt == 3.2)
    #expect(r.breakpoints[0].scoreRight == 2.2)
  }

  @Test func indicatorCapKinks() throws {
    let compiled = try Fixture.tiny(inputs: [("x", 0, 10)], clauses: [("c1", "2 * x"), ("c2", "1")], points: 5)
    let r = try Breakpoints.find(AnalysisContext(compiled: compiled, inputs: [0]), input: "x")
    #expect(r.breakpoints.map(\.value) == [2])
    #expect(r.breakpoints[0].kind == .kink)
    #expect(r.breakpoints[0].sources == ["i1 cap"])
  }

  @Test func nestedAndReferencedThresholdsAreSolvedNumerically() throws {
    let compiled = try Fixture.tiny(
      inputs: [("x", 0, 10)],
      clauses: [("c1", "min(x, 4)"), ("c2", "award(c1 >= 3, 1)"), ("c3", "tiers(max(x, 2) * 2, 15 => 1, else: 0)")])
    let r = try Breakpoints.find(AnalysisContext(compiled: compiled, inputs: [0]), input: "x")
    #expect(r.breakpoints.map(\.value) == [3, 4, 7.5])
    #expect(r.breakpoints.map(\.kind) == [.jump, .kink, .jump])
    #expect(r.breakpoints.map(\.sources) == [["c2"], ["c1"], ["c3"]])
  }

  @Test func roundingStepsAreListed() throws {
    let compiled = try Fixture.tiny(inputs: [("x", 0, 3)], clauses: [("c1", "round(x)")])
    let r = try Breakpoints.find(AnalysisContext(compiled: compiled, inputs: [0]), input: "x")
    #expect(r.breakpoints.map(\.value) == [0.5, 1.5, 2.5])
  }

  @Test func booleanInputIsRefused() throws {
    #expect {
      try Breakpoints.find(try Fixture.sampleContext(), input: "violation")
    } throws: { ($0 as? AnalysisError)?.id == "analysis.not-numeric" }
  }
}
