import KaoheDiagnostics

/// A lead or cooperating department that the rubric's `departments:` map does not name.
struct DepartmentNameRule: LintRule {
  let id = "lint.unknown-department"

  func check(_ compiled: CompiledRubric) -> [Diagnostic] {
    let known = compiled.rubric.departments
    guard !known.isEmpty else { return [] }
    var out: [Diagnostic] = []
    for indicator in compiled.rubric.indicators {
      for name in indicator.lead + indicator.cooperating where known[name] == nil {
        out.append(
          Diagnostic(
            id: id, severity: .warning, message: L10n.t("department '{0}' of indicator {1} is not listed under 'departments:'", name, indicator.numberLabel),
            location: indicator.location, hint: Suggestions.hint(for: name, among: known.keys) ?? L10n.t("add it with its English name")))
      }
    }
    return out
  }
}
