import ArgumentParser
import Foundation
import KaoheDiagnostics
import KaoheRubric
import KaoheShell

/// `kaohe baseline`: baselines to and from spreadsheets.
struct BaselineCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "baseline", abstract: L10n.t("Baselines and spreadsheets: export one as CSV, check one."),
      subcommands: [BaselineExportCommand.self])
  }
}

/// `kaohe baseline export [--rubric ID] [--baseline ID|FILE] -o FILE.csv`
struct BaselineExportCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "export",
      abstract: L10n.t("Write a baseline as CSV (UTF-8 with a byte-order mark): one row per input with its value, unit, labels and range."),
      discussion: L10n.t(
        "Edit it in a spreadsheet and load it back wherever a baseline is accepted: kaohe score --baseline FILE.csv, or 'load baseline FILE.csv' in the REPL. GB18030 files saved by Chinese spreadsheets are read too."
      ))
  }

  @OptionGroup var options: WorkspaceOptions

  @Option(name: .shortAndLong, help: ArgumentHelp(L10n.t("The CSV file to write (- for standard output)."), valueName: "FILE.csv"))
  var output: String

  @Flag(name: .long, help: ArgumentHelp(L10n.t("Overwrite the output file if it exists.")))
  var force = false

  @Flag(name: .long, help: ArgumentHelp(L10n.t("Print what was written as JSON; with -o -, the rows themselves instead of CSV.")))
  var json = false

  /// `kaohe baseline export --json`.
  struct Report: Encodable {
    var rubric: String
    var baseline: String
    var file: String?
    var rows: Int
    var values: [BaselineCSV.Row]?
  }

  func run() throws {
    try Output.run {
      let w = try options.workspace()
      var b = w.baseline
      for (i, input) in w.rubric.inputs.enumerated() { b.values[input.name] = w.inputs[i] }
      let toStandardOutput = output == "-"
      if json, toStandardOutput {
        let rows = BaselineCSV.rows(b, rubric: w.rubric)
        return try Output.json(Report(rubric: w.rubric.id, baseline: b.id, rows: rows.count, values: rows))
      }
      let csv = BaselineCSV.export(b, rubric: w.rubric)
      if toStandardOutput {
        Output.print(csv, terminator: "")
        return
      }
      do throws(ShellError) {
        try AtomicFile.write(csv, to: output, overwrite: force)
      } catch {
        throw Failure(diagnostics: [Diagnostic(id: "file.write", message: error.message, hint: error.hint)])
      }
      if json {
        try Output.json(Report(rubric: w.rubric.id, baseline: b.id, file: output, rows: w.rubric.inputs.count))
      } else {
        Output.print(L10n.t("wrote {0} ({1})", output, Plural.of(w.rubric.inputs.count, "input")))
      }
    }
  }
}
