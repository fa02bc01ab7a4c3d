import KaoheDiagnostics

/// Areas that do not add up to the rubric's total (for each unit).
struct TotalRule: LintRule {
  let id = "lint.total"

  func check(_ compiled: CompiledRubric) -> [Diagnostic] {
    let rubric = compiled.rubric
    return rubric.units.compactMap { unit in
      let sum = unit.areas.reduce(0) { $0 + $1.points }
      guard differ(sum, rubric.total) else { return nil }
      let message =
        unit.id.isEmpty
        ? L10n.t("the rubric's areas add up to {0}, but the total is {1}", pts(sum), pts(rubric.total))
        : L10n.t("the areas of {0} add up to {1}, but the total is {2}", unit.name.zh, pts(sum), pts(rubric.total))
      return Diagnostic(
        id: id, severity: .warning,
        message: message,
        location: unit.location)
    }
  }
}
