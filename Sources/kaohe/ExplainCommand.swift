import ArgumentParser
import KaoheDiagnostics
import KaoheRubric
import KaoheShell

/// `kaohe explain INDICATOR`: each clause's text, the inputs it read, its formula and result.
struct ExplainCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "explain",
      abstract: L10n.t("Explain how an indicator scores: rule text, inputs read, formula, result, caps and floors."))
  }

  @Argument(help: ArgumentHelp(L10n.t("An indicator number (5) or id (i5, gongxin.t2)."), valueName: "INDICATOR"))
  var indicator: String

  @OptionGroup var options: WorkspaceOptions

  @Flag(name: .long, help: ArgumentHelp(L10n.t("Print the explanation as JSON.")))
  var json = false

  func run() throws {
    try Output.run {
      let w = try options.workspace()
      switch w.findIndicator(indicator) {
      case .failure(let d): throw Failure(diagnostics: [d])
      case .success(let ind):
        let e = w.compiled.explain(ind, inputs: w.inputs, policies: w.policies)
        if json {
          try Output.json(ExplanationReport.make(e, compiled: w.compiled))
        } else {
          Output.print(ExplainRenderer.render(e, compiled: w.compiled))
        }
      }
    }
  }
}
