import ArgumentParser
import Foundation
import KaoheDiagnostics
import KaoheRubric
import KaoheScenario
import KaoheShell

/// `kaohe report SCENARIO -o FILE.html`: a self-contained HTML page of a scenario.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report", abstract: "Write a scenario as a self-contained HTML page: prose, commands, outputs and charts (inline SVG).")

  @Argument(help: "The scenario file.")
  var scenario: String

  @Option(name: .shortAndLong, help: ArgumentHelp("The HTML file to write.", valueName: "FILE.html"))
  var output: String

  @Flag(name: .long, help: "Overwrite the output file if it exists.")
  var force = false

  func run() throws {
    try Output.run {
      let s = try ScenarioParser.parse(try FileReading.text(at: scenario), path: scenario)
      let title = URL(fileURLWithPath: scenario).deletingPathExtension().lastPathComponent
      let html = try HTMLReport.render(s, title: title)
      do throws(ShellError) {
        try AtomicFile.write(html, to: output, overwrite: force)
      } catch {
        throw Failure(diagnostics: [Diagnostic(id: "file.write", message: error.message, hint: error.hint)])
      }
      Output.print("wrote \(output)")
    }
  }
}
