import KaoheAnalysis
import KaoheDiagnostics
import KaoheRubric

/// Renders analysis results as tables and terminal charts, Chinese labels counted as two columns.
public enum AnalysisRenderer {
  /// The text for one result.
  public static func render(_ output: AnalysisOutput, workspace w: Workspace) -> String {
    switch output {
    case .sweep(let r): return sweep(r, w)
    case .table(let r): return table(r, w)
    case .tornado(let r): return tornado(r, w)
    case .breakpoints(let r): return breakpoints(r, w)
    case .seek(let r): return seek(r, w)
    case .monteCarlo(let r): return monteCarlo(r)
    case .sobol(let r): return sobol(r, w)
    case .plan(let r): return plan(r, w)
    }
  }

  static func format(_ v: Double, _ name: String, _ w: Workspace) -> String {
    guard let input = w.rubric.input(named: name) else { return NumberFormat.trimmed(v, digits: 4) }
    return ValueParser.format(v, for: input)
  }

  static func label(_ name: String, _ w: Workspace) -> String {
    guard let input = w.rubric.input(named: name), !input.label.zh.isEmpty else { return name }
    return "\(name) \(input.label.zh)"
  }

  static func objective(_ o: Objective, _ w: Workspace) -> String {
    switch o {
    case .headline: return w.rubric.isMultiUnit ? "mean" : "total"
    case .unit(let u): return "total of \(w.rubric.unit(named: u)?.name.zh ?? u)"
    case .indicator(let i): return "indicator \(w.rubric.indicator(i)?.numberLabel ?? i)"
    }
  }

  static func sweep(_ r: SweepResult, _ w: Workspace) -> String {
    let what = objective(r.objective, w)
    var out = ["sweep of \(label(r.input, w)): \(what) (now \(format(r.baselineValue, r.input, w)) → \(NumberFormat.score(r.baselineScore)))"]
    let shown = Array(r.indicators.prefix(4))
    let names = shown.map { s in w.rubric.indicator(s.indicator)?.numberLabel ?? s.indicator }
    var t = TextTable(["value", what, "Δ"] + names.map { "#\($0)" } + [""], alignments: [.right, .right, .right] + shown.map { _ in .right } + [.left])
    let lo = r.scores.min() ?? 0
    let hi = r.scores.max() ?? 0
    for (i, v) in r.values.enumerated() {
      let s = r.scores[i]
      let fraction = hi > lo ? (s - lo) / (hi - lo) : 1
      t.add([format(v, r.input, w), NumberFormat.score(s), delta(s - r.baselineScore)] + shown.map { NumberFormat.score($0.values[i]) } + [Bars.bar(0.05 + 0.95 * fraction, width: 30)])
    }
    out.append(t.render())
    if r.indicators.count > shown.count {
      out.append("also moving: " + r.indicators.dropFirst(4).map { w.rubric.indicator($0.indicator)?.numberLabel ?? $0.indicator }.joined(separator: ", "))
    }
    if r.indicators.isEmpty { out.append("no indicator moves over this range") }
    return out.joined(separator: "\n")
  }

  static func delta(_ d: Double) -> String { abs(d) < 1e-9 ? "" : NumberFormat.delta(d) }

  static func table(_ r: DataTableResult, _ w: Workspace) -> String {
    var out = ["\(objective(r.objective, w)) by \(label(r.rowInput, w)) (rows) and \(label(r.columnInput, w)) (columns)"]
    var t = TextTable(["↓ \(r.rowInput) \\ →"] + r.columnValues.map { format($0, r.columnInput, w) }, alignments: [.right] + r.columnValues.map { _ in .right })
    for (i, v) in r.rowValues.enumerated() {
      t.add([format(v, r.rowInput, w)] + r.scores[i].map { NumberFormat.score($0) })
    }
    out.append(t.render())
    return out.joined(separator: "\n")
  }

  static func tornado(_ r: TornadoResult, _ w: Workspace) -> String {
    let what = objective(r.objective, w)
    var out = ["tornado: swing of the \(what) (now \(NumberFormat.score(r.baselineScore))) as each input moves alone"]
    let bars = r.bars.filter { $0.swing > 1e-9 }
    let extent = bars.map { max(abs($0.low.score - r.baselineScore), abs($0.high.score - r.baselineScore)) }.max() ?? 0
    var t = TextTable(["input", "low", "high", "swing", "− \(what) +"], alignments: [.left, .right, .right, .right, .left])
    t.maximumCellWidth = 36
    for bar in bars.prefix(20) {
      let down = min(bar.low.score, bar.high.score) - r.baselineScore
      let up = max(bar.low.score, bar.high.score) - r.baselineScore
      let left = Bars.leftBar(extent > 0 ? -min(0, down) / extent : 0, width: 12)
      let right = Bars.bar(extent > 0 ? max(0, up) / extent : 0, width: 12)
      t.add([
        label(bar.input, w), "\(format(bar.low.value, bar.input, w)) → \(NumberFormat.score(bar.low.score))",
        "\(format(bar.high.value, bar.input, w)) → \(NumberFormat.score(bar.high.score))", NumberFormat.score(bar.swing), left + "│" + right,
      ])
    }
    out.append(t.render())
    let still = r.bars.count - bars.count
    if bars.count > 20 { out.append("… and \(bars.count - 20) more inputs with a smaller swing") }
    if still > 0 { out.append("\(Plural.of(still, "input")) do not move the \(what) on their own") }
    if !r.skipped.isEmpty { out.append("skipped (no range): " + r.skipped.joined(separator: ", ")) }
    return out.joined(separator: "\n")
  }

  static func breakpoints(_ r: BreakpointsResult, _ w: Workspace) -> String {
    let what = objective(r.objective, w)
    var out = ["breakpoints of the \(what) in \(label(r.input, w)) over \(format(r.from, r.input, w))..\(format(r.to, r.input, w)):"]
    if r.breakpoints.isEmpty {
      out.append("none: the \(what) moves in a straight line (or not at all) over this range")
      return out.joined(separator: "\n")
    }
    var t = TextTable(["value", "kind", "left", "at", "right", "clauses"], alignments: [.right, .left, .right, .right, .right, .left])
    for b in r.breakpoints {
      let kind: String
      switch b.kind {
      case .jump: kind = "jump"
      case .kink: kind = "slope \(slope(b.slopeLeft, r.input, w)) → \(slope(b.slopeRight, r.input, w))"
      case .pointsExhausted: kind = "points used up; 倒扣 below"
      }
      t.add([format(b.value, r.input, w), kind, NumberFormat.score(b.scoreLeft), NumberFormat.score(b.scoreAt), NumberFormat.score(b.scoreRight), b.sources.joined(separator: ", ")])
    }
    out.append(t.render())
    if !r.complete { out.append("(the list may be incomplete: too many steps to list them all)") }
    return out.joined(separator: "\n")
  }

  static func slope(_ s: Double, _ name: String, _ w: Workspace) -> String {
    let input = w.rubric.input(named: name)
    if input?.kind == .percent || (input?.kind == .ratio && input?.unit == "%") {
      return NumberFormat.trimmed(s / 100, digits: 3) + "/pt"
    }
    return NumberFormat.trimmed(s, digits: 3)
  }

  static func seek(_ r: GoalSeekResult, _ w: Workspace) -> String {
    let what = objective(r.objective, w)
    let name = label(r.input, w)
    let now = "now \(format(r.currentValue, r.input, w)) → \(NumberFormat.score(r.currentScore))"
    switch r.outcome {
    case .alreadyMet:
      return "the \(what) is already \(NumberFormat.score(r.currentScore)) ≥ \(NumberFormat.trimmed(r.target)) (\(now))"
    case .exact:
      return "\(name) = \(format(r.value, r.input, w)) brings the \(what) to \(NumberFormat.score(r.score)) exactly (\(now); change \(formatChange(r, w)))"
    case .crossing:
      let side = r.approach == .justAbove ? "just above" : (r.approach == .justBelow ? "just below" : "at")
      return "the \(what) steps past \(NumberFormat.trimmed(r.target)) \(side) \(name) = \(format(r.value, r.input, w)), reaching \(NumberFormat.score(r.score)) (\(now); change \(formatChange(r, w)))"
    case .unreachable:
      return "no value of \(name) in \(format(r.from, r.input, w))..\(format(r.to, r.input, w)) reaches \(NumberFormat.trimmed(r.target)); the best is \(NumberFormat.score(r.score)) at \(format(r.value, r.input, w)) (\(now))"
    }
  }

  static func formatChange(_ r: GoalSeekResult, _ w: Workspace) -> String {
    let input = w.rubric.input(named: r.input)
    if input?.kind == .percent { return (r.change >= 0 ? "+" : "") + NumberFormat.trimmed(r.change * 100, digits: 2) + " points" }
    return (r.change >= 0 ? "+" : "") + NumberFormat.trimmed(r.change, digits: 4)
  }

  static func monteCarlo(_ r: MonteCarloResult) -> String {
    var out = ["montecarlo: \(r.samples) samples (seed \(r.seed)) over \(r.variables.joined(separator: ", "))"]
    out.append("mean \(NumberFormat.score(r.mean))  sd \(NumberFormat.score(r.standardDeviation))  min \(NumberFormat.score(r.minimum))  max \(NumberFormat.score(r.maximum))" + (r.baselineScore.map { "  (now \(NumberFormat.score($0)))" } ?? ""))
    out.append("percentiles: " + r.percentiles.map { "p\(NumberFormat.trimmed($0.level <= 1 ? $0.level * 100 : $0.level, digits: 0)) \(NumberFormat.score($0.value))" }.joined(separator: "  "))
    if let t = r.threshold, let p = r.probabilityOfThreshold {
      out.append("P(score ≥ \(NumberFormat.trimmed(t))) = \(NumberFormat.trimmed(p * 100, digits: 1))%")
    }
    let most = r.histogram.map(\.count).max() ?? 0
    var t = TextTable(["score", "count", ""], alignments: [.left, .right, .left])
    for bin in r.histogram {
      t.add(["\(NumberFormat.score(bin.lower))–\(NumberFormat.score(bin.upper))", "\(bin.count)", Bars.bar(most > 0 ? Double(bin.count) / Double(most) : 0, width: 40)])
    }
    out.append(t.render())
    return out.joined(separator: "\n")
  }

  static func sobol(_ r: SobolResult, _ w: Workspace) -> String {
    var out = ["sobol: N = \(r.samples) (\(r.evaluations) evaluations, seed \(r.seed)); mean \(NumberFormat.score(r.mean)), variance \(NumberFormat.trimmed(r.variance, digits: 4)); ±: \(NumberFormat.trimmed(r.confidenceLevel * 100, digits: 0))% bootstrap intervals"]
    var t = TextTable(["input", "first order", "total order", "share of variance"], alignments: [.left, .right, .right, .left])
    for i in r.indices.sorted(by: { $0.total > $1.total }) {
      t.add([label(i.variable, w), "\(NumberFormat.trimmed(i.first, digits: 3)) ± \(NumberFormat.trimmed(i.firstConfidence, digits: 3))", "\(NumberFormat.trimmed(i.total, digits: 3)) ± \(NumberFormat.trimmed(i.totalConfidence, digits: 3))", Bars.bar(max(0, i.total), width: 30)])
    }
    out.append(t.render())
    return out.joined(separator: "\n")
  }

  static func plan(_ r: PlanResult, _ w: Workspace) -> String {
    let what = objective(r.objective, w)
    switch r.outcome {
    case .alreadyMet:
      return "the \(what) is already \(NumberFormat.score(r.currentScore)) ≥ \(NumberFormat.trimmed(r.target)): nothing to change"
    case .unreachable:
      return "no combination of input changes reaches \(NumberFormat.trimmed(r.target)); the most is \(NumberFormat.score(r.score))" + (r.changes.isEmpty ? "" : "\n" + changes(r, w))
    case .reached:
      var out = ["cheapest way to bring the \(what) from \(NumberFormat.score(r.currentScore)) to \(NumberFormat.trimmed(r.target)): cost \(NumberFormat.trimmed(r.cost, digits: 3)), reaching \(NumberFormat.score(r.score))\(r.exact ? "" : " (approximate)")"]
      out.append(changes(r, w))
      return out.joined(separator: "\n")
    }
  }

  static func changes(_ r: PlanResult, _ w: Workspace) -> String {
    var t = TextTable(["input", "from", "to", "cost", "gain alone"], alignments: [.left, .right, .right, .right, .right])
    for c in r.changes {
      t.add([label(c.input, w), format(c.from, c.input, w), format(c.to, c.input, w), NumberFormat.trimmed(c.cost, digits: 3), NumberFormat.delta(c.gainAlone)])
    }
    return t.render()
  }
}

/// `vary` and `cost` with no arguments.
enum DistributionsRenderer {
  static func render(_ w: Workspace) -> String {
    guard !w.distributions.isEmpty else { return "no input varies yet; e.g. vary grain_sown_area_change ~ normal(-1%, 2%)" }
    var t = TextTable(["input", "distribution"])
    for name in w.distributions.keys.sorted() { t.add([AnalysisRenderer.label(name, w), w.distributions[name].map { DistributionText.format($0, for: w.rubric.input(named: name)) } ?? ""]) }
    return t.render()
  }

  static func costs(_ w: Workspace) -> String {
    var out = ["plan costs: 1 per percentage point, per unit, per flip unless set"]
    if !w.costs.isEmpty {
      var t = TextTable(["input", "cost", "per"])
      for name in w.costs.keys.sorted() {
        let input = w.rubric.input(named: name)
        t.add([AnalysisRenderer.label(name, w), NumberFormat.trimmed(w.costs[name] ?? 1, digits: 4), input.map(AnalysisRunner.costUnit) ?? ""])
      }
      out.append(t.render())
    }
    return out.joined(separator: "\n")
  }
}
