import KaoheAnalysis

/// The result of the last analysis, kept for `export`.
public enum AnalysisOutput: Sendable {
  case sweep(SweepResult)
  case table(DataTableResult)
  case tornado(TornadoResult)
  case breakpoints(BreakpointsResult)
  case seek(GoalSeekResult)
  case monteCarlo(MonteCarloResult)
  case sobol(SobolResult)
  case plan(PlanResult)

  /// The analysis's name, for file names and messages.
  public var name: String {
    switch self {
    case .sweep: "sweep"
    case .table: "table"
    case .tornado: "tornado"
    case .breakpoints: "breakpoints"
    case .seek: "seek"
    case .monteCarlo: "montecarlo"
    case .sobol: "sobol"
    case .plan: "plan"
    }
  }
}
