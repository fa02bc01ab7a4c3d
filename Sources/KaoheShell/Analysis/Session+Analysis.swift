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
      guard workspace.distributions[input.name] != nil else { throw ShellError(L10n.t("{0} has no distribution", input.name), hint: L10n.t("list them with 'vary'")) }
      pushUndo("vary \(input.name) off")
      workspace.distributions[input.name] = nil
      return L10n.t("{0} no longer varies", input.name)
    }
    guard input.kind.isNumeric else {
      throw ShellError(L10n.t("{0} is not a number; only numeric inputs vary", input.name), hint: L10n.t("flip it with set, or see its swing with tornado"))
    }
    let distribution: Distribution
    do {
      distribution = try Distribution.parse(text, for: input)
    } catch {
      let full = "vary \(name) ~ \(text)"
      let offset = full.count - text.count
      throw ShellError(error.message, line: full, span: (offset + error.position, max(1, error.length)), hint: error.hint ?? L10n.t("e.g. normal(-1%, 2%), uniform(88%, 98%), triangular(0, 2, 5), discrete(1: 0.2, 2: 0.8)"))
    }
    let shown = DistributionText.format(distribution, for: input)
    pushUndo("vary \(input.name) ~ \(shown)")
    workspace.distributions[input.name] = distribution
    return "\(input.name) \(input.label.zh) ~ \(shown)" + (input.range.map { _ in L10n.t(" (samples kept within its range)") } ?? "")
  }

  mutating func cost(_ name: String?, _ text: String?) throws(ShellError) -> String {
    guard let name, let text else { return DistributionsRenderer.costs(workspace) }
    let input = try AnalysisRunner.input(name, in: workspace)
    let fixed = ["inf", "infinity", "∞", "fixed", "固定"].contains(text.lowercased())
    guard let c = fixed ? Double.infinity : ValueParser.number(text), c >= 0 else {
      throw ShellError(L10n.t("'{0}' is not a cost", text), hint: L10n.t("a cost is a number ≥ 0 per unit of change (per percentage point for percentages)"))
    }
    pushUndo("cost \(input.name) = \(text)")
    workspace.costs[input.name] = c
    return L10n.t("cost of {0}: {1} per {2}", input.name, NumberFormat.trimmed(c, digits: 4), AnalysisRunner.costUnit(input))
  }

  mutating func export(_ path: String, force: Bool) throws(ShellError) -> String {
    guard allowWrites else { throw Session.replayMayNotWrite("export \(path)") }
    guard let last = lastAnalysis else {
      throw ShellError(L10n.t("nothing to export yet"), hint: L10n.t("run an analysis first: sweep, table, tornado, breakpoints, seek, montecarlo, sobol or plan"))
    }
    let text = try Exporter.export(last, path: path, workspace: workspace)
    try AtomicFile.write(text, to: path, overwrite: force)
    return L10n.t("wrote {0} ({1})", path, last.name)
  }
}
