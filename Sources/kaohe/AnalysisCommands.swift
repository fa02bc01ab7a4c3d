import ArgumentParser
import Foundation
import KaoheDiagnostics
import KaoheShell

/// Options shared by the analysis subcommands.
struct AnalysisOptions: ParsableArguments {
  @OptionGroup var workspace: WorkspaceOptions

  @Option(name: .customLong("vary"), help: ArgumentHelp(L10n.t("A distribution for montecarlo and sobol, e.g. 'grain_sown_area_change~normal(-1%,2%)'."), valueName: "NAME~DIST"))
  var vary: [String] = []

  @Option(name: .customLong("cost"), help: ArgumentHelp(L10n.t("The cost of one unit of change, for plan, e.g. main_tech_adoption_rate=2."), valueName: "NAME=COST"))
  var costs: [String] = []

  @Flag(name: .long, help: ArgumentHelp(L10n.t("Print the result as JSON.")))
  var json = false

  @Option(name: .shortAndLong, help: ArgumentHelp(L10n.t("Also write the result to FILE (.svg, .csv or .json); an existing file is kept unless --force."), valueName: "FILE"))
  var output: String?

  @Flag(name: .long, help: ArgumentHelp(L10n.t("Overwrite the --output file if it exists.")))
  var force = false

  /// Runs `line` (an analysis written as in the REPL) after applying the options.
  func run(_ line: String) throws {
    try Output.run {
      var session = Session(workspace: try workspace.workspace())
      for v in vary {
        let parts = v.split(separator: "~", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2 else { throw Failure(diagnostics: [Diagnostic(id: "vary.syntax", message: L10n.t("--vary '{0}' should read NAME~DISTRIBUTION", v), hint: L10n.t("e.g. --vary 'grain_sown_area_change~normal(-1%,2%)'"))]) }
        try check(session.run("vary \(parts[0]) ~ \(parts[1])"))
      }
      for c in costs { try check(session.run("cost \(c)")) }
      let result = session.run(line)
      try check(result)
      if json, let last = session.lastAnalysis {
        Output.print(Exporter.json(last), terminator: "")
      } else {
        Output.print(result.output)
      }
      if let output { try check(session.run("export \(output)\(force ? " --force" : "")")) }
    }
  }

  private func check(_ r: Session.Result) throws {
    if r.isError {
      Output.printError(r.output)
      throw ExitCode(2)
    }
  }
}

/// Words of an analysis, as typed in the REPL; dashes in values such as -10%..0% are kept.
struct AnalysisWords: ParsableArguments {
  @Argument(parsing: .allUnrecognized, help: ArgumentHelp(L10n.t("The analysis as written in the REPL (see 'help' there)."), valueName: "WORDS"))
  var words: [String] = []
}

struct SweepCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "sweep", abstract: L10n.t("The total and every indicator that moves across a range of one input."),
      discussion: "kaohe sweep grain_sown_area_change -10%..0% step 1%")
  }
  @OptionGroup var options: AnalysisOptions
  @OptionGroup var words: AnalysisWords
  func run() throws { try options.run((["sweep"] + words.words).joined(separator: " ")) }
}

struct TableCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "table", abstract: L10n.t("A two-input data table of the total (or of one indicator)."),
      discussion: "kaohe table grain_sown_area_change -6%..0% x grain_output_change -6%..0%")
  }
  @OptionGroup var options: AnalysisOptions
  @OptionGroup var words: AnalysisWords
  func run() throws { try options.run((["table"] + words.words).joined(separator: " ")) }
}

struct TornadoCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "tornado", abstract: L10n.t("Each input moved over its range (or ±X%) one at a time, ranked by swing."),
      discussion: "kaohe tornado ±10%")
  }
  @OptionGroup var options: AnalysisOptions
  @OptionGroup var words: AnalysisWords
  func run() throws { try options.run((["tornado"] + words.words).joined(separator: " ")) }
}

struct BreakpointsCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "breakpoints", abstract: L10n.t("The exact values of an input where the score jumps or changes slope."),
      discussion: "kaohe breakpoints grain_sown_area_change")
  }
  @OptionGroup var options: AnalysisOptions
  @OptionGroup var words: AnalysisWords
  func run() throws { try options.run((["breakpoints"] + words.words).joined(separator: " ")) }
}

struct SeekCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "seek", abstract: L10n.t("The value of one input that reaches a score."),
      discussion: "kaohe seek 92 by grain_output_change")
  }
  @OptionGroup var options: AnalysisOptions
  @OptionGroup var words: AnalysisWords
  func run() throws { try options.run((["seek"] + words.words).joined(separator: " ")) }
}

struct MonteCarloCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "montecarlo", abstract: L10n.t("Seeded Monte Carlo over the inputs given with --vary."),
      discussion: "kaohe montecarlo 100000 reach 90 --vary 'grain_sown_area_change~normal(-1%,2%)'")
  }
  @OptionGroup var options: AnalysisOptions
  @OptionGroup var words: AnalysisWords
  func run() throws { try options.run((["montecarlo"] + words.words).joined(separator: " ")) }
}

struct SobolCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "sobol", abstract: L10n.t("Sobol indices of the total over the inputs given with --vary."),
      discussion: "kaohe sobol 4096 --vary 'a~uniform(0,1)' --vary 'b~normal(0,1)'")
  }
  @OptionGroup var options: AnalysisOptions
  @OptionGroup var words: AnalysisWords
  func run() throws { try options.run((["sobol"] + words.words).joined(separator: " ")) }
}

struct PlanCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "plan", abstract: L10n.t("The cheapest set of input changes that brings the total to a score."),
      discussion: "kaohe plan 95 --cost main_tech_adoption_rate=2")
  }
  @OptionGroup var options: AnalysisOptions
  @OptionGroup var words: AnalysisWords
  func run() throws { try options.run((["plan"] + words.words).joined(separator: " ")) }
}
