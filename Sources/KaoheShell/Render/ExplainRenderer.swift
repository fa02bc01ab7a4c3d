import KaoheDiagnostics
import KaoheFormula
import KaoheRubric

/// Renders an explanation: each clause's source text, the inputs it read, its formula and result,
/// and every cap or floor that applied.
public enum ExplainRenderer {
  /// The explanation as text.
  public static func render(_ e: Explanation, compiled: CompiledRubric) -> String {
    let rubric = compiled.rubric
    let ind = e.indicator
    var out: [String] = []
    let unit = rubric.isMultiUnit ? "\(e.unit.name.zh) \(e.unit.name.en) · " : ""
    let points = NumberFormat.trimmed(ind.points)
    out.append(
      unit
        + (ind.points == 1
          ? L10n.t("indicator {0} [{1}] {2} ({3}) — {4} point", ind.numberLabel, ind.id, ind.title.zh, ind.title.en, points)
          : L10n.t("indicator {0} [{1}] {2} ({3}) — {4} points", ind.numberLabel, ind.id, ind.title.zh, ind.title.en, points)))
    if !ind.lead.isEmpty || !ind.cooperating.isEmpty {
      let cooperating = ind.cooperating.isEmpty ? "" : L10n.t("; cooperating 配合: {0}", names(ind.cooperating, rubric))
      out.append("  " + L10n.t("lead 牵头: {0}", names(ind.lead, rubric)) + cooperating)
    }
    for (i, part) in e.clauses.enumerated() {
      let c = part.clause
      out.append("")
      let pts = c.points.map { $0 == 1 ? L10n.t(", {0} point", "1") : L10n.t(", {0} points", NumberFormat.trimmed($0)) } ?? ""
      out.append("  \(i + 1). \(c.localID) (\(c.kind == .penalty ? L10n.t("penalty 倒扣") : L10n.t("score"))\(pts))")
      out.append("     " + L10n.t("rule: {0}", c.text))
      let formulaLines = c.formula.split(separator: "\n").map { String($0) }.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
      let formulaLabel = "     " + L10n.t("formula: ")
      out.append(formulaLabel + (formulaLines.first ?? ""))
      let continuation = String(repeating: " ", count: DisplayWidth.of(formulaLabel))
      for line in formulaLines.dropFirst() { out.append(continuation + line) }
      for (symbol, value) in part.reads where symbol.kind == .input || symbol.kind == .policy {
        out.append("     " + L10n.t("reads {0} = {1}", symbol.qualifiedName, format(symbol, value, rubric)) + label(symbol, rubric))
      }
      for (symbol, value) in part.reads where symbol.kind == .clause || symbol.kind == .indicator {
        let (name, shown) = (symbol.qualifiedName, NumberFormat.trimmed(value))
        out.append("     " + (symbol.kind == .clause ? L10n.t("reads clause {0} = {1}", name, shown) : L10n.t("reads indicator {0} = {1}", name, shown)))
      }
      let threshold = TraceText.thresholdFormat(part, rubric)
      for event in part.events { out.append("     · \(TraceText.describe(event, threshold: threshold))") }
      if let note = c.note { out.append("     " + L10n.t("note: {0}", note)) }
      out.append("     → \(NumberFormat.trimmed(part.result))")
    }
    out.append("")
    if let cap = e.cap { out.append("  · \(TraceText.describe(cap))") }
    out.append("  " + L10n.t("indicator {0} scores {1} of {2}", ind.numberLabel, NumberFormat.trimmed(e.score), NumberFormat.trimmed(ind.points)))
    return out.joined(separator: "\n")
  }

  private static func names(_ list: [String], _ rubric: Rubric) -> String {
    list.map { n in rubric.departments[n].map { "\(n) (\($0))" } ?? n }.joined(separator: ", ")
  }

  private static func format(_ symbol: Symbol, _ value: Double, _ rubric: Rubric) -> String {
    if symbol.kind == .policy, let p = rubric.policy(named: symbol.qualifiedName) { return p.valueName(value) }
    if let input = rubric.input(named: symbol.qualifiedName) { return ValueParser.format(value, for: input) }
    return NumberFormat.trimmed(value)
  }

  private static func label(_ symbol: Symbol, _ rubric: Rubric) -> String {
    if let input = rubric.input(named: symbol.qualifiedName), !input.label.zh.isEmpty { return "  (\(input.label.zh))" }
    return ""
  }
}

/// Words for what a helper did.
public enum TraceText {
  /// One event as a line of text; `threshold` writes a tier's threshold (as a number by default).
  public static func describe(_ event: TraceEvent, threshold: ((Double) -> String)? = nil) -> String {
    let n = { (v: Double) in NumberFormat.trimmed(v, digits: 4) }
    switch event {
    case .floorApplied(let raw, let floor):
      return floor < 0
        ? L10n.t("negative floor {0} applied (最多扣; would be {1})", n(floor), n(raw))
        : L10n.t("floor {0} applied (扣完为止; would be {1})", n(floor), n(raw))
    case .capApplied(let raw, let cap): return L10n.t("cap {0} applied (加满为止; would be {1})", n(cap), n(raw))
    case .proportionCapped(let raw, let cap): return L10n.t("completion above the target: credit capped at {0} (would be {1})", n(cap), n(raw))
    case .deducted(let units, let amount): return L10n.t("deducted {0} for {1} units", n(amount), n(units))
    case .added(let units, let amount): return L10n.t("added {0} for {1} units", n(amount), n(units))
    case .wholeUnits(let raw, let counted): return L10n.t("counted {0} whole units of {1}", n(counted), n(raw))
    case .tier(let t, let atLeast, let p):
      return L10n.t("tier {0} {1} → {2}", atLeast ? "≥" : "≤", threshold?(t) ?? n(t), n(p))
    case .tierElse(let p): return L10n.t("no tier reached → {0}", n(p))
    case .belowThreshold(let ratio, let from): return L10n.t("completion {0}% is below {1}%: no credit", n(ratio * 100), n(from * 100))
    case .proportion(let ratio): return L10n.t("credit in proportion to completion: {0}%", n(ratio * 100))
    case .targetMissed(let actual, let target): return L10n.t("target {0} not met ({1}): no credit", n(target), n(actual))
    case .indicatorCapped(let raw, let cap): return L10n.t("indicator capped at its {0} points (clauses give {1}; cap_indicators=on)", n(cap), n(raw))
    case .zeroTarget: return L10n.t("target is 0: full credit")
    case .zeroWeights: return L10n.t("all weights are 0: average taken as 0")
    case .divisionByZero: return L10n.t("division by zero taken as 0")
    }
  }

  /// How to write the tier thresholds of a clause: in the unit of the input its `tiers(…)` or
  /// `tiers_at_most(…)` compares (`≥ 90%` rather than `≥ 0.9`) when that first argument is an input
  /// by itself; as numbers otherwise.
  public static func thresholdFormat(_ part: Explanation.ClausePart, _ rubric: Rubric) -> ((Double) -> String)? {
    let formula = part.clause.formula.filter { !$0.isWhitespace }
    for (symbol, _) in part.reads where symbol.kind == .input {
      guard let input = rubric.input(named: symbol.qualifiedName), input.kind.isNumeric else { continue }
      // A clause reads its own unit's inputs by their short name.
      let names = Set([symbol.qualifiedName, input.name, String(input.name.split(separator: ".").last ?? "")])
      for name in names where formula.contains("tiers(\(name),") || formula.contains("tiers_at_most(\(name),") {
        return { ValueParser.format($0, for: input) }
      }
    }
    return nil
  }
}
