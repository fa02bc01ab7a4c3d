import KaoheDiagnostics
import KaoheFormula

/// A tier that can never be reached: its threshold is out of order, or beyond the input's range.
struct UnreachableTierRule: LintRule {
  let id = "lint.unreachable-tier"

  func check(_ compiled: CompiledRubric) -> [Diagnostic] {
    var out: [Diagnostic] = []
    for clause in compiled.rubric.indicators.flatMap(\.clauses) {
      for use in compiled.formulas[clause.id]?.tierUses ?? [] {
        let range = use.subject.flatMap { s in compiled.rubric.input(named: s.qualifiedName)?.range }
        var previous: Double?
        for (value, span) in use.thresholds {
          guard let value else { continue }
          let atLeast = use.builtin == .tiers
          var reason: String?
          if let p = previous, atLeast ? value >= p : value <= p {
            reason = L10n.t("an earlier threshold {0} already catches every value it would", NumberFormat.trimmed(p, digits: 4))
          } else if let r = range, atLeast ? value > r.upperBound : value < r.lowerBound {
            reason = L10n.t("the input's range ends at {0}", NumberFormat.trimmed(atLeast ? r.upperBound : r.lowerBound, digits: 4))
          }
          if let reason {
            let where_ = clause.origin.location(of: span)
            out.append(
              Diagnostic(
                id: id, severity: .warning, message: L10n.t("tier {0} can never be reached: {1}", NumberFormat.trimmed(value, digits: 4), reason),
                location: where_, hint: atLeast ? L10n.t("list tiers from the highest threshold down") : L10n.t("list tiers from the lowest threshold up")))
          }
          previous = value
        }
      }
    }
    return out
  }
}
