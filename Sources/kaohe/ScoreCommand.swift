import ArgumentParser
import KaoheRubric
import KaoheShell

/// `kaohe score`: the total and the table by area and indicator (or by department).
struct ScoreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "score",
    abstract: "Score a rubric for a baseline, with inputs and policies overridden.",
    discussion: "Shows what moved against the baseline when --set or --policy changes anything.")

  @OptionGroup var options: WorkspaceOptions

  @Flag(name: .long, help: "Print the report as JSON (see docs/json.md).")
  var json = false

  func run() throws {
    try Output.run {
      let w = try options.workspace()
      let report = w.report()
      if json {
        try Output.json(report)
      } else {
        Output.print(ScoreRenderer.render(report, policiesInOrder: w.rubric.policies.map(\.name)))
      }
    }
  }
}
