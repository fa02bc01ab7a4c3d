import KaoheDiagnostics
import KaoheRubric

/// What moved between two evaluations: the total before → after, and each indicator (or unit) that moved.
public enum ChangeRenderer {
  /// Lines describing the change; "no score moved" when nothing did.
  public static func render(before: Evaluation, after: Evaluation) -> String {
    let rubric = after.compiled.rubric
    let label = Words.headline(rubric)
    var out = ["\(label) \(NumberFormat.score(before.headline)) → \(NumberFormat.score(after.headline)) (\(NumberFormat.delta(after.headline - before.headline)))"]
    var t = TextTable(["", "", L10n.t("before"), L10n.t("after"), "Δ"], alignments: [.right, .left, .right, .right, .right])
    for unit in rubric.units {
      let unitMoved = rubric.isMultiUnit && moved(before.total(unit: unit.id), after.total(unit: unit.id))
      if unitMoved {
        t.add(["", "\(unit.name.zh) \(unit.name.en)", NumberFormat.score(before.total(unit: unit.id)), NumberFormat.score(after.total(unit: unit.id)), NumberFormat.delta(after.total(unit: unit.id) - before.total(unit: unit.id))])
      }
      for ind in unit.indicators where moved(before.indicator(ind.id), after.indicator(ind.id)) {
        let name = rubric.isMultiUnit ? "  \(ind.numberLabel). \(ind.title.zh)" : ind.title.zh
        t.add([rubric.isMultiUnit ? "" : ind.numberLabel, name, NumberFormat.score(before.indicator(ind.id)), NumberFormat.score(after.indicator(ind.id)), NumberFormat.delta(after.indicator(ind.id) - before.indicator(ind.id))])
      }
    }
    if t.rows.isEmpty {
      out.append(L10n.t("no score moved"))
    } else {
      t.maximumCellWidth = 44
      out.append(contentsOf: t.render().split(separator: "\n").dropFirst(2).map(String.init))
    }
    return out.joined(separator: "\n")
  }

  static func moved(_ a: Double, _ b: Double) -> Bool { abs(a - b) > 1e-9 }
}
