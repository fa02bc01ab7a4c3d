import KaoheAnalysis
import KaoheDiagnostics
import KaoheRubric

/// Reads an analysis request against the workspace (names, units, ranges, limits) and runs it.
struct AnalysisRunner {
  /// The largest number of samples `montecarlo` takes.
  static let maximumMonteCarloSamples = 10_000_000
  /// The largest base sample count `sobol` takes.
  static let maximumSobolSamples = 1_000_000
  /// The most cells a data table may have.
  static let maximumTableCells = 250_000

  let workspace: Workspace
  let isCancelled: @Sendable () -> Bool

  var context: AnalysisContext { AnalysisContext(compiled: workspace.compiled, inputs: workspace.inputs, policies: workspace.policies) }

  func run(_ request: AnalysisRequest) throws(ShellError) -> AnalysisOutput {
    do {
      return try dispatch(request)
    } catch {
      throw ShellError(error.message, hint: error.hint)
    }
  }

  private func dispatch(_ request: AnalysisRequest) throws(AnalysisError) -> AnalysisOutput {
    switch request {
    case .sweep(let name, let range, let step, let points, let target):
      let input = try resolve(name)
      let grid = try grid(input, range: range, step: step, points: points)
      return .sweep(try Sweep.run(context, input: input.name, grid: grid, objective: try objective(target)))
    case .table(let row, let rowRange, let column, let columnRange, let target):
      let r = try resolve(row)
      let c = try resolve(column)
      let rg = try grid(r, range: rowRange, step: nil, points: rowRange == nil ? nil : 6)
      let cg = try grid(c, range: columnRange, step: nil, points: columnRange == nil ? nil : 6)
      let cells = (try SampleGridCount.count(rg, r)) * (try SampleGridCount.count(cg, c))
      guard cells <= Self.maximumTableCells else { throw AnalysisError(id: "analysis.too-large", message: L10n.t("a table of {0} cells is more than the limit of {1}", cells, Self.maximumTableCells), hint: L10n.t("use fewer points on each side")) }
      return .table(try DataTable.run(context, rows: r.name, rowGrid: rg, columns: c.name, columnGrid: cg, objective: try objective(target)))
    case .tornado(let spread, let ranges, let target):
      var options = TornadoOptions(objective: try objective(target))
      if ranges.isEmpty, workspace.rubric.inputs.contains(where: \.isFact) {
        options.inputs = workspace.rubric.inputs.filter { !$0.isFact }.map(\.name)
      }
      if let spread {
        let text = spread.replacingOccurrences(of: "±", with: "").replacingOccurrences(of: "+-", with: "")
        guard let v = ValueParser.number(text), v > 0 else { throw AnalysisError(id: "analysis.bad-spread", message: L10n.t("'{0}' is not a spread", spread), hint: L10n.t("write e.g. ±10%")) }
        options.spread = .relative(v)
      }
      for (name, text) in ranges {
        let input = try resolve(name)
        options.ranges[input.name] = try range(text, for: input)
      }
      return .tornado(try Tornado.run(context, options: options))
    case .breakpoints(let name, let range, let target):
      let input = try resolve(name)
      let r = try range.map { t throws(AnalysisError) in try self.range(t, for: input) }
      return .breakpoints(try Breakpoints.find(context, input: input.name, from: r?.lowerBound, to: r?.upperBound, objective: try objective(target)))
    case .seek(let score, let name, let range, let target):
      let input = try resolve(name)
      let r = try range.map { t throws(AnalysisError) in try self.range(t, for: input) }
      return .seek(try GoalSeek.seek(context, input: input.name, target: try number(score), objective: try objective(target), from: r?.lowerBound, to: r?.upperBound))
    case .monteCarlo(let n, let seed, let reach, let target):
      guard n <= Self.maximumMonteCarloSamples else { throw AnalysisError(id: "analysis.too-large", message: L10n.t("montecarlo {0} is more than the limit of {1} samples", n, Self.maximumMonteCarloSamples), hint: L10n.t("ask for fewer samples")) }
      let distributions = try varied()
      var options = MonteCarloOptions(samples: n, seed: seed ?? 2024)
      options.threshold = try reach.map { t throws(AnalysisError) in try number(t) }
      return .monteCarlo(try MonteCarlo.run(context, distributions: distributions, objective: try objective(target), options: options, isCancelled: isCancelled))
    case .sobol(let n, let seed, let target):
      guard n <= Self.maximumSobolSamples else { throw AnalysisError(id: "analysis.too-large", message: L10n.t("sobol {0} is more than the limit of {1} samples", n, Self.maximumSobolSamples), hint: L10n.t("ask for fewer samples")) }
      let distributions = try varied()
      var options = SobolOptions(samples: n)
      if let seed { options.seed = seed }
      return .sobol(try Sobol.run(context, distributions: distributions, objective: try objective(target), options: options, isCancelled: isCancelled))
    case .plan(let score, let target):
      let levers = workspace.rubric.inputs.contains(where: \.isFact) ? workspace.rubric.inputs.filter { !$0.isFact }.map(\.name) : nil
      let options = PlanOptions(objective: try objective(target), costs: workspace.costs, inputs: levers)
      return .plan(try Plan.make(context, target: try number(score), options: options))
    }
  }

  private func varied() throws(AnalysisError) -> [String: Distribution] {
    guard !workspace.distributions.isEmpty else {
      throw AnalysisError(id: "analysis.no-distributions", message: L10n.t("no input has a distribution"), hint: L10n.t("give some with 'vary NAME ~ normal(-1%, 2%)'"))
    }
    return workspace.distributions
  }

  private func resolve(_ name: String) throws(AnalysisError) -> InputDeclaration {
    switch workspace.findInput(name) {
    case .success(let i): return workspace.rubric.inputs[i]
    case .failure(let d): throw AnalysisError(id: d.id, message: d.message, hint: d.hint)
    }
  }

  /// The input named `name`, or a shell error with "did you mean".
  static func input(_ name: String, in workspace: Workspace) throws(ShellError) -> InputDeclaration {
    switch workspace.findInput(name) {
    case .success(let i): return workspace.rubric.inputs[i]
    case .failure(let d): throw ShellError(d.message, hint: d.hint)
    }
  }

  /// What one unit of cost buys for an input.
  static func costUnit(_ input: InputDeclaration) -> String {
    switch input.kind {
    case .percent, .ratio: L10n.t("percentage point")
    case .boolean: L10n.t("flip")
    case .choice: L10n.t("switch")
    default: input.unit.isEmpty ? L10n.t("unit") : input.unit
    }
  }

  private func objective(_ target: String?) throws(AnalysisError) -> Objective {
    guard let target else { return .headline }
    let rubric = workspace.rubric
    if rubric.isMultiUnit, let unit = rubric.unit(named: target) { return .unit(unit.id) }
    switch workspace.findIndicator(target) {
    case .success(let ind): return .indicator(ind.id)
    case .failure(let d): throw AnalysisError(id: d.id, message: L10n.t("'for {0}': {1}", target, d.message), hint: d.hint)
    }
  }

  private func number(_ text: String) throws(AnalysisError) -> Double {
    guard let v = ValueParser.number(text) else { throw AnalysisError(id: "analysis.bad-number", message: L10n.t("'{0}' is not a number", text)) }
    return v
  }

  private func value(_ text: String, for input: InputDeclaration) throws(AnalysisError) -> Double {
    switch ValueParser.value(text, for: input) {
    case .success(let v): return v
    case .failure(let f): throw AnalysisError(id: "analysis.bad-value", message: "\(input.name): \(f.message)", hint: f.hint)
    }
  }

  private func range(_ text: String, for input: InputDeclaration) throws(AnalysisError) -> ClosedRange<Double> {
    let parts = text.components(separatedBy: "..")
    guard parts.count == 2 else { throw AnalysisError(id: "analysis.bad-range", message: L10n.t("'{0}' is not a range", text), hint: L10n.t("write FROM..TO, e.g. -10%..0%")) }
    let a = try value(parts[0], for: input)
    let b = try value(parts[1], for: input)
    guard a < b else { throw AnalysisError(id: "analysis.bad-range", message: L10n.t("the range {0} is empty or backwards", text), hint: L10n.t("write the lower value first")) }
    return a...b
  }

  private func grid(_ input: InputDeclaration, range text: String?, step: String?, points: Int?) throws(AnalysisError) -> SampleGrid? {
    guard input.kind.isNumeric else { return nil }
    let r: ClosedRange<Double>
    if let text {
      r = try range(text, for: input)
    } else if let declared = input.range {
      r = declared
    } else {
      return nil
    }
    if let step {
      var s = try value(step, for: input)
      if input.kind == .ratio, !step.contains("%"), s > 1 { s /= 100 }
      guard s > 0 else { throw AnalysisError(id: "analysis.bad-step", message: L10n.t("step must be above zero")) }
      return SampleGrid(from: r.lowerBound, to: r.upperBound, spacing: .step(s))
    }
    return SampleGrid(from: r.lowerBound, to: r.upperBound, spacing: .count(points ?? 21))
  }
}

/// Grid sizes, for limits checked before any work starts.
enum SampleGridCount {
  static func count(_ grid: SampleGrid?, _ input: InputDeclaration) throws(AnalysisError) -> Int {
    if let grid { return try grid.values().count }
    return input.kind == .boolean ? 2 : (input.kind == .choice ? input.options.count : 21)
  }
}
