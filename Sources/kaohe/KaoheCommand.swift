import ArgumentParser
import Foundation
import KaoheDiagnostics
import KaoheRubric
import KaoheShell

/// `kaohe`: the what-if simulator for assessment rubrics.
struct KaoheCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "kaohe",
      abstract: L10n.t("What-if simulator for assessment rubrics (考核评分表)."),
      discussion: L10n.t(
        "Kaohe scores a rubric for a baseline, varies inputs, and explains every rule. With no subcommand it opens an interactive session on the embedded default rubric (yulin-grain-2019) and its illustrative baseline.\n\nExit codes: 0 success; 1 findings (lint --strict warnings, test mismatches); 2 bad input (rubric, baseline or scenario files, values); 64 a malformed command line."
      ),
      version: "0.1.0",
      subcommands: [
        ReplCommand.self, ScoreCommand.self, ExplainCommand.self, InputsCommand.self, LintCommand.self, RubricsCommand.self,
        BaselineCommand.self,
        SweepCommand.self, TableCommand.self, TornadoCommand.self, BreakpointsCommand.self, SeekCommand.self,
        MonteCarloCommand.self, SobolCommand.self, PlanCommand.self,
        RunCommand.self, TestCommand.self, RecoverCommand.self, ReportCommand.self, BenchCommand.self,
      ],
      defaultSubcommand: ReplCommand.self
    )
  }
}

/// Options shared by commands that work on a rubric and baseline.
struct WorkspaceOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp(L10n.t("Rubric: an embedded id or a YAML file."), valueName: "ID|FILE"))
  var rubric: String?

  @Option(name: .long, help: ArgumentHelp(L10n.t("Baseline: an embedded id, a YAML file or a CSV file."), valueName: "ID|FILE"))
  var baseline: String?

  @Option(name: .customLong("set"), help: ArgumentHelp(L10n.t("Override an input, e.g. grain_sown_area_change=-3%."), valueName: "NAME=VALUE"))
  var sets: [String] = []

  @Option(name: .customLong("policy"), help: ArgumentHelp(L10n.t("Switch a policy, e.g. cap_indicators=off."), valueName: "NAME=VALUE"))
  var policies: [String] = []

  func workspace() throws -> Workspace {
    do {
      var w = try Workspace.load(rubric: rubric, baseline: baseline)
      for p in policies { try w.apply(policy: p) }
      for s in sets { try w.apply(assignment: s) }
      return w
    } catch {
      throw Failure(diagnostics: error.diagnostics)
    }
  }
}

/// An error already rendered as diagnostics; exits with status 2.
struct Failure: Error {
  var diagnostics: [Diagnostic]
}

/// Printing and exiting, the only place that writes to the terminal.
enum Output {
  static var colorOnStderr: Bool {
    ProcessInfo.processInfo.environment["NO_COLOR"] == nil && isatty(2) == 1
  }

  static func print(_ text: String, terminator: String = "\n") {
    FileHandle.standardOutput.write((text + terminator).data(using: .utf8) ?? Data())
  }

  static func printError(_ text: String) {
    FileHandle.standardError.write((text + "\n").data(using: .utf8) ?? Data())
  }

  static func report(_ diagnostics: [Diagnostic]) {
    printError(DiagnosticRenderer.render(diagnostics, color: colorOnStderr))
  }

  /// Runs `body`, turning Kaohe's failures into rendered diagnostics and exit status 2.
  static func run(_ body: () throws -> Void) throws {
    do {
      try body()
    } catch let f as Failure {
      report(f.diagnostics)
      throw ExitCode(2)
    } catch let d as DiagnosticError {
      report(d.diagnostics)
      throw ExitCode(2)
    }
  }

  static func json<T: Encodable>(_ value: T) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(value)
    print(String(decoding: data, as: UTF8.self))
  }
}
