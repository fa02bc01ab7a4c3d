import KaoheDiagnostics

/// A key item whose indicators do not add up to its stated points.
struct ItemSumRule: LintRule {
  let id = "lint.item-sum"

  func check(_ compiled: CompiledRubric) -> [Diagnostic] {
    compiled.rubric.units.flatMap(\.areas).flatMap(\.items).compactMap { item in
      guard let points = item.points else { return nil }
      let sum = item.indicators.reduce(0) { $0 + $1.points }
      guard differ(sum, points) else { return nil }
      return Diagnostic(
        id: id, severity: .warning,
        message: L10n.t("item '{0}' states {1} points, but its indicators add up to {2}", item.title.zh, pts(points), pts(sum)),
        location: item.location)
    }
  }
}
