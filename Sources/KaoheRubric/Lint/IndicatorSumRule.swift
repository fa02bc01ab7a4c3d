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
      let verb = sum > indicator.points ? "add up to more than" : "add up to less than"
      return Diagnostic(
        id: id, severity: .warning,
        message: "indicator \(indicator.numberLabel)'s clauses \(verb) its points: \(pts(sum)) against \(pts(indicator.points))",
        location: indicator.location,
        hint: sum > indicator.points
          ? "cap_indicators (on by default) limits it to \(pts(indicator.points))"
          : "it can never score its full \(pts(indicator.points)) points")
    }
  }
}
