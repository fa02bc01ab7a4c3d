import ArgumentParser
import KaoheDiagnostics
import KaoheRubric
import KaoheShell

/// `kaohe inputs [FILTER]`: the rubric's inputs with labels, units, ranges and baseline values.
struct InputsCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "inputs", abstract: L10n.t("List a rubric's inputs: name, labels, unit, range, baseline value, indicators."))
  }

  @Argument(help: ArgumentHelp(L10n.t("Show only inputs whose name or label contains this text.")))
  var filter: String?

  @OptionGroup var options: WorkspaceOptions

  @Flag(name: .long, help: ArgumentHelp(L10n.t("Print the inputs as JSON.")))
  var json = false

  func run() throws {
    try Output.run {
      let w = try options.workspace()
      if json {
        let f = filter?.lowercased() ?? ""
        try Output.json(InputReport.all(w).filter { f.isEmpty || $0.name.lowercased().contains(f) || $0.label.contains(f) || $0.labelEn.lowercased().contains(f) })
      } else {
        Output.print(InputsRenderer.render(w, filter: filter))
      }
    }
  }
}
