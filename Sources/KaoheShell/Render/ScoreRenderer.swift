import KaoheDiagnostics
import KaoheRubric

/// Renders a score report as text.
public enum ScoreRenderer {
  /// The whole report: heading, total, changes, and the table.
  public static func render(_ r: ScoreReport, policiesInOrder: [String]) -> String {
    var out: [String] = []
    out.append("\(r.title)  \(r.titleEn)")
    let illustrative = r.illustrative ? "  " + L10n.t("(示意数据，非官方统计 illustrative data, not official)") : ""
    out.append(L10n.t("baseline: {0}", r.baseline) + illustrative)
    out.append(L10n.t("policies: {0}", policiesInOrder.map { "\($0)=\(r.policies[$0] ?? "?")" }.joined(separator: ", ")))
    out.append("")
    let (total, maximum) = (NumberFormat.score(r.total), NumberFormat.trimmed(r.maximum))
    var headline = r.multiUnit ? L10n.t("mean: {0} / {1}", total, maximum) : L10n.t("total: {0} / {1}", total, maximum)
    if abs(r.total - r.baselineTotal) > 1e-9 {
      headline += "   " + L10n.t("(baseline {0}, {1})", NumberFormat.score(r.baselineTotal), NumberFormat.delta(r.total - r.baselineTotal))
    }
    out.append(headline)
    if !r.changes.isEmpty {
      out.append("")
      out.append(L10n.t("inputs changed from the baseline:"))
      for c in r.changes { out.append("  \(c.name) \(c.label): \(c.from) → \(c.to)") }
    }
    out.append("")
    out.append(table(r))
    return out.joined(separator: "\n")
  }

  private static func table(_ r: ScoreReport) -> String {
    let moved = r.rows.contains { abs($0.score - $0.baseline) > 1e-9 }
    if r.multiUnit {
      var t = TextTable([L10n.t("rank"), unitHeading(r), L10n.t("score")] + (moved ? ["Δ"] : []), alignments: [.right, .left, .right, .right])
      for row in r.rows {
        t.add(["\(row.rank ?? 0)", "\(row.title) \(row.titleEn)", NumberFormat.score(row.score)] + (moved ? [delta(row)] : []))
      }
      return t.render()
    }
    var t = TextTable(
      ["#", L10n.t("area / indicator 考核内容 / 指标"), L10n.t("points"), L10n.t("score")] + (moved ? ["Δ"] : []),
      alignments: [.right, .left, .right, .right, .right])
    for row in r.rows {
      let points = row.points.map { NumberFormat.trimmed($0) } ?? ""
      if row.level == "area" {
        t.add(["", row.title, points, NumberFormat.score(row.score)] + (moved ? [delta(row)] : []))
      } else {
        t.add([row.number ?? "", "  " + row.title, points, NumberFormat.score(row.score)] + (moved ? [delta(row)] : []))
      }
    }
    return t.render()
  }

  /// The heading of the units' column: `部门 department` as the report has it, or only its Chinese
  /// part in Chinese.
  private static func unitHeading(_ r: ScoreReport) -> String {
    guard L10n.language == .zh else { return r.unitLabel }
    return r.unitLabel.split(separator: " ").first.map(String.init) ?? r.unitLabel
  }

  private static func delta(_ row: ScoreReport.Row) -> String {
    abs(row.score - row.baseline) > 1e-9 ? NumberFormat.delta(row.score - row.baseline) : ""
  }
}
