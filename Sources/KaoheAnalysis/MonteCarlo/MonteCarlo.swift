import Foundation
import KaoheRubric

/// The objective's distribution when inputs are drawn from distributions: N samples scored in
/// chunks on every core. Chunk k draws from its own generator, `Xoshiro256StarStar.stream(k, seed:)`,
/// and writes only its own samples, so the result is the same whatever the thread timing.
public enum MonteCarlo {
  /// The most samples one run may take.
  public static let maximumSamples = 50_000_000

  /// Runs the model on samples of the variables. `isCancelled` is called before each chunk; when it
  /// returns true the run stops and throws the `cancelled` error.
  public static func run(
    model: some ScoreModel, variables: [RandomVariable], options: MonteCarloOptions = MonteCarloOptions(),
    isCancelled: @escaping @Sendable () -> Bool = { false }
  ) throws(AnalysisError) -> MonteCarloResult {
    guard options.samples >= 2 else { throw .invalidSampleCount(options.samples) }
    guard options.samples <= maximumSamples else { throw .tooManyEvaluations(options.samples, limit: maximumSamples) }
    guard options.bins >= 1, options.bins <= 10_000 else { throw .invalidValue("bins", Double(options.bins)) }
    guard !variables.isEmpty else { throw .noVariables() }
    guard model.variableCount == variables.count else {
      throw .dimensionMismatch(expected: model.variableCount, found: variables.count)
    }
    for v in variables { if let p = v.distribution.problem { throw .invalidDistribution(v.name, p) } }
    let seed = options.seed
    let scores = try ChunkedRun.fill(count: options.samples, chunkSize: options.chunkSize, isCancelled: isCancelled) {
      chunk, range in
      var rng = Xoshiro256StarStar.stream(chunk, seed: seed)
      return ScoreBatch.score(model, total: range.count, size: ScoreBatch.points) { points, count in
        for row in 0..<count {
          for (k, variable) in variables.enumerated() { points[k * count + row] = variable.sample(rng.nextOpenUnit()) }
        }
      }
    }
    guard scores.allSatisfy(\.isFinite) else { throw .nonFiniteScore() }
    let stats = Statistics(scores, bins: options.bins)
    let reached = options.threshold.map { t in
      Double(scores.reduce(0) { $0 + ($1 >= t - 1e-9 ? 1 : 0) }) / Double(scores.count)
    }
    return MonteCarloResult(
      samples: scores.count, seed: seed, variables: variables.map(\.name), baselineScore: nil, mean: stats.mean,
      standardDeviation: stats.standardDeviation,
      standardError: stats.standardDeviation / Double(scores.count).squareRoot(), minimum: stats.minimum,
      maximum: stats.maximum, percentiles: stats.percentiles, threshold: options.threshold,
      probabilityOfThreshold: reached, histogram: stats.histogram)
  }

  /// Runs the rubric with the inputs named in `distributions` drawn from them (samples clamped to
  /// each input's declared range) and the rest held at the context's values.
  public static func run(
    _ context: AnalysisContext, distributions: [String: Distribution], objective: Objective = .headline,
    options: MonteCarloOptions = MonteCarloOptions(), isCancelled: @escaping @Sendable () -> Bool = { false }
  ) throws(AnalysisError) -> MonteCarloResult {
    let variables = try RandomVariable.forInputs(distributions, in: context)
    let model = try RubricModel(context: context, variables: variables.map(\.name), objective: objective)
    var result = try run(model: model, variables: variables, options: options, isCancelled: isCancelled)
    result.baselineScore = try context.score(objective)
    return result
  }
}
