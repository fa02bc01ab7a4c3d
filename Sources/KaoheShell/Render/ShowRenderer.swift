import KaoheDiagnostics
import KaoheRubric

/// `show`: the whole score, the total, the areas, one indicator or one department.
public enum ShowRenderer {
  /// The view asked for.
  public static func render(_ w: Workspace, target: String?) throws(ShellError) -> String {
    let e = w.evaluate()
    let rubric = w.rubric
    switch target?.lowercased() {
    case nil:
      return ScoreRenderer.render(w.report(), policiesInOrder: rubric.policies.map(\.name))
    case "total", "mean":
      var lines = ["\(Words.headline(rubric)) \(NumberFormat.score(e.headline)) / \(NumberFormat.trimmed(rubric.total))"]
      let base = w.evaluateBaseline().headline
      if abs(base - e.headline) > 1e-9 {
        lines[0] += "  " + L10n.t("(baseline {0}, {1})", NumberFormat.score(base), NumberFormat.delta(e.headline - base))
      }
      return lines.joined(separator: "\n")
    case "areas":
      var t = TextTable([L10n.t("area 考核内容"), L10n.t("points"), L10n.t("score")], alignments: [.left, .right, .right])
      for unit in rubric.units {
        for area in unit.areas {
          t.add([(rubric.isMultiUnit ? unit.name.zh + " · " : "") + area.title.zh, NumberFormat.trimmed(area.points), NumberFormat.score(e.area(area.id))])
        }
      }
      return t.render()
    default:
      guard let target else { return "" }
      if let unit = rubric.unit(named: target), rubric.isMultiUnit { return department(unit, e) }
      switch w.findIndicator(target) {
      case .success(let ind): return indicator(ind, e)
      case .failure(let d):
        let units = rubric.isMultiUnit ? rubric.units.flatMap { [$0.id, $0.name.zh] } : []
        let hint = Suggestions.hint(for: target, among: units + rubric.indicators.map(\.id)) ?? L10n.t("show total | areas | an indicator | a {0}", rubric.unitLabel.shown)
        throw ShellError(d.message, hint: hint)
      }
    }
  }

  static func indicator(_ ind: Indicator, _ e: Evaluation) -> String {
    var t = TextTable([L10n.t("clause"), L10n.t("kind"), L10n.t("points"), L10n.t("score")], alignments: [.left, .left, .right, .right])
    for c in ind.clauses {
      t.add([c.localID, Words.clauseKind(c.kind), c.points.map { NumberFormat.trimmed($0) } ?? "", NumberFormat.score(e.clause(c.id))])
    }
    let head = L10n.t(
      "indicator {0} {1} ({2}): {3} / {4}", ind.numberLabel, ind.title.zh, ind.title.en, NumberFormat.score(e.indicator(ind.id)),
      NumberFormat.trimmed(ind.points))
    return head + "\n" + t.render()
  }

  static func department(_ unit: AssessedUnit, _ e: Evaluation) -> String {
    var t = TextTable(["#", L10n.t("task 任务"), L10n.t("points"), L10n.t("score")], alignments: [.right, .left, .right, .right])
    for area in unit.areas {
      t.add(["", area.title.zh, NumberFormat.trimmed(area.points), NumberFormat.score(e.area(area.id))])
      for ind in area.items.flatMap(\.indicators) {
        t.add([ind.numberLabel, "  " + ind.title.zh, NumberFormat.trimmed(ind.points), NumberFormat.score(e.indicator(ind.id))])
      }
    }
    let rank = e.ranking.first { $0.unit.id == unit.id }?.rank ?? 0
    let head = L10n.t(
      "{0} {1}: {2} / {3}, rank {4} of {5}", unit.name.zh, unit.name.en, NumberFormat.score(e.total(unit: unit.id)),
      NumberFormat.trimmed(e.compiled.rubric.total), rank, e.compiled.rubric.units.count)
    return head + "\n" + t.render()
  }
}
