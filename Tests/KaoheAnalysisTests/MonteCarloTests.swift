import KaoheAnalysis
import Testing

@Suite struct MonteCarloTests {
  /// A rubric scoring 2x + 1 for x in 0 … 10.
  static func linear() throws -> AnalysisContext {
    let compiled = try Fixture.tiny(inputs: [("x", 0, 10)], clauses: [("c1", "2 * x + 1")])
    return AnalysisContext(compiled: compiled, inputs: [5])
  }

  @Test func linearClauseMatchesTheAnalyticMoments() throws {
    let options = MonteCarloOptions(samples: 20_000, seed: 11, threshold: 16, bins: 10)
    let r = try MonteCarlo.run(try Self.linear(), distributions: ["x": .uniform(lower: 0, upper: 10)], options: options)
    // 2x + 1 with x ~ U(0, 10): mean 11, sd 20/√12 ≈ 5.7735, median 11, P(≥ 16) = P(x ≥ 7.5) = 0.25.
    #expect(abs(r.mean - 11) < 4 * r.standardError)
    #expect(abs(r.standardDeviation - 20 / 12.0.squareRoot()) < 0.1)
    #expect(abs(r.percentiles[2].value - 11) < 0.2)
    #expect(r.percentiles.map(\.level) == [5, 25, 50, 75, 95])
    #expect(abs((r.probabilityOfThreshold ?? 0) - 0.25) < 0.015)
    #expect(r.histogram.count == 10)
    #expect(r.histogram.reduce(0) { $0 + $1.count } == 20_000)
    #expect(r.minimum >= 1 && r.maximum <= 21)
    #expect(r.baselineScore == 11)
  }

  @Test func sampleRubricCoverageTiers() throws {
    // coverage ~ U(0, 2): tier 0 with probability 1/4, 1.2 with 1/4, 1.5 with 1/2 → mean 9.025 + 1.05.
    let options = MonteCarloOptions(samples: 40_000, seed: 5, threshold: 10.5)
    let r = try MonteCarlo.run(
      try Fixture.sampleContext(), distributions: ["coverage": .uniform(lower: 0, upper: 2)], options: options)
    #expect(abs(r.mean - 10.075) < 4 * r.standardError)
    #expect(abs((r.probabilityOfThreshold ?? 0) - 0.5) < 0.01)
    #expect(r.percentiles.map(\.value) == [9.025, 10.225, 10.525, 10.525, 10.525])
  }

  @Test func samplesAreClampedToTheDeclaredRange() throws {
    let r = try MonteCarlo.run(
      try Self.linear(), distributions: ["x": .normal(mean: 5, sd: 100)], options: MonteCarloOptions(samples: 2000))
    #expect(r.minimum == 1)
    #expect(r.maximum == 21)
  }

  @Test func resultDependsOnlyOnTheSeed() throws {
    let context = try Fixture.sampleContext()
    let d: [String: Distribution] = [
      "sown_area_change": .normal(mean: -0.01, sd: 0.02), "coverage": .triangular(lower: 0.4, mode: 0.8, upper: 1.2),
      "plan_issued": .discrete(values: [0, 1], probabilities: [0.2, 0.8]),
    ]
    let a = try MonteCarlo.run(context, distributions: d, options: MonteCarloOptions(samples: 10_000, seed: 3))
    let b = try MonteCarlo.run(context, distributions: d, options: MonteCarloOptions(samples: 10_000, seed: 3))
    let c = try MonteCarlo.run(context, distributions: d, options: MonteCarloOptions(samples: 10_000, seed: 4))
    #expect(a == b)
    #expect(a.mean != c.mean)
    #expect(a.variables == ["sown_area_change", "coverage", "plan_issued"])
  }

  @Test func cancellationStopsTheRun() throws {
    #expect {
      try MonteCarlo.run(
        try Self.linear(), distributions: ["x": .uniform(lower: 0, upper: 10)],
        options: MonteCarloOptions(samples: 10_000),
        isCancelled: { true })
    } throws: { ($0 as? AnalysisError)?.isCancellation == true }
  }

  @Test(arguments: [
    (["violation": Distribution.normal(mean: 0, sd: 1)], "analysis.invalid-distribution"),
    (["county_type": .discrete(values: [0, 2], probabilities: [1, 1])], "analysis.invalid-distribution"),
    (["coverage": .uniform(lower: 1, upper: 0)], "analysis.invalid-distribution"),
    (["nothing": .uniform(lower: 0, upper: 1)], "analysis.unknown-input"),
    ([:], "analysis.no-variables"),
  ])
  func badDistributions(distributions: [String: Distribution], id: String) throws {
    let context = try Fixture.sampleContext()
    #expect { try MonteCarlo.run(context, distributions: distributions) } throws: { ($0 as? AnalysisError)?.id == id }
  }
}
