/// An analysis asked for on a REPL line (or by a `kaohe` subcommand), with its values still as
/// typed: they are read against the inputs' units when it runs.
public enum AnalysisRequest: Sendable, Equatable {
  /// `sweep NAME FROM..TO [step S | points N] [for TARGET]`
  case sweep(input: String, range: String?, step: String?, points: Int?, target: String?)
  /// `table NAME1 FROM..TO x NAME2 FROM..TO [for TARGET]`
  case table(row: String, rowRange: String?, column: String, columnRange: String?, target: String?)
  /// `tornado [±X%] [NAME=LO..HI …] [for TARGET]`
  case tornado(spread: String?, ranges: [String: String], target: String?)
  /// `breakpoints NAME [FROM..TO] [for TARGET]`
  case breakpoints(input: String, range: String?, target: String?)
  /// `seek SCORE [for TARGET] by NAME [FROM..TO]`
  case seek(score: String, input: String, range: String?, target: String?)
  /// `montecarlo N [seed S] [reach T] [for TARGET]`
  case monteCarlo(samples: Int, seed: UInt64?, reach: String?, target: String?)
  /// `sobol N [seed S] [for TARGET]`
  case sobol(samples: Int, seed: UInt64?, target: String?)
  /// `plan SCORE [for TARGET]`
  case plan(score: String, target: String?)
}
