import ArgumentParser
import Foundation
import KaoheDiagnostics
import KaoheRubric

/// `kaohe lint FILE…`: checks rubric and baseline files.
struct LintCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "lint",
      abstract: L10n.t("Check rubric and baseline files: syntax, formulas, sums, unused inputs, unreachable tiers."),
      discussion: L10n.t(
        "A file with 'baseline:' is checked as a baseline against its rubric (found by --rubric, or\nby the embedded rubric it names). Without files, lints the embedded rubrics.\nExit status: 2 on errors; 1 on warnings with --strict; else 0."
      ))
  }

  @Argument(help: ArgumentHelp(L10n.t("Rubric or baseline files (YAML), or embedded ids."), valueName: "FILE"))
  var files: [String] = []

  @Option(name: .long, help: ArgumentHelp(L10n.t("The rubric that baseline files are checked against."), valueName: "ID|FILE"))
  var rubric: String?

  @Flag(name: .long, help: ArgumentHelp(L10n.t("Exit non-zero on warnings too.")))
  var strict = false

  @Flag(name: .long, help: ArgumentHelp(L10n.t("Print the findings as JSON.")))
  var json = false

  struct Report: Encodable {
    struct File: Encodable {
      var file: String
      var diagnostics: [Diagnostic]
    }
    var files: [File]
    var errors: Int
    var warnings: Int
  }

  func run() throws {
    var errors = 0
    var warnings = 0
    let targets = files.isEmpty ? Catalog.rubrics.map(\.id) : files
    var report = Report(files: [], errors: 0, warnings: 0)
    for target in targets {
      let diagnostics = lint(target)
      errors += diagnostics.filter { $0.severity == .error }.count
      warnings += diagnostics.filter { $0.severity == .warning }.count
      report.files.append(.init(file: target, diagnostics: diagnostics))
      if !diagnostics.isEmpty, !json { Output.report(diagnostics) }
    }
    report.errors = errors
    report.warnings = warnings
    if json {
      try Output.json(report)
    } else {
      Output.print(L10n.t("{0} checked: {1}, {2}", Plural.of(targets.count, "file"), Plural.of(errors, "error"), Plural.of(warnings, "warning")))
    }
    if errors > 0 { throw ExitCode(2) }
    if strict && warnings > 0 { throw ExitCode(1) }
  }

  private func lint(_ target: String) -> [Diagnostic] {
    do {
      let isFile = FileManager.default.fileExists(atPath: target)
      let text = isFile ? try FileReading.text(at: target) : nil
      if let text, text.contains("\nbaseline:") || text.hasPrefix("baseline:") || text.contains("\nvalues:") {
        let rubricRef = rubric ?? Catalog.baselineRubricID(text)
        let compiled = try Catalog.rubric(rubricRef)
        _ = try BaselineLoader.load(text: text, path: target, rubric: compiled.rubric)
        return []
      }
      let compiled: CompiledRubric
      if let text {
        compiled = try RubricCompiler.compile(try RubricLoader.load(text: text, path: target))
      } else {
        compiled = try Catalog.rubric(target)
      }
      return compiled.warnings + Linter.lint(compiled)
    } catch {
      return error.diagnostics
    }
  }
}
