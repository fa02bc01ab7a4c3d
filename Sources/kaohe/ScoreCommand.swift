import ArgumentParser
import KaoheDiagnostics
import KaoheRubric
import KaoheShell

/// `kaohe score`: the total and the table by area and indicator (or by department).
struct ScoreCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "score",
      abstract: L10n.t("Score a rubric for a baseline, with inputs and policies overridden."),
      discussion: L10n.t("Shows what moved against the baseline when --set or --policy changes anything."))
  }

  @OptionGroup var options: WorkspaceOptions

  @Flag(name: .long, help: ArgumentHelp(L10n.t("Print the report as JSON (see docs/json.md).")))
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
