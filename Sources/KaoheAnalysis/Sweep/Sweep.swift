import KaoheRubric

/// One input over a range of values, everything else held: the objective and every indicator that
/// moves, at each point.
public enum Sweep {
  /// Sweeps `input` over `grid` (without a grid: its declared range in 21 points, both values of a
  /// boolean, every option of a choice).
  public static func run(
    _ context: AnalysisContext, input name: String, grid: SampleGrid? = nil, objective: Objective = .headline
  ) throws(AnalysisError) -> SweepResult {
    let (index, input) = try context.input(name)
    let values = try SampleGrid.values(grid, for: input)
    let target = try objective.resolve(in: context.compiled)
    let indicators = context.compiled.rubric.indicators
    let indicatorSlots = indicators.map { context.compiled.layout.indicators[$0.id] ?? 0 }
    var runner = ScoreRunner(context)
    let baselineScore = runner.value(of: target)
    var scores: [Double] = []
    scores.reserveCapacity(values.count)
    var series = [[Double]](repeating: [], count: indicators.count)
    for v in values {
      scores.append(runner.value(of: target, setting: index, to: v))
      for (k, slot) in indicatorSlots.enumerated() { series[k].append(runner[slot]) }
    }
    let moving = indicators.indices.compactMap { k -> SweepResult.Series? in
      guard let lo = series[k].min(), let hi = series[k].max(), hi - lo > 1e-9 else { return nil }
      return SweepResult.Series(indicator: indicators[k].id, values: series[k])
    }
    return SweepResult(
      input: name, objective: objective, baselineValue: context.inputs[index], baselineScore: baselineScore,
      values: values, scores: scores, indicators: moving)
  }
}
