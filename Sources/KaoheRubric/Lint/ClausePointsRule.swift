import KaoheDiagnostics

/// A clause allotted more points than its whole indicator.
struct ClausePointsRule: LintRule {
  let id = "lint.clause-exceeds-indicator"

  func check(_ compiled: CompiledRubric) -> [Diagnostic] {
    compiled.rubric.indicators.flatMap { indicator in
      indicator.clauses.compactMap { clause -> Diagnostic? in
        guard clause.kind == .score, let p = clause.points, p > indicator.points + 1e-6 else { return nil }
        return Diagnostic(
          id: id, severity: .warning,
          message: "clause '\(clause.id)' awards \(pts(p)) points, but indicator \(indicator.numberLabel) is allotted only \(pts(indicator.points))",
          location: clause.location,
          hint: "with cap_indicators on (the default) the indicator scores at most \(pts(indicator.points))")
      }
    }
  }
}
