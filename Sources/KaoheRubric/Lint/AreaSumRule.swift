import KaoheDiagnostics

/// An area whose items (or indicators) do not add up to its stated points.
struct AreaSumRule: LintRule {
  let id = "lint.area-sum"

  func check(_ compiled: CompiledRubric) -> [Diagnostic] {
    var seen = Set<String>()
    return compiled.rubric.units.flatMap(\.areas).compactMap { area in
      let sum = area.items.reduce(0) { $0 + ($1.points ?? $1.indicators.reduce(0) { $0 + $1.points }) }
      guard differ(sum, area.points) else { return nil }
      let key = "\(area.location?.line ?? 0):\(area.title.zh)"
      guard seen.insert(key).inserted else { return nil }
      return Diagnostic(
        id: id, severity: .warning,
        message: L10n.t("area '{0}' states {1} points, but its parts add up to {2}", area.title.zh, pts(area.points), pts(sum)),
        location: area.location)
    }
  }
}
