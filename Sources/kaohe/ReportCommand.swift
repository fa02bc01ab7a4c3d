import ArgumentParser
import Foundation
import KaoheDiagnostics
import KaoheRubric
import KaoheScenario
import KaoheShell

/// `kaohe report SCENARIO -o FILE.html`: a self-contained HTML page of a scenario.
struct ReportCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "report", abstract: L10n.t("Write a scenario as a self-contained HTML page: prose, commands, outputs and charts (inline SVG)."))
  }

  @Argument(help: ArgumentHelp(L10n.t("The scenario file.")))
  var scenario: String

  @Option(name: .shortAndLong, help: ArgumentHelp(L10n.t("The HTML file to write."), valueName: "FILE.html"))
  var output: String

  @Flag(name: .long, help: ArgumentHelp(L10n.t("Overwrite the output file if it exists.")))
  var force = false

  @Flag(name: .long, help: ArgumentHelp(L10n.t("Print what was written as JSON.")))
  var json = false

  /// `kaohe report --json`: the page written and what it holds.
  struct Report: Encodable {
    var scenario: String
    var file: String
    var title: String
    var rubric: String
    var baseline: String
    var cells: Int
    var notes: Int
    var commands: Int
    var errors: Int
    var charts: Int
    var bytes: Int
  }

  func run() throws {
    try Output.run {
      let s = try ScenarioParser.parse(try FileReading.text(at: scenario), path: scenario)
      let title = URL(fileURLWithPath: scenario).deletingPathExtension().lastPathComponent
      let page = try HTMLReport.page(s, title: title)
      do throws(ShellError) {
        try AtomicFile.write(page.html, to: output, overwrite: force)
      } catch {
        throw Failure(diagnostics: [Diagnostic(id: "file.write", message: error.message, hint: error.hint)])
      }
      if json {
        try Output.json(
          Report(
            scenario: scenario, file: output, title: title, rubric: s.header.rubric, baseline: s.header.baseline,
            cells: s.cells.count, notes: page.notes, commands: page.commands, errors: page.errors, charts: page.charts,
            bytes: page.html.utf8.count))
      } else {
        Output.print(L10n.t("wrote {0}", output))
      }
    }
  }
}
