import ArgumentParser
import KaoheRubric
import KaoheShell

/// `kaohe inputs [FILTER]`: the rubric's inputs with labels, units, ranges and baseline values.
struct InputsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "inputs", abstract: "List a rubric's inputs: name, labels, unit, range, baseline value, indicators.")

  @Argument(help: "Show only inputs whose name or label contains this text.")
  var filter: String?

  @OptionGroup var options: WorkspaceOptions

  func run() throws {
    try Output.run {
      let w = try options.workspace()
      Output.print(InputsRenderer.render(w, filter: filter))
    }
  }
}
