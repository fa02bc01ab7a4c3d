import KaoheDiagnostics

/// Areas that do not add up to the rubric's total (for each unit).
struct TotalRule: LintRule {
  let id = "lint.total"

  func check(_ compiled: CompiledRubric) -> [Diagnostic] {
    let rubric = compiled.rubric
    return rubric.units.compactMap { unit in
      let sum = unit.areas.reduce(0) { $0 + $1.points }
      guard differ(sum, rubric.total) else { return nil }
      let whose = unit.id.isEmpty ? "the rubric's areas" : "the areas of \(unit.name.zh)"
      return Diagnostic(
        id: id, severity: .warning,
        message: "\(whose) add up to \(pts(sum)), but the total is \(pts(rubric.total))",
        location: unit.location)
    }
  }
}
