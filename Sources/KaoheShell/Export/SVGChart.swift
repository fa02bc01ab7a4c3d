import Foundation
import KaoheAnalysis
import KaoheDiagnostics
import KaoheRubric

/// Self-contained SVG charts of analyses (no scripts, no external fonts), for export and reports.
public enum SVGChart {
  static let width = 720.0
  static let height = 360.0
  static let margin = (left: 70.0, right: 20.0, top: 40.0, bottom: 50.0)

  /// The chart of an analysis, or nil when it has none.
  public static func render(_ output: AnalysisOutput, _ w: Workspace) -> String? {
    switch output {
    case .sweep(let r):
      return line(title: "\(AnalysisRenderer.label(r.input, w))", xs: r.values, ys: r.scores, xLabel: { AnalysisRenderer.format($0, r.input, w) }, yLabel: AnalysisRenderer.objective(r.objective, w))
    case .tornado(let r): return tornado(r, w)
    case .monteCarlo(let r):
      return bars(title: L10n.t("Monte Carlo, {0} samples", r.samples), labels: r.histogram.map { NumberFormat.trimmed($0.lower, digits: 1) }, values: r.histogram.map { Double($0.count) })
    case .sobol(let r):
      return bars(title: L10n.t("Sobol total-order indices"), labels: r.indices.map(\.variable), values: r.indices.map { max(0, $0.total) })
    case .table(let r): return heatmap(r, w)
    case .breakpoints, .seek, .plan: return nil
    }
  }

  static func esc(_ s: String) -> String {
    s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
  }

  static func f(_ v: Double) -> String { String(format: "%.1f", v) }

  static func frame(_ title: String, _ body: String) -> String {
    """
    <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" viewBox="0 0 \(Int(width)) \(Int(height))" font-family="sans-serif" font-size="12">
    <rect width="100%" height="100%" fill="white"/>
    <text x="\(f(width / 2))" y="22" text-anchor="middle" font-size="15">\(esc(title))</text>
    \(body)
    </svg>

    """
  }

  static func line(title: String, xs: [Double], ys: [Double], xLabel: (Double) -> String, yLabel: String) -> String {
    let (x0, x1) = (xs.min() ?? 0, xs.max() ?? 1)
    var (y0, y1) = (ys.min() ?? 0, ys.max() ?? 1)
    if y1 - y0 < 1e-9 { (y0, y1) = (y0 - 1, y1 + 1) }
    let pw = width - margin.left - margin.right
    let ph = height - margin.top - margin.bottom
    func px(_ x: Double) -> Double { margin.left + (x1 > x0 ? (x - x0) / (x1 - x0) : 0.5) * pw }
    func py(_ y: Double) -> Double { margin.top + (1 - (y - y0) / (y1 - y0)) * ph }
    let points = zip(xs, ys).map { "\(f(px($0))),\(f(py($1)))" }.joined(separator: " ")
    var body = "<polyline fill=\"none\" stroke=\"#c0392b\" stroke-width=\"2\" points=\"\(points)\"/>\n"
    body += "<line x1=\"\(f(margin.left))\" y1=\"\(f(margin.top + ph))\" x2=\"\(f(margin.left + pw))\" y2=\"\(f(margin.top + ph))\" stroke=\"black\"/>\n"
    body += "<line x1=\"\(f(margin.left))\" y1=\"\(f(margin.top))\" x2=\"\(f(margin.left))\" y2=\"\(f(margin.top + ph))\" stroke=\"black\"/>\n"
    for i in 0...4 {
      let y = y0 + (y1 - y0) * Double(i) / 4
      body += "<text x=\"\(f(margin.left - 6))\" y=\"\(f(py(y) + 4))\" text-anchor=\"end\">\(NumberFormat.trimmed(y, digits: 2))</text>\n"
      let x = x0 + (x1 - x0) * Double(i) / 4
      body += "<text x=\"\(f(px(x)))\" y=\"\(f(margin.top + ph + 18))\" text-anchor=\"middle\">\(esc(xLabel(x)))</text>\n"
    }
    body += "<text x=\"16\" y=\"\(f(margin.top + ph / 2))\" transform=\"rotate(-90 16 \(f(margin.top + ph / 2)))\" text-anchor=\"middle\">\(esc(yLabel))</text>"
    return frame(title, body)
  }

  static func bars(title: String, labels: [String], values: [Double]) -> String {
    let top = max(values.max() ?? 1, 1e-9)
    let pw = width - margin.left - margin.right
    let ph = height - margin.top - margin.bottom
    let bw = pw / Double(max(1, values.count))
    var body = ""
    for (i, v) in values.enumerated() {
      let h = v / top * ph
      let x = margin.left + Double(i) * bw
      body += "<rect x=\"\(f(x + 1))\" y=\"\(f(margin.top + ph - h))\" width=\"\(f(max(1, bw - 2)))\" height=\"\(f(h))\" fill=\"#2e86c1\"/>\n"
      if values.count <= 24 {
        body += "<text x=\"\(f(x + bw / 2))\" y=\"\(f(margin.top + ph + 16))\" text-anchor=\"middle\" font-size=\"10\">\(esc(labels[i]))</text>\n"
      }
    }
    return frame(title, body)
  }

  static func tornado(_ r: TornadoResult, _ w: Workspace) -> String {
    let bars = Array(r.bars.filter { $0.swing > 1e-9 }.prefix(15))
    let extent = max(bars.map { max(abs($0.low.score - r.baselineScore), abs($0.high.score - r.baselineScore)) }.max() ?? 1, 1e-9)
    let left = 260.0
    let pw = width - left - margin.right
    let center = left + pw / 2
    let rowHeight = (height - margin.top - 20) / Double(max(1, bars.count))
    var body = "<line x1=\"\(f(center))\" y1=\"\(f(margin.top))\" x2=\"\(f(center))\" y2=\"\(f(height - 10))\" stroke=\"black\"/>\n"
    for (i, b) in bars.enumerated() {
      let y = margin.top + Double(i) * rowHeight
      let lo = min(b.low.score, b.high.score) - r.baselineScore
      let hi = max(b.low.score, b.high.score) - r.baselineScore
      let x0 = center + min(0, lo) / extent * pw / 2
      let x1 = center + max(0, hi) / extent * pw / 2
      body += "<rect x=\"\(f(x0))\" y=\"\(f(y + 2))\" width=\"\(f(center - x0))\" height=\"\(f(rowHeight - 4))\" fill=\"#c0392b\"/>\n"
      body += "<rect x=\"\(f(center))\" y=\"\(f(y + 2))\" width=\"\(f(x1 - center))\" height=\"\(f(rowHeight - 4))\" fill=\"#27ae60\"/>\n"
      body += "<text x=\"\(f(left - 8))\" y=\"\(f(y + rowHeight / 2 + 4))\" text-anchor=\"end\">\(esc(DisplayWidth.truncate(AnalysisRenderer.label(b.input, w), to: 40)))</text>\n"
    }
    return frame(L10n.t("Tornado: swing of the {0} (now {1})", AnalysisRenderer.objective(r.objective, w), NumberFormat.score(r.baselineScore)), body)
  }

  static func heatmap(_ r: DataTableResult, _ w: Workspace) -> String {
    let all = r.scores.flatMap { $0 }
    let (lo, hi) = (all.min() ?? 0, all.max() ?? 1)
    let pw = width - margin.left - margin.right
    let ph = height - margin.top - margin.bottom
    let cw = pw / Double(max(1, r.columnValues.count))
    let ch = ph / Double(max(1, r.rowValues.count))
    var body = ""
    for (i, row) in r.scores.enumerated() {
      for (j, v) in row.enumerated() {
        let t = hi > lo ? (v - lo) / (hi - lo) : 1
        let color = "rgb(\(Int(230 - 180 * t)),\(Int(120 + 100 * t)),\(Int(100 + 40 * t)))"
        let x = margin.left + Double(j) * cw
        let y = margin.top + Double(i) * ch
        body += "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(cw))\" height=\"\(f(ch))\" fill=\"\(color)\"/>\n"
        if r.columnValues.count <= 12 && r.rowValues.count <= 20 {
          body += "<text x=\"\(f(x + cw / 2))\" y=\"\(f(y + ch / 2 + 4))\" text-anchor=\"middle\" font-size=\"10\">\(NumberFormat.score(v))</text>\n"
        }
      }
      body += "<text x=\"\(f(margin.left - 6))\" y=\"\(f(margin.top + Double(i) * ch + ch / 2 + 4))\" text-anchor=\"end\" font-size=\"10\">\(esc(AnalysisRenderer.format(r.rowValues[i], r.rowInput, w)))</text>\n"
    }
    for (j, v) in r.columnValues.enumerated() where r.columnValues.count <= 24 {
      body += "<text x=\"\(f(margin.left + Double(j) * cw + cw / 2))\" y=\"\(f(margin.top + ph + 16))\" text-anchor=\"middle\" font-size=\"10\">\(esc(AnalysisRenderer.format(v, r.columnInput, w)))</text>\n"
    }
    return frame("\(r.rowInput) × \(r.columnInput)", body)
  }
}
