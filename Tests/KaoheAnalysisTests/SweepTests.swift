import KaoheAnalysis
import Testing

@Suite struct SweepTests {
  @Test func sownAreaMovesOnlyIndicatorOne() throws {
    let grid = SampleGrid(from: -0.15, to: 0.05, spacing: .step(0.05))
    let r = try Sweep.run(try Fixture.sampleContext(), input: "sown_area_change", grid: grid)
    #expect(r.values == [-0.15, -0.1, -0.05, 0, 0.05])
    #expect(r.scores == [6.225, 6.225, 8.225, 10.225, 10.225])
    #expect(r.indicators == [SweepResult.Series(indicator: "i1", values: [-2, -2, 0, 2, 2])])
    #expect(r.baselineValue == 0)
    #expect(r.baselineScore == 10.225)
  }

  @Test func booleanSweepsBothValuesByDefault() throws {
    let r = try Sweep.run(try Fixture.sampleContext(), input: "plan_issued")
    #expect(r.values == [0, 1])
    #expect(r.scores == [9.225, 10.225])
    #expect(r.indicators.map(\.indicator) == ["i5"])
  }

  @Test func sweepsOneIndicator() throws {
    let grid = SampleGrid(from: 0, to: 1, spacing: .count(3))
    let r = try Sweep.run(try Fixture.sampleContext(), input: "coverage", grid: grid, objective: .indicator("3"))
    #expect(r.scores == [2, 3.2, 3.5])
  }

  @Test func unknownInputSuggestsTheClosestName() throws {
    #expect {
      try Sweep.run(try Fixture.sampleContext(), input: "coverag")
    } throws: { error in
      (error as? AnalysisError)?.id == "analysis.unknown-input"
        && (error as? AnalysisError)?.hint == "did you mean 'coverage'?"
    }
  }

  @Test(arguments: [
    (SampleGrid(from: 0, to: 1, spacing: .count(5)), [0, 0.25, 0.5, 0.75, 1.0]),
    (SampleGrid(from: 1, to: 0, spacing: .step(0.25)), [1, 0.75, 0.5, 0.25, 0]),
    (SampleGrid(from: 0, to: 0.3, spacing: .step(0.1)), [0, 0.1, 0.2, 0.3]),
    (SampleGrid(from: 0, to: 1, spacing: .step(0.3)), [0, 0.3, 0.6, 0.9]),
    (SampleGrid(from: 2, to: 5, spacing: .count(1)), [2]),
  ])
  func gridValues(grid: SampleGrid, expected: [Double]) throws {
    #expect(try grid.values() == expected)
  }

  @Test(arguments: [
    (SampleGrid(from: 0, to: 1, spacing: .step(0)), "analysis.invalid-step"),
    (SampleGrid(from: 0, to: 1, spacing: .count(0)), "analysis.invalid-points"),
    (SampleGrid(from: 0, to: 1e9, spacing: .step(1)), "analysis.too-many-points"),
    (SampleGrid(from: .nan, to: 1, spacing: .count(3)), "analysis.invalid-range"),
  ])
  func badGrids(grid: SampleGrid, id: String) {
    #expect { try grid.values() } throws: { ($0 as? AnalysisError)?.id == id }
  }
}
