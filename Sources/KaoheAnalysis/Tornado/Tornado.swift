import KaoheFormula
import KaoheRubric

/// One input at a time moved to its low and high values, everything else held; inputs ranked by how
/// far the objective swings. Numbers go to the ends of their range, booleans are flipped, choices
/// are tried at every option.
public enum Tornado {
  /// Runs the tornado.
  public static func run(_ context: AnalysisContext, options: TornadoOptions = TornadoOptions()) throws(AnalysisError)
    -> TornadoResult
  {
    let rubric = context.compiled.rubric
    for name in options.ranges.keys.sorted() {
      let (_, input) = try context.input(name)
      guard input.kind.isNumeric else { throw .notNumeric(name, kind: input.kind.rawValue) }
      guard let r = options.ranges[name], r.lowerBound.isFinite, r.upperBound.isFinite else {
        throw .invalidRange(options.ranges[name]?.lowerBound ?? .nan, options.ranges[name]?.upperBound ?? .nan)
      }
    }
    if case .relative(let f) = options.spread, !(f.isFinite && f >= 0) { throw .invalidValue("spread", f) }
    var chosen: [Int] = []
    if let names = options.inputs {
      for name in names { chosen.append(try context.input(name).index) }
    } else {
      chosen = Array(rubric.inputs.indices)
    }
    let target = try options.objective.resolve(in: context.compiled)
    var runner = ScoreRunner(context)
    let baselineScore = runner.value(of: target)
    var bars: [TornadoBar] = []
    var skipped: [String] = []
    for index in chosen {
      let input = rubric.inputs[index]
      guard let values = trialValues(input, current: context.inputs[index], options: options) else {
        skipped.append(input.name)
        continue
      }
      let tried = values.map { v in TornadoPoint(value: v, score: runner.value(of: target, setting: index, to: v)) }
      runner.set(index, context.inputs[index])
      guard let low = lowest(tried), let high = highest(tried) else { continue }
      bars.append(
        TornadoBar(
          input: input.name, kind: input.kind, baselineValue: context.inputs[index], low: low, high: high,
          swing: Numeric.tidy(high.score - low.score), tried: tried))
    }
    let ranked = bars.enumerated().sorted { a, b in
      a.element.swing != b.element.swing ? a.element.swing > b.element.swing : a.offset < b.offset
    }.map(\.element)
    return TornadoResult(objective: options.objective, baselineScore: baselineScore, bars: ranked, skipped: skipped)
  }

  /// The values tried for one input, or nil when a number has no range to move over.
  static func trialValues(_ input: InputDeclaration, current: Double, options: TornadoOptions) -> [Double]? {
    switch input.kind {
    case .boolean: return [0, 1]
    case .choice: return input.options.indices.map(Double.init)
    default:
      if let r = options.ranges[input.name] { return [r.lowerBound, r.upperBound] }
      switch options.spread {
      case .declaredRange:
        guard let r = input.range else { return nil }
        return [r.lowerBound, r.upperBound]
      case .relative(let f):
        let a = Numeric.tidy(current * (1 - f))
        let b = Numeric.tidy(current * (1 + f))
        var lo = min(a, b)
        var hi = max(a, b)
        if let r = input.range {
          lo = min(max(lo, r.lowerBound), r.upperBound)
          hi = min(max(hi, r.lowerBound), r.upperBound)
        }
        return [lo, hi]
      }
    }
  }

  private static func lowest(_ points: [TornadoPoint]) -> TornadoPoint? {
    points.min { $0.score < $1.score }
  }

  private static func highest(_ points: [TornadoPoint]) -> TornadoPoint? {
    var best: TornadoPoint?
    for p in points where best.map({ p.score > $0.score }) ?? true { best = p }
    return best
  }
}
