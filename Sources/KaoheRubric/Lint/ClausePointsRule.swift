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
          message: L10n.t(
            "clause '{0}' awards {1} points, but indicator {2} is allotted only {3}", clause.id, pts(p), indicator.numberLabel,
            pts(indicator.points)),
          location: clause.location,
          hint: L10n.t("with cap_indicators on (the default) the indicator scores at most {0}", pts(indicator.points)))
      }
    }
  }
}
