import KaoheDiagnostics

/// An indicator whose score clauses' points do not add up to its allotted points.
struct IndicatorSumRule: LintRule {
  let id = "lint.indicator-sum"

  func check(_ compiled: CompiledRubric) -> [Diagnostic] {
    compiled.rubric.indicators.compactMap { indicator in
      let scored = indicator.clauses.filter { $0.kind == .score }
      guard !scored.isEmpty, scored.allSatisfy({ $0.points != nil }) else { return nil }
      let sum = scored.reduce(0) { $0 + ($1.points ?? 0) }
      guard differ(sum, indicator.points) else { return nil }
      let (number, total, points) = (indicator.numberLabel, pts(sum), pts(indicator.points))
      return Diagnostic(
        id: id, severity: .warning,
        message: sum > indicator.points
          ? L10n.t("indicator {0}'s clauses add up to more than its points: {1} against {2}", number, total, points)
          : L10n.t("indicator {0}'s clauses add up to less than its points: {1} against {2}", number, total, points),
        location: indicator.location,
        hint: sum > indicator.points
          ? L10n.t("cap_indicators (on by default) limits it to {0}", points)
          : L10n.t("it can never score its full {0} points", points))
    }
  }
}
