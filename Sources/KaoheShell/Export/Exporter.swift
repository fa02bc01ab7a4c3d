import Foundation
import KaoheAnalysis
import KaoheDiagnostics
import KaoheRubric

/// Writes an analysis as SVG (a chart), CSV (opens cleanly in a spreadsheet: UTF-8 with a
/// byte-order mark) or JSON (the result's own fields).
public enum Exporter {
  /// The file's text for `path`'s extension.
  public static func export(_ output: AnalysisOutput, path: String, workspace w: Workspace) throws(ShellError) -> String {
    switch URL(fileURLWithPath: path).pathExtension.lowercased() {
    case "json": return json(output)
    case "csv": return "\u{FEFF}" + CSV.render(output, w)
    case "svg":
      guard let svg = SVGChart.render(output, w) else {
        throw ShellError(L10n.t("{0} has no chart", output.name), hint: L10n.t("export it as .csv or .json"))
      }
      return svg
    default:
      throw ShellError(L10n.t("cannot tell the format of {0}", path), hint: L10n.t("end the name with .svg, .csv or .json"))
    }
  }

  /// The result as pretty JSON with sorted keys.
  public static func json(_ output: AnalysisOutput) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data: Data?
    switch output {
    case .sweep(let r): data = try? encoder.encode(r)
    case .table(let r): data = try? encoder.encode(r)
    case .tornado(let r): data = try? encoder.encode(r)
    case .breakpoints(let r): data = try? encoder.encode(r)
    case .seek(let r): data = try? encoder.encode(r)
    case .monteCarlo(let r): data = try? encoder.encode(r)
    case .sobol(let r): data = try? encoder.encode(r)
    case .plan(let r): data = try? encoder.encode(r)
    }
    return (data.map { String(decoding: $0, as: UTF8.self) } ?? "{}") + "\n"
  }
}

/// CSV rows for each analysis.
enum CSV {
  static func cell(_ s: String) -> String {
    s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
  }

  static func line(_ cells: [String]) -> String { cells.map(cell).joined(separator: ",") + "\r\n" }

  static func n(_ v: Double) -> String { NumberFormat.trimmed(v, digits: 6) }

  static func render(_ output: AnalysisOutput, _ w: Workspace) -> String {
    switch output {
    case .sweep(let r):
      var s = line([r.input, L10n.t("score")] + r.indicators.map(\.indicator))
      for (i, v) in r.values.enumerated() { s += line([n(v), n(r.scores[i])] + r.indicators.map { n($0.values[i]) }) }
      return s
    case .table(let r):
      var s = line(["\(r.rowInput) \\ \(r.columnInput)"] + r.columnValues.map(n))
      for (i, v) in r.rowValues.enumerated() { s += line([n(v)] + r.scores[i].map(n)) }
      return s
    case .tornado(let r):
      var s = line([
        L10n.t("input"), L10n.t("label"), L10n.t("low value"), L10n.t("low score"), L10n.t("high value"), L10n.t("high score"),
        L10n.t("swing"),
      ])
      for b in r.bars { s += line([b.input, w.rubric.input(named: b.input)?.label.zh ?? "", n(b.low.value), n(b.low.score), n(b.high.value), n(b.high.score), n(b.swing)]) }
      return s
    case .breakpoints(let r):
      var s = line([
        L10n.t("value"), L10n.t("kind"), L10n.t("score left"), L10n.t("score at"), L10n.t("score right"), L10n.t("slope left"),
        L10n.t("slope right"), L10n.t("clauses"),
      ])
      for b in r.breakpoints { s += line([n(b.value), b.kind.rawValue, n(b.scoreLeft), n(b.scoreAt), n(b.scoreRight), n(b.slopeLeft), n(b.slopeRight), b.sources.joined(separator: " ")]) }
      return s
    case .seek(let r):
      return line([L10n.t("input"), L10n.t("target"), L10n.t("outcome"), L10n.t("value"), L10n.t("score"), L10n.t("change")]) + line([r.input, n(r.target), r.outcome.rawValue, n(r.value), n(r.score), n(r.change)])
    case .monteCarlo(let r):
      var s = line([L10n.t("bin from"), L10n.t("bin to"), L10n.t("count")])
      for b in r.histogram { s += line([n(b.lower), n(b.upper), "\(b.count)"]) }
      return s
    case .sobol(let r):
      var s = line([L10n.t("input"), L10n.t("first order"), L10n.t("first ±"), L10n.t("total order"), L10n.t("total ±")])
      for i in r.indices { s += line([i.variable, n(i.first), n(i.firstConfidence), n(i.total), n(i.totalConfidence)]) }
      return s
    case .plan(let r):
      var s = line([L10n.t("input"), L10n.t("from"), L10n.t("to"), L10n.t("cost"), L10n.t("gain alone")])
      for c in r.changes { s += line([c.input, n(c.from), n(c.to), n(c.cost), n(c.gainAlone)]) }
      return s
    }
  }
}
