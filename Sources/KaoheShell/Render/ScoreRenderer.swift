import KaoheRubric

/// Renders a score report as text.
public enum ScoreRenderer {
  /// The whole report: heading, total, changes, and the table.
  public static func render(_ r: ScoreReport, policiesInOrder: [String]) -> String {
    var out: [String] = []
    out.append("\(r.title)  \(r.titleEn)")
    out.append("baseline: \(r.baseline)\(r.illustrative ? "  (示意数据，非官方统计 illustrative data, not official)" : "")")
    out.append("policies: " + policiesInOrder.map { "\($0)=\(r.policies[$0] ?? "?")" }.joined(separator: ", "))
    out.append("")
    let label = r.multiUnit ? "mean" : "total"
    var headline = "\(label): \(NumberFormat.score(r.total)) / \(NumberFormat.trimmed(r.maximum))"
    if abs(r.total - r.baselineTotal) > 1e-9 {
      headline += "   (baseline \(NumberFormat.score(r.baselineTotal)), \(NumberFormat.delta(r.total - r.baselineTotal)))"
    }
    out.append(headline)
    if !r.changes.isEmpty {
      out.append("")
      out.append("inputs changed from the baseline:")
      for c in r.changes { out.append("  \(c.name) \(c.label): \(c.from) → \(c.to)") }
    }
    out.append("")
    out.append(table(r))
    return out.joined(separator: "\n")
  }

  private static func table(_ r: ScoreReport) -> String {
    let moved = r.rows.contains { abs($0.score - $0.baseline) > 1e-9 }
    if r.multiUnit {
      var t = TextTable(["rank", r.unitLabel, "score"] + (moved ? ["Δ"] : []), alignments: [.right, .left, .right, .right])
      for row in r.rows {
        t.add(["\(row.rank ?? 0)", "\(row.title) \(row.titleEn)", NumberFormat.score(row.score)] + (moved ? [delta(row)] : []))
      }
      return t.render()
    }
    var t = TextTable(["#", "area / indicator 考核内容 / 指标", "points", "score"] + (moved ? ["Δ"] : []), alignments: [.right, .left, .right, .right, .right])
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

  private static func delta(_ row: ScoreReport.Row) -> String {
    abs(row.score - row.baseline) > 1e-9 ? NumberFormat.delta(row.score - row.baseline) : ""
  }
}
