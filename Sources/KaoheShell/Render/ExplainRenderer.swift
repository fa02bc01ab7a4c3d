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
    out.append("\(unit)indicator \(ind.numberLabel) [\(ind.id)] \(ind.title.zh) (\(ind.title.en)) — \(NumberFormat.trimmed(ind.points)) point\(ind.points == 1 ? "" : "s")")
    if !ind.lead.isEmpty || !ind.cooperating.isEmpty {
      out.append("  lead 牵头: \(names(ind.lead, rubric))" + (ind.cooperating.isEmpty ? "" : "; cooperating 配合: \(names(ind.cooperating, rubric))"))
    }
    for (i, part) in e.clauses.enumerated() {
      let c = part.clause
      out.append("")
      let pts = c.points.map { ", \(NumberFormat.trimmed($0)) points" } ?? ""
      out.append("  \(i + 1). \(c.localID) (\(c.kind == .penalty ? "penalty 倒扣" : "score")\(pts))")
      out.append("     rule: \(c.text)")
      let formulaLines = c.formula.split(separator: "\n").map { String($0) }.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
      out.append("     formula: " + (formulaLines.first ?? ""))
      for line in formulaLines.dropFirst() { out.append("              " + line) }
      for (symbol, value) in part.reads where symbol.kind == .input || symbol.kind == .policy {
        out.append("     reads \(symbol.qualifiedName) = \(format(symbol, value, rubric))\(label(symbol, rubric))")
      }
      for (symbol, value) in part.reads where symbol.kind == .clause || symbol.kind == .indicator {
        out.append("     reads \(symbol.kind.rawValue) \(symbol.qualifiedName) = \(NumberFormat.trimmed(value))")
      }
      for event in part.events { out.append("     · \(TraceText.describe(event))") }
      if let note = c.note { out.append("     note: \(note)") }
      out.append("     → \(NumberFormat.trimmed(part.result))")
    }
    out.append("")
    if let cap = e.cap { out.append("  · \(TraceText.describe(cap))") }
    out.append("  indicator \(ind.numberLabel) scores \(NumberFormat.trimmed(e.score)) of \(NumberFormat.trimmed(ind.points))")
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
  /// One event as a line of text.
  public static func describe(_ event: TraceEvent) -> String {
    let n = { (v: Double) in NumberFormat.trimmed(v, digits: 4) }
    switch event {
    case .floorApplied(let raw, let floor):
      return floor < 0 ? "negative floor \(n(floor)) applied (最多扣; would be \(n(raw)))" : "floor \(n(floor)) applied (扣完为止; would be \(n(raw)))"
    case .capApplied(let raw, let cap): return "cap \(n(cap)) applied (加满为止; would be \(n(raw)))"
    case .deducted(let units, let amount): return "deducted \(n(amount)) for \(n(units)) units"
    case .added(let units, let amount): return "added \(n(amount)) for \(n(units)) units"
    case .wholeUnits(let raw, let counted): return "counted \(n(counted)) whole units of \(n(raw))"
    case .tier(let t, let atLeast, let p): return "tier \(atLeast ? "≥" : "≤") \(n(t)) → \(n(p))"
    case .tierElse(let p): return "no tier reached → \(n(p))"
    case .belowThreshold(let ratio, let from): return "completion \(n(ratio * 100))% is below \(n(from * 100))%: no credit"
    case .proportion(let ratio): return "credit in proportion to completion: \(n(ratio * 100))%"
    case .targetMissed(let actual, let target): return "target \(n(target)) not met (\(n(actual))): no credit"
    case .indicatorCapped(let raw, let cap): return "indicator capped at its \(n(cap)) points (clauses give \(n(raw)); cap_indicators=on)"
    case .zeroTarget: return "target is 0: full credit"
    case .zeroWeights: return "all weights are 0: average taken as 0"
    case .divisionByZero: return "division by zero taken as 0"
    }
  }
}
