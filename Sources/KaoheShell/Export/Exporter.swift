import Foundation
import KaoheAnalysis
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
        throw ShellError("\(output.name) has no chart", hint: "export it as .csv or .json")
      }
      return svg
    default:
      throw ShellError("cannot tell the format of \(path)", hint: "end the name with .svg, .csv or .json")
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
      var s = line([r.input, "score"] + r.indicators.map(\.indicator))
      for (i, v) in r.values.enumerated() { s += line([n(v), n(r.scores[i])] + r.indicators.map { n($0.values[i]) }) }
      return s
    case .table(let r):
      var s = line(["\(r.rowInput) \\ \(r.columnInput)"] + r.columnValues.map(n))
      for (i, v) in r.rowValues.enumerated() { s += line([n(v)] + r.scores[i].map(n)) }
      return s
    case .tornado(let r):
      var s = line(["input", "label", "low value", "low score", "high value", "high score", "swing"])
      for b in r.bars { s += line([b.input, w.rubric.input(named: b.input)?.label.zh ?? "", n(b.low.value), n(b.low.score), n(b.high.value), n(b.high.score), n(b.swing)]) }
      return s
    case .breakpoints(let r):
      var s = line(["value", "kind", "score left", "score at", "score right", "slope left", "slope right", "clauses"])
      for b in r.breakpoints { s += line([n(b.value), b.kind.rawValue, n(b.scoreLeft), n(b.scoreAt), n(b.scoreRight), n(b.slopeLeft), n(b.slopeRight), b.sources.joined(separator: " ")]) }
      return s
    case .seek(let r):
      return line(["input", "target", "outcome", "value", "score", "change"]) + line([r.input, n(r.target), r.outcome.rawValue, n(r.value), n(r.score), n(r.change)])
    case .monteCarlo(let r):
      var s = line(["bin from", "bin to", "count"])
      for b in r.histogram { s += line([n(b.lower), n(b.upper), "\(b.count)"]) }
      return s
    case .sobol(let r):
      var s = line(["input", "first order", "first ±", "total order", "total ±"])
      for i in r.indices { s += line([i.variable, n(i.first), n(i.firstConfidence), n(i.total), n(i.totalConfidence)]) }
      return s
    case .plan(let r):
      var s = line(["input", "from", "to", "cost", "gain alone"])
      for c in r.changes { s += line([c.input, n(c.from), n(c.to), n(c.cost), n(c.gainAlone)]) }
      return s
    }
  }
}
