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
            reason = "an earlier threshold \(NumberFormat.trimmed(p, digits: 4)) already catches every value it would"
          } else if let r = range, atLeast ? value > r.upperBound : value < r.lowerBound {
            reason = "the input's range ends at \(NumberFormat.trimmed(atLeast ? r.upperBound : r.lowerBound, digits: 4))"
          }
          if let reason {
            let where_ = clause.origin.location(of: span)
            out.append(
              Diagnostic(
                id: id, severity: .warning, message: "tier \(NumberFormat.trimmed(value, digits: 4)) can never be reached: \(reason)",
                location: where_, hint: atLeast ? "list tiers from the highest threshold down" : "list tiers from the lowest threshold up"))
          }
          previous = value
        }
      }
    }
    return out
  }
}
