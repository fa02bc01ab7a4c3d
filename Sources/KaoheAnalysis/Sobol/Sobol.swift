import Foundation
import KaoheRubric

/// Variance-based sensitivity: how much of the objective's variance each random input explains,
/// alone (first order) and with its interactions (total order).
///
/// Saltelli's design: two N × d matrices A and B of independent samples and, for each variable i,
/// A_B^i (A with column i taken from B), scored N × (d + 2) times in chunks on every core; row r of
/// every matrix comes from the generator of its chunk, so the result does not depend on thread
/// timing. The estimators are in `SobolEstimators`; confidence intervals are ± z · (standard
/// deviation of the indices over bootstrap resamples of the rows), each resample drawing its rows
/// from its own seeded generator.
public enum Sobol {
  /// The most model evaluations one run may take.
  public static let maximumEvaluations = 50_000_000

  /// Runs the analysis on a model. `isCancelled` is called before each chunk of work.
  public static func run(
    model: some ScoreModel, variables: [RandomVariable], options: SobolOptions = SobolOptions(),
    isCancelled: @escaping @Sendable () -> Bool = { false }
  ) throws(AnalysisError) -> SobolResult {
    let n = options.samples
    let d = variables.count
    guard n >= 2 else { throw .invalidSampleCount(n) }
    guard d > 0 else { throw .noVariables() }
    guard n <= maximumEvaluations / (d + 2) else {
      throw .tooManyEvaluations(n.multipliedReportingOverflow(by: d + 2).partialValue, limit: maximumEvaluations)
    }
    guard options.resamples <= 10_000 else { throw .invalidValue("resamples", Double(options.resamples)) }
    guard model.variableCount == d else { throw .dimensionMismatch(expected: model.variableCount, found: d) }
    guard options.confidenceLevel > 0, options.confidenceLevel < 1 else {
      throw .invalidValue("confidence level", options.confidenceLevel)
    }
    for v in variables { if let p = v.distribution.problem { throw .invalidDistribution(v.name, p) } }
    let seed = options.seed
    let rowsPerChunk = max(1, options.chunkRows)
    let scores = try ChunkedRun.fill(count: n * (d + 2), chunkSize: rowsPerChunk * (d + 2), isCancelled: isCancelled) {
      chunk, range in
      var rng = Xoshiro256StarStar.stream(chunk, seed: seed)
      // Scored a few whole rows at a time (`ScoreBatch`). In a batch, point p = row * (d + 2) + m is
      // the row's line of matrix m (A, B, then each A_B^i); the points are laid out by variable
      // (`ScoreModel`): variable k of point p at k * count + p.
      let size = max(1, ScoreBatch.points / (d + 2)) * (d + 2)
      var a = [Double](repeating: 0, count: d)
      var b = [Double](repeating: 0, count: d)
      return ScoreBatch.score(model, total: range.count, size: size) { points, count in
        for row in 0..<(count / (d + 2)) {
          for k in 0..<d { a[k] = variables[k].sample(rng.nextOpenUnit()) }
          for k in 0..<d { b[k] = variables[k].sample(rng.nextOpenUnit()) }
          let base = row * (d + 2)
          for k in 0..<d {
            let column = k * count + base
            points[column] = a[k]
            points[column + 1] = b[k]
            for i in 0..<d { points[column + 2 + i] = k == i ? b[k] : a[k] }
          }
        }
      }
    }
    guard scores.allSatisfy(\.isFinite) else { throw .nonFiniteScore() }
    let estimators = SobolEstimators(n: n, d: d, scores: scores)
    let point = estimators.indices(nil)
    let spread = try bootstrap(estimators, options: options, isCancelled: isCancelled)
    let z = Distribution.standardNormalQuantile(0.5 + options.confidenceLevel / 2)
    let moments = estimators.moments(nil)
    let indices = variables.enumerated().map { i, v in
      SobolIndex(
        variable: v.name, first: point[i].first, firstConfidence: z * spread[i].first, total: point[i].total,
        totalConfidence: z * spread[i].total)
    }
    return SobolResult(
      samples: n, evaluations: scores.count, seed: seed, confidenceLevel: options.confidenceLevel,
      mean: moments.mean, variance: moments.variance, indices: indices)
  }

  /// Runs the analysis on the rubric with the inputs named in `distributions` random (samples
  /// clamped to their declared ranges) and the rest held.
  public static func run(
    _ context: AnalysisContext, distributions: [String: Distribution], objective: Objective = .headline,
    options: SobolOptions = SobolOptions(), isCancelled: @escaping @Sendable () -> Bool = { false }
  ) throws(AnalysisError) -> SobolResult {
    let variables = try RandomVariable.forInputs(distributions, in: context)
    let model = try RubricModel(context: context, variables: variables.map(\.name), objective: objective)
    return try run(model: model, variables: variables, options: options, isCancelled: isCancelled)
  }

  /// The standard deviation (n − 1) of each variable's (S1, ST) over bootstrap resamples.
  private static func bootstrap(
    _ estimators: SobolEstimators, options: SobolOptions, isCancelled: @escaping @Sendable () -> Bool
  ) throws(AnalysisError) -> [(first: Double, total: Double)] {
    let d = estimators.d
    let n = estimators.n
    let resamples = options.resamples
    guard resamples >= 2 else { return Array(repeating: (0, 0), count: d) }
    let seed = SplitMix64.mix(options.seed ^ 0xB007_5778_A9B1_C0DE)
    let flat = try ChunkedRun.fill(
      count: resamples * 2 * d, chunkSize: 2 * d, isCancelled: isCancelled,
      cancelled: { done, _ in .cancelledResampling(completed: done / (2 * d), of: resamples) }
    ) { r, _ in
      var rng = Xoshiro256StarStar.stream(r, seed: seed)
      let rows = (0..<n).map { _ in rng.nextIndex(below: n) }
      return estimators.indices(rows).flatMap { [$0.first, $0.total] }
    }
    return (0..<d).map { i in
      let firsts = (0..<resamples).map { flat[$0 * 2 * d + 2 * i] }
      let totals = (0..<resamples).map { flat[$0 * 2 * d + 2 * i + 1] }
      return (standardDeviation(firsts), standardDeviation(totals))
    }
  }

  private static func standardDeviation(_ values: [Double]) -> Double {
    guard values.count > 1 else { return 0 }
    let mean = values.reduce(0, +) / Double(values.count)
    let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
    return (squares / Double(values.count - 1)).squareRoot()
  }
}
