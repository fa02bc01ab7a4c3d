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
    case .headline: return Words.headline(w.rubric)
    case .unit(let u): return L10n.t("total of {0}", w.rubric.unit(named: u)?.name.zh ?? u)
    case .indicator(let i): return L10n.t("indicator {0}", w.rubric.indicator(i)?.numberLabel ?? i)
    }
  }

  static func sweep(_ r: SweepResult, _ w: Workspace) -> String {
    let what = objective(r.objective, w)
    var out = [L10n.t("sweep of {0}: {1} (now {2} → {3})", label(r.input, w), what, format(r.baselineValue, r.input, w), NumberFormat.score(r.baselineScore))]
    let shown = Array(r.indicators.prefix(4))
    let names = shown.map { s in w.rubric.indicator(s.indicator)?.numberLabel ?? s.indicator }
    var t = TextTable([L10n.t("value"), what, "Δ"] + names.map { "#\($0)" } + [""], alignments: [.right, .right, .right] + shown.map { _ in .right } + [.left])
    let lo = r.scores.min() ?? 0
    let hi = r.scores.max() ?? 0
    for (i, v) in r.values.enumerated() {
      let s = r.scores[i]
      let fraction = hi > lo ? (s - lo) / (hi - lo) : 1
      t.add([format(v, r.input, w), NumberFormat.score(s), delta(s - r.baselineScore)] + shown.map { NumberFormat.score($0.values[i]) } + [Bars.bar(0.05 + 0.95 * fraction, width: 30)])
    }
    out.append(t.render())
    if r.indicators.count > shown.count {
      out.append(L10n.t("also moving: {0}", r.indicators.dropFirst(4).map { w.rubric.indicator($0.indicator)?.numberLabel ?? $0.indicator }.joined(separator: ", ")))
    }
    if r.indicators.isEmpty { out.append(L10n.t("no indicator moves over this range")) }
    return out.joined(separator: "\n")
  }

  static func delta(_ d: Double) -> String { abs(d) < 1e-9 ? "" : NumberFormat.delta(d) }

  static func table(_ r: DataTableResult, _ w: Workspace) -> String {
    var out = [L10n.t("{0} by {1} (rows) and {2} (columns)", objective(r.objective, w), label(r.rowInput, w), label(r.columnInput, w))]
    var t = TextTable(["↓ \(r.rowInput) \\ →"] + r.columnValues.map { format($0, r.columnInput, w) }, alignments: [.right] + r.columnValues.map { _ in .right })
    for (i, v) in r.rowValues.enumerated() {
      t.add([format(v, r.rowInput, w)] + r.scores[i].map { NumberFormat.score($0) })
    }
    out.append(t.render())
    return out.joined(separator: "\n")
  }

  static func tornado(_ r: TornadoResult, _ w: Workspace) -> String {
    let what = objective(r.objective, w)
    var out = [L10n.t("tornado: swing of the {0} (now {1}) as each input moves alone", what, NumberFormat.score(r.baselineScore))]
    let bars = r.bars.filter { $0.swing > 1e-9 }
    let extent = bars.map { max(abs($0.low.score - r.baselineScore), abs($0.high.score - r.baselineScore)) }.max() ?? 0
    var t = TextTable([L10n.t("input"), L10n.t("low"), L10n.t("high"), L10n.t("swing"), "− \(what) +"], alignments: [.left, .right, .right, .right, .left])
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
    if bars.count > 20 { out.append(L10n.t("… and {0} more inputs with a smaller swing", bars.count - 20)) }
    if still > 0 { out.append(L10n.t("{0} do not move the {1} on their own", Plural.of(still, "input"), what)) }
    if !r.skipped.isEmpty { out.append(L10n.t("skipped (no range): {0}", r.skipped.joined(separator: ", "))) }
    return out.joined(separator: "\n")
  }

  static func breakpoints(_ r: BreakpointsResult, _ w: Workspace) -> String {
    let what = objective(r.objective, w)
    var out = [L10n.t("breakpoints of the {0} in {1} over {2}..{3}:", what, label(r.input, w), format(r.from, r.input, w), format(r.to, r.input, w))]
    if r.breakpoints.isEmpty {
      out.append(L10n.t("none: the {0} moves in a straight line (or not at all) over this range", what))
      return out.joined(separator: "\n")
    }
    let headings = [L10n.t("value"), L10n.t("kind"), L10n.t("left"), L10n.t("at"), L10n.t("right"), L10n.t("clauses")]
    var t = TextTable(headings, alignments: [.right, .left, .right, .right, .right, .left])
    for b in r.breakpoints {
      let kind: String
      switch b.kind {
      case .jump: kind = L10n.t("jump")
      case .kink: kind = L10n.t("slope {0} → {1}", slope(b.slopeLeft, r.input, w), slope(b.slopeRight, r.input, w))
      case .pointsExhausted: kind = L10n.t("points used up; 倒扣 below")
      }
      t.add([format(b.value, r.input, w), kind, NumberFormat.score(b.scoreLeft), NumberFormat.score(b.scoreAt), NumberFormat.score(b.scoreRight), b.sources.joined(separator: ", ")])
    }
    out.append(t.render())
    if !r.complete { out.append(L10n.t("(the list may be incomplete: too many steps to list them all)")) }
    return out.joined(separator: "\n")
  }

  static func slope(_ s: Double, _ name: String, _ w: Workspace) -> String {
    let input = w.rubric.input(named: name)
    if input?.kind == .percent || (input?.kind == .ratio && input?.unit == "%") {
      return NumberFormat.trimmed(s / 100, digits: 3) + L10n.t("/pt")
    }
    return NumberFormat.trimmed(s, digits: 3)
  }

  static func seek(_ r: GoalSeekResult, _ w: Workspace) -> String {
    let what = objective(r.objective, w)
    let name = label(r.input, w)
    let now = L10n.t("now {0} → {1}", format(r.currentValue, r.input, w), NumberFormat.score(r.currentScore))
    let (target, value, score) = (NumberFormat.trimmed(r.target), format(r.value, r.input, w), NumberFormat.score(r.score))
    switch r.outcome {
    case .alreadyMet:
      return L10n.t("the {0} is already {1} ≥ {2} ({3})", what, NumberFormat.score(r.currentScore), target, now)
    case .exact:
      return L10n.t("{0} = {1} brings the {2} to {3} exactly ({4}; change {5})", name, value, what, score, now, formatChange(r, w))
    case .crossing:
      let side = r.approach == .justAbove ? L10n.t("just above") : (r.approach == .justBelow ? L10n.t("just below") : L10n.t("at"))
      return L10n.t(
        "the {0} steps past {1} {2} {3} = {4}, reaching {5} ({6}; change {7})", what, target, side, name, value, score, now,
        formatChange(r, w))
    case .unreachable:
      return L10n.t(
        "no value of {0} in {1}..{2} reaches {3}; the best is {4} at {5} ({6})", name, format(r.from, r.input, w),
        format(r.to, r.input, w), target, score, value, now)
    }
  }

  static func formatChange(_ r: GoalSeekResult, _ w: Workspace) -> String {
    let input = w.rubric.input(named: r.input)
    if input?.kind == .percent || (input?.kind == .ratio && input?.unit == "%") {
      return L10n.t("{0} percentage points", (r.change >= 0 ? "+" : "") + NumberFormat.trimmed(r.change * 100, digits: 2))
    }
    return (r.change >= 0 ? "+" : "") + NumberFormat.trimmed(r.change, digits: 4) + (input?.unit ?? "")
  }

  static func monteCarlo(_ r: MonteCarloResult) -> String {
    var out = [L10n.t("montecarlo: {0} samples (seed {1}) over {2}", r.samples, r.seed, r.variables.joined(separator: ", "))]
    let stats = L10n.t(
      "mean {0}  sd {1}  min {2}  max {3}", NumberFormat.score(r.mean), NumberFormat.score(r.standardDeviation),
      NumberFormat.score(r.minimum), NumberFormat.score(r.maximum))
    out.append(stats + (r.baselineScore.map { "  " + L10n.t("(now {0})", NumberFormat.score($0)) } ?? ""))
    out.append(L10n.t("percentiles: ") + r.percentiles.map { "p\(NumberFormat.trimmed($0.level <= 1 ? $0.level * 100 : $0.level, digits: 0)) \(NumberFormat.score($0.value))" }.joined(separator: "  "))
    if let t = r.threshold, let p = r.probabilityOfThreshold {
      out.append(L10n.t("P(score ≥ {0}) = {1}%", NumberFormat.trimmed(t), NumberFormat.trimmed(p * 100, digits: 1)))
    }
    let most = r.histogram.map(\.count).max() ?? 0
    var t = TextTable([L10n.t("score"), L10n.t("count"), ""], alignments: [.left, .right, .left])
    for bin in r.histogram {
      t.add(["\(NumberFormat.score(bin.lower))–\(NumberFormat.score(bin.upper))", "\(bin.count)", Bars.bar(most > 0 ? Double(bin.count) / Double(most) : 0, width: 40)])
    }
    out.append(t.render())
    return out.joined(separator: "\n")
  }

  static func sobol(_ r: SobolResult, _ w: Workspace) -> String {
    var out = [
      L10n.t(
        "sobol: N = {0} ({1} evaluations, seed {2}); mean {3}, variance {4}; ±: {5}% bootstrap intervals", r.samples, r.evaluations,
        r.seed, NumberFormat.score(r.mean), NumberFormat.trimmed(r.variance, digits: 4), NumberFormat.trimmed(r.confidenceLevel * 100, digits: 0))
    ]
    var t = TextTable([L10n.t("input"), L10n.t("first order"), L10n.t("total order"), L10n.t("share of variance")], alignments: [.left, .right, .right, .left])
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
      return L10n.t("the {0} is already {1} ≥ {2}: nothing to change", what, NumberFormat.score(r.currentScore), NumberFormat.trimmed(r.target))
    case .unreachable:
      return L10n.t("no combination of input changes reaches {0}; the most is {1}", NumberFormat.trimmed(r.target), NumberFormat.score(r.score))
        + (r.changes.isEmpty ? "" : "\n" + changes(r, w))
    case .reached:
      let head = L10n.t(
        "cheapest way to bring the {0} from {1} to {2}: cost {3}, reaching {4}", what, NumberFormat.score(r.currentScore),
        NumberFormat.trimmed(r.target), NumberFormat.trimmed(r.cost, digits: 3), NumberFormat.score(r.score))
      var out = [head + (r.exact ? "" : L10n.t(" (approximate)"))]
      out.append(changes(r, w))
      return out.joined(separator: "\n")
    }
  }

  static func changes(_ r: PlanResult, _ w: Workspace) -> String {
    var t = TextTable([L10n.t("input"), L10n.t("from"), L10n.t("to"), L10n.t("cost"), L10n.t("gain alone")], alignments: [.left, .right, .right, .right, .right])
    for c in r.changes {
      t.add([label(c.input, w), format(c.from, c.input, w), format(c.to, c.input, w), NumberFormat.trimmed(c.cost, digits: 3), NumberFormat.delta(c.gainAlone)])
    }
    return t.render()
  }
}

/// `vary` and `cost` with no arguments.
enum DistributionsRenderer {
  static func render(_ w: Workspace) -> String {
    guard !w.distributions.isEmpty else { return L10n.t("no input varies yet; e.g. vary grain_sown_area_change ~ normal(-1%, 2%)") }
    var t = TextTable([L10n.t("input"), L10n.t("distribution")])
    for name in w.distributions.keys.sorted() { t.add([AnalysisRenderer.label(name, w), w.distributions[name].map { DistributionText.format($0, for: w.rubric.input(named: name)) } ?? ""]) }
    return t.render()
  }

  static func costs(_ w: Workspace) -> String {
    var out = [L10n.t("plan costs: 1 per percentage point, per unit, per flip unless set")]
    if !w.costs.isEmpty {
      var t = TextTable([L10n.t("input"), L10n.t("cost"), L10n.t("per")])
      for name in w.costs.keys.sorted() {
        let input = w.rubric.input(named: name)
        t.add([AnalysisRenderer.label(name, w), NumberFormat.trimmed(w.costs[name] ?? 1, digits: 4), input.map(AnalysisRunner.costUnit) ?? ""])
      }
      out.append(t.render())
    }
    return out.joined(separator: "\n")
  }
}
