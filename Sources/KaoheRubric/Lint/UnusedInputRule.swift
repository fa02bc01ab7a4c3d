import KaoheDiagnostics

/// An input declared but never read by any formula.
struct UnusedInputRule: LintRule {
  let id = "lint.unused-input"

  func check(_ compiled: CompiledRubric) -> [Diagnostic] {
    compiled.rubric.inputs.compactMap { input in
      guard compiled.readers[input.name] == nil else { return nil }
      return Diagnostic(
        id: id, severity: .warning, message: L10n.t("input '{0}' is declared but no formula reads it", input.name),
        location: input.location, hint: L10n.t("remove it, or use it in a clause's formula"))
    }
  }
}
