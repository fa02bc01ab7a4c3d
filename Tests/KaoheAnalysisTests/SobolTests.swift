import Foundation
import KaoheAnalysis
import Synchronization
import Testing

@Suite struct SobolTests {
  /// The Ishigami function with a = 7, b = 0.1.
  static let ishigami = ClosureModel(variableCount: 3) { x in
    sin(x[0]) + 7 * sin(x[1]) * sin(x[1]) + 0.1 * pow(x[2], 4) * sin(x[0])
  }

  static let variables = ["x1", "x2", "x3"].map {
    RandomVariable(name: $0, distribution: .uniform(lower: -Double.pi, upper: Double.pi))
  }

  @Test func ishigamiIndicesAreWithinTheirConfidenceIntervals() throws {
    let r = try Sobol.run(
      model: Self.ishigami, variables: Self.variables, options: SobolOptions(samples: 4096, seed: 7))
    let first = [0.3139, 0.4424, 0.0]
    let total = [0.5576, 0.4424, 0.2437]
    for (i, index) in r.indices.enumerated() {

      #expect(abs(index.first - first[i]) <= index.firstConfidence, "S1 of \(index.variable)")
      #expect(abs(index.total - total[i]) <= index.totalConfidence, "ST of \(index.variable)")
      #expect(index.firstConfidence < 0.1)
      #expect(index.totalConfidence < 0.1)
    }
    #expect(r.evaluations == 4096 * 5)
  }
}

@Suite struct SobolRubricTests {
  @Test func linearRubricSplitsTheVarianceByTheSquaredWeights() throws {
    // x + 2y with x, y ~ U(0, 1): Var = 1/12 + 4/12, so S1 = ST = 0.2 and 0.8.
    let compiled = try Fixture.tiny(inputs: [("x", 0, 1), ("y", 0, 1)], clauses: [("c1", "x + 2 * y")])
    let context = AnalysisContext(compiled: compiled, inputs: [0.5, 0.5])
    let u = Distribution.uniform(lower: 0, upper: 1)
    let r = try Sobol.run(context, distributions: ["x": u, "y": u], options: SobolOptions(samples: 4096, seed: 1))
    let expected = [0.2, 0.8]
    for (i, index) in r.indices.enumerated() {
      #expect(abs(index.first - expected[i]) <= index.firstConfidence, "S1 of \(index.variable)")
      #expect(abs(index.total - expected[i]) <= index.totalConfidence, "ST of \(index.variable)")
    }
    #expect(abs(r.mean - 1.5) < 0.02)
    #expect(r.indices.map(\.variable) == ["x", "y"])
  }

  @Test func constantObjectiveGivesZeroIndices() throws {
    let context = try Fixture.sampleContext()
    let r = try Sobol.run(
      context, distributions: ["area_a": .uniform(lower: 0, upper: 10)], objective: .indicator("i1"),
      options: SobolOptions(samples: 64))
    #expect(r.variance == 0)
    #expect(r.indices == [SobolIndex(variable: "area_a", first: 0, firstConfidence: 0, total: 0, totalConfidence: 0)])
  }

  /// A stop once the evaluations are done, while the bootstrap resamples them, says so and counts
  /// resamples, not evaluations.
  @Test func cancellationDuringTheBootstrapCountsResamples() throws {
    let checks = Atomic<Int>(0)
    #expect {
      // 512 rows in one chunk: the first check is the evaluations', the next ones the bootstrap's.
      try Sobol.run(
        model: SobolTests.ishigami, variables: SobolTests.variables,
        options: SobolOptions(samples: 512, resamples: 100, chunkRows: 512),
        isCancelled: { checks.add(1, ordering: .relaxed).newValue > 1 })
    } throws: { error in
      guard let error = error as? AnalysisError, error.isCancellation else { return false }
      return error.message.contains("resampling") && error.message.contains("of 100 resamples")
    }
  }

  @Test func cancellationStopsTheRun() throws {
    #expect {
      try Sobol.run(
        model: SobolTests.ishigami, variables: SobolTests.variables, options: SobolOptions(samples: 512),
        isCancelled: { true })
    } throws: { ($0 as? AnalysisError)?.isCancellation == true }
  }
}
