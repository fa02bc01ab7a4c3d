import ArgumentParser
import KaoheRubric
import KaoheShell

/// `kaohe rubrics`: the embedded rubrics and their baselines.
struct RubricsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rubrics", abstract: "List the rubrics and baselines built into kaohe.")

  func run() throws {
    Output.print(RubricsRenderer.render())
  }
}
