import Foundation
import KaoheDiagnostics
import KaoheRubric
import KaoheScenario

/// A self-contained HTML page of a scenario: its prose, commands, outputs and charts as inline SVG,
/// to mail to a colleague. Replays the scenario to draw the charts; writes no file itself.
public enum HTMLReport {
  /// A page and what went into it.
  public struct Page: Sendable {
    /// The HTML.
    public var html: String
    /// The prose cells (notes) on the page.
    public var notes: Int
    /// The commands replayed.
    public var commands: Int
    /// The commands that printed an error.
    public var errors: Int
    /// The charts drawn (one per analysis that has one).
    public var charts: Int
  }

  /// The page for `scenario` (replayed fresh, with no file writes allowed).
  public static func render(_ scenario: Scenario, title: String) throws(DiagnosticError) -> String {
    try page(scenario, title: title).html
  }

  /// The page for `scenario`, with counts of what it holds.
  public static func page(_ scenario: Scenario, title: String) throws(DiagnosticError) -> Page {
    var session = try Replayer.session(for: scenario, allowWrites: false)
    var counts = Page(html: "", notes: 0, commands: 0, errors: 0, charts: 0)
    let w = session.workspace
    var body: [String] = []
    body.append("<h1>\(esc(title))</h1>")
    let illustrative = w.baseline.illustrative ? " — " + L10n.t("示意数据，非官方统计 (illustrative data, not official)") : ""
    let baseline = L10n.t("baseline {0}: {1}", w.baseline.id, w.baseline.title.both) + illustrative
    let policies = L10n.t("policies: {0}", scenario.header.policies.map { "\($0.name)=\($0.value)" }.joined(separator: ", "))
    body.append("<p class=\"meta\">\(esc(w.rubric.title.zh)) · \(esc(w.rubric.title.en))<br>\(esc(baseline))<br>\(esc(policies))</p>")
    cells: for cell in scenario.cells {
      switch cell {
      case .prose(let lines):
        counts.notes += 1
        body.append("<p>\(esc(lines.joined(separator: " ")))</p>")
      case .command(let line, _):
        let isAnalysis: Bool
        if case .success(.analysis?) = CommandParser.parse(line) { isAnalysis = true } else { isAnalysis = false }
        let result = session.run(line)
        counts.commands += 1
        if result.isError { counts.errors += 1 }
        body.append("<pre class=\"cmd\">&gt; \(esc(line))</pre>")
        if !result.output.isEmpty { body.append("<pre class=\"\(result.isError ? "err" : "out")\">\(esc(result.output))</pre>") }
        if isAnalysis, !result.isError, let last = session.lastAnalysis, let svg = SVGChart.render(last, session.workspace) {
          counts.charts += 1
          body.append("<figure>\(svg)</figure>")
        }
        if result.quit { break cells }
      }
    }
    counts.html = """
      <!DOCTYPE html>
      <html lang="zh-Hans">
      <head>
      <meta charset="utf-8">
      <title>\(esc(title))</title>
      <style>
      body { font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
      pre { font-family: "Noto Sans Mono CJK SC", "Sarasa Mono SC", monospace; background: #f6f6f6; padding: .5rem .75rem; overflow-x: auto; }
      pre.cmd { background: #1f2d3d; color: #fff; margin-bottom: 0; }
      pre.out { margin-top: 0; }
      pre.err { margin-top: 0; color: #a00; }
      p.meta { color: #555; }
      figure { margin: 1rem 0; }
      </style>
      </head>
      <body>
      \(body.joined(separator: "\n"))
      </body>
      </html>

      """
    return counts
  }

  static func esc(_ s: String) -> String {
    s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
  }
}
