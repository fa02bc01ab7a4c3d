import Foundation
import KaoheAnalysis
import KaoheDiagnostics
import KaoheRubric

extension Session {
  /// Runs an analysis on the current state, keeps it for `export`, and renders it.
  mutating func analyse(_ request: AnalysisRequest) throws(ShellError) -> String {
    let output = try AnalysisRunner(workspace: workspace, isCancelled: isCancelled).run(request)
    lastAnalysis = output
    return AnalysisRenderer.render(output, workspace: workspace)
  }

  mutating func vary(_ name: String?, _ text: String?) throws(ShellError) -> String {
    guard let name, let text else { return DistributionsRenderer.render(workspace) }
    let input = try AnalysisRunner.input(name, in: workspace)
    if text == "off" {
      guard workspace.distributions[input.name] != nil else { throw ShellError("\(input.name) has no distribution", hint: "list them with 'vary'") }
      pushUndo("vary \(input.name) off")
      workspace.distributions[input.name] = nil
      return "\(input.name) no longer varies"
    }
    guard input.kind.isNumeric else { throw ShellError("\(input.name) is not a number; only numeric inputs vary", hint: "flip it with set, or see its swing with tornado") }
    let distribution: Distribution
    do {
      distribution = try Distribution.parse(text, for: input)
    } catch {
      let full = "vary \(name) ~ \(text)"
      let offset = full.count - text.count
      throw ShellError(error.message, line: full, span: (offset + error.position, max(1, error.length)), hint: error.hint ?? "e.g. normal(-1%, 2%), uniform(88%, 98%), triangular(0, 2, 5), discrete(1: 0.2, 2: 0.8)")
    }
    let shown = DistributionText.format(distribution, for: input)
    pushUndo("vary \(input.name) ~ \(shown)")
    workspace.distributions[input.name] = distribution
    return "\(input.name) \(input.label.zh) ~ \(shown)" + (input.range.map { _ in " (samples kept within its range)" } ?? "")
  }

  mutating func cost(_ name: String?, _ text: String?) throws(ShellError) -> String {
    guard let name, let text else { return DistributionsRenderer.costs(workspace) }
    let input = try AnalysisRunner.input(name, in: workspace)
    guard let c = ValueParser.number(text), c >= 0 else {
      throw ShellError("'\(text)' is not a cost", hint: "a cost is a number ≥ 0 per unit of change (per percentage point for percentages)")
    }
    pushUndo("cost \(input.name) = \(text)")
    workspace.costs[input.name] = c
    return "cost of \(input.name): \(NumberFormat.trimmed(c, digits: 4)) per \(AnalysisRunner.costUnit(input))"
  }

  mutating func export(_ path: String, force: Bool) throws(ShellError) -> String {
    guard allowWrites else { throw ShellError("a replayed scenario may not write files (export \(path))", hint: "replay it with --allow-write if you trust it") }
    guard let last = lastAnalysis else { throw ShellError("nothing to export yet", hint: "run an analysis first: sweep, table, tornado, breakpoints, seek, montecarlo, sobol or plan") }
    let text = try Exporter.export(last, path: path, workspace: workspace)
    try AtomicFile.write(text, to: path, overwrite: force)
    return "wrote \(path) (\(last.name))"
  }
}
