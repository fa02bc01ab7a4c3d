import ArgumentParser
import Foundation
import KaoheAnalysis
import KaoheDiagnostics
import KaoheFormula
import KaoheRubric
import KaoheShell

/// `kaohe bench`: how fast scoring and the analyses run on the embedded rubrics, beside the speed
/// targets. It prints figures and judges nothing else; no test times anything.
struct BenchCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "bench",
      abstract: L10n.t("Measure how fast scoring and the analyses run, beside the speed targets."),
      discussion: L10n.t(
        "For each embedded rubric: one full evaluation, evaluation in batch on every core, a sweep of one input over 10 001 points, tornado, Sobol (N = 4096) and Monte Carlo (100 000 samples) with every numeric input uniform over its declared range (±10% of the baseline when it has none), a plan to 95, and 'kaohe score' from start to exit. Each figure is the median of timed runs after a warm-up. Build with 'swift build -c release' first: a debug build's figures say nothing about the targets. --only measures only the figures named. See docs/performance.md."
      ))
  }

  @Option(name: .long, help: ArgumentHelp(L10n.t("Bench only this embedded rubric."), valueName: "ID"))
  var rubric: String?

  @Flag(name: .long, help: ArgumentHelp(L10n.t("Fewer repetitions: quicker, noisier figures.")))
  var quick = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      L10n.t("Measure only this figure (repeatable): {0}.", Benchmark.figureIDs.joined(separator: ", ")),
      valueName: "FIGURE"))
  var only: [String] = []

  @Flag(name: .long, help: ArgumentHelp(L10n.t("Print the figures as JSON.")))
  var json = false

  func run() throws {
    try Output.run {
      let ids = try rubricIDs()
      let figures = try figureIDs()
      let executable = BenchSpawn.executablePath()
      var results: [BenchResult] = []
      for id in ids {
        let bench = try Benchmark(rubricID: id, quick: quick, executable: executable)
        results.append(try bench.run(only: figures))
      }
      let report = BenchReport(
        build: BenchReport.buildName, cores: ProcessInfo.processInfo.activeProcessorCount, quick: quick,
        rubrics: results)
      if json {
        try Output.json(report)
      } else {
        Output.print(report.table())
      }
    }
  }

  private func rubricIDs() throws -> [String] {
    let all = Catalog.rubrics.map(\.id)
    guard let rubric else { return all }
    guard all.contains(rubric) else {
      throw Failure(diagnostics: [
        Diagnostic(
          id: "bench.unknown-rubric", message: L10n.t("no embedded rubric '{0}'", rubric),
          hint: Suggestions.hint(for: rubric, among: all) ?? L10n.t("embedded rubrics: {0}", all.joined(separator: ", ")))
      ])
    }
    return [rubric]
  }

  /// The figures asked for with `--only`, checked; every figure without it.
  private func figureIDs() throws -> Set<String> {
    for id in only where !Benchmark.figureIDs.contains(id) {
      throw Failure(diagnostics: [
        Diagnostic(
          id: "bench.unknown-figure", message: L10n.t("no bench figure '{0}'", id),
          hint: Suggestions.hint(for: id, among: Benchmark.figureIDs)
            ?? L10n.t("figures: {0}", Benchmark.figureIDs.joined(separator: ", ")))
      ])
    }
    return only.isEmpty ? Set(Benchmark.figureIDs) : Set(only)
  }
}

/// One embedded rubric's benchmark: the workloads, timed.
struct Benchmark {
  let id: String
  let quick: Bool
  let executable: String
  let context: AnalysisContext
  /// Every numeric input, uniform over its declared range (±10% of the baseline without one).
  let distributions: [String: Distribution]

  init(rubricID: String, quick: Bool, executable: String) throws {
    let w: Workspace
    do {
      w = try Workspace.load(rubric: rubricID, baseline: nil)
    } catch {
      throw Failure(diagnostics: error.diagnostics)
    }
    self.id = rubricID
    self.quick = quick
    self.executable = executable
    context = AnalysisContext(compiled: w.compiled, inputs: w.inputs, policies: w.policies)
    var distributions: [String: Distribution] = [:]
    for (i, input) in w.rubric.inputs.enumerated() where input.kind.isNumeric {
      distributions[input.name] = Self.spread(input, baseline: context.inputs[i])
    }
    self.distributions = distributions
  }

  /// A numeric input's range for the random analyses and the batch.
  static func spread(_ input: InputDeclaration, baseline v: Double) -> Distribution {
    if let r = input.range { return .uniform(lower: r.lowerBound, upper: r.upperBound) }
    return .uniform(lower: min(v * 0.9, v * 1.1), upper: max(v * 0.9, v * 1.1))
  }

  /// Every figure's id, in the order they are measured.
  static let figureIDs = [
    "evaluate.single", "evaluate.allocating", "evaluate.batch", "sweep", "tornado", "sobol", "montecarlo", "plan",
    "startup.score",
  ]

  /// Runs the workloads of the figures in `only`.
  func run(only: Set<String>) throws -> BenchResult {
    let compiled = context.compiled
    let d = distributions
    let workloads: [(String, () throws -> BenchFigure)] = [
      ("evaluate.single", evaluateOne),
      ("evaluate.allocating", evaluateAllocating),
      ("evaluate.batch", evaluateBatch),
      ("sweep", sweep),
      ("tornado", { try timed("tornado", L10n.t("tornado (default options)"), target: 50, runs: 5) { try Tornado.run(context) } }),
      (
        "sobol",
        {
          try timed(
            "sobol", L10n.t("sobol, N = 4096, {0} inputs", d.count), target: 1000, runs: 3,
            warmUp: { try Sobol.run(context, distributions: d, options: SobolOptions(samples: 64)) }
          ) { try Sobol.run(context, distributions: d, options: SobolOptions(samples: 4096)) }
        }
      ),
      (
        "montecarlo",
        {
          try timed(
            "montecarlo", L10n.t("monte carlo, 100 000 samples"), target: 200, runs: 5,
            warmUp: { try MonteCarlo.run(context, distributions: d, options: MonteCarloOptions(samples: 4096)) }
          ) { try MonteCarlo.run(context, distributions: d, options: MonteCarloOptions(samples: 100_000)) }
        }
      ),
      ("plan", { try timed("plan", L10n.t("plan to 95"), target: 50, runs: 5) { try Plan.make(context, target: 95) } }),
      ("startup.score", startUp),
    ]
    var figures: [BenchFigure] = []
    for (id, workload) in workloads where only.contains(id) { figures.append(try workload()) }
    return BenchResult(
      rubric: id, inputs: compiled.rubric.inputs.count, numericInputs: distributions.count,
      instructions: compiled.program.instructions.count, figures: figures)
  }

  // MARK: Evaluation

  /// `Machine.run` on one reused slot array.
  private func evaluateOne() -> BenchFigure {
    let program = context.compiled.program
    var slots = context.compiled.initialSlots(inputs: context.inputs, policies: context.policies)
    let ns = BenchClock.perCall(rounds: quick ? 5 : 15) { Machine.run(program, slots: &slots) }.scaled(1e9)
    return BenchFigure(
      id: "evaluate.single", label: L10n.t("full evaluation, one sample"), timing: ns, unit: "ns", target: 1000)
  }

  /// `CompiledRubric.evaluate`, which allocates its slot array: what `score` does.
  private func evaluateAllocating() -> BenchFigure {
    let ns = BenchClock.perCall(rounds: quick ? 5 : 15) {
      _ = context.compiled.evaluate(inputs: context.inputs, policies: context.policies)
    }.scaled(1e9)
    return BenchFigure(
      id: "evaluate.allocating", label: L10n.t("CompiledRubric.evaluate (new slots)"), timing: ns, unit: "ns", target: nil)
  }

  /// `RubricModel.evaluate(batch:)` with every input free, on every core at once: each core scores
  /// batches of the size Monte Carlo and Sobol hand the model (`ScoreBatch.points`), so that the
  /// points come from the cache as they do in an analysis (which draws a batch and scores it at
  /// once) rather than streaming from memory (a point of Yulin is 207 values, 1.6 KB).
  private func evaluateBatch() throws -> BenchFigure {
    let inputs = context.compiled.rubric.inputs
    let model = try analysis { try RubricModel(context: context, variables: inputs.map(\.name)) }
    let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
    let perBatch = ScoreBatch.points
    // Eight pieces of work per core, as analyses hand out many chunks: a worker thread that starts
    // late then takes the pieces left instead of leaving one core to do all the work.
    let pieces = cores * 8
    let repeats = quick ? 2 : 8
    var rng = Xoshiro256StarStar(seed: 2024)
    let batches: [[Double]] = (0..<cores).map { _ in
      var points = [Double](repeating: 0, count: perBatch * inputs.count)
      for row in 0..<perBatch {
        for (i, input) in inputs.enumerated() {
          points[i * perBatch + row] = sample(input, baseline: context.inputs[i], &rng)
        }
      }
      return points
    }
    let timing = BenchClock.median(runs: quick ? 3 : 9) {
      DispatchQueue.concurrentPerform(iterations: pieces) { k in
        for _ in 0..<repeats { _ = model.evaluate(batch: batches[k % cores]) }
      }
    }
    return BenchFigure(
      id: "evaluate.batch", label: L10n.t("full evaluation, batch on {0} cores", cores),
      timing: timing.scaled(1e9 / Double(perBatch * repeats * pieces)), unit: "ns/sample", target: 100)
  }

  private func sample(_ input: InputDeclaration, baseline: Double, _ rng: inout Xoshiro256StarStar) -> Double {
    switch input.kind {
    case .boolean: return Double(rng.nextIndex(below: 2))
    case .choice: return Double(rng.nextIndex(below: max(1, input.options.count)))
    default: return Self.spread(input, baseline: baseline).quantile(rng.nextOpenUnit())
    }
  }

  // MARK: Analyses

  /// A sweep of the numeric input with a range that the most indicators read.
  private func sweep() throws -> BenchFigure {
    let compiled = context.compiled
    let ranged = compiled.rubric.inputs.filter { $0.kind.isNumeric && $0.range != nil }
    let readers = { (i: InputDeclaration) in compiled.readers[i.name]?.count ?? 0 }
    guard let input = ranged.max(by: { readers($0) < readers($1) }), let range = input.range else {
      throw Failure(diagnostics: [Diagnostic(id: "bench.no-sweep", message: L10n.t("{0} has no numeric input with a range to sweep", id))])
    }
    let grid = SampleGrid(from: range.lowerBound, to: range.upperBound, spacing: .count(10_001))
    let timing = try BenchClock.median(runs: quick ? 1 : 5) {
      _ = try analysis { try Sweep.run(context, input: input.name, grid: grid) }
    }
    return BenchFigure(
      id: "sweep", label: L10n.t("sweep of {0}, 10 001 points", input.name), timing: timing.rate(10_001), unit: "points/s",
      target: 200_000, higherIsBetter: true)
  }

  /// The median time of an analysis, in milliseconds, after a warm-up: `warmUp` (a smaller run
  /// of the same) when given, else one untimed run of `body`.
  private func timed<T>(
    _ figure: String, _ label: String, target: Double, runs: Int, warmUp: (() throws -> Any)? = nil,
    _ body: () throws -> T
  ) throws -> BenchFigure {
    if let warmUp { _ = try analysis(warmUp) }
    let timing = try BenchClock.median(runs: quick ? 1 : runs, warmUp: warmUp == nil) { _ = try analysis(body) }
    return BenchFigure(id: figure, label: label, timing: timing.scaled(1000), unit: "ms", target: target)
  }

  /// `kaohe score --rubric ID`, spawned from this very binary, start to exit.
  private func startUp() throws -> BenchFigure {
    let arguments = ["score", "--rubric", id]
    let timing = try BenchClock.median(runs: quick ? 3 : 5) { try BenchSpawn.run(executable, arguments) }
    return BenchFigure(
      id: "startup.score", label: L10n.t("kaohe score, start to exit"), timing: timing.scaled(1000), unit: "ms", target: 50)
  }

  /// Runs an analysis, its errors as diagnostics.
  private func analysis<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as AnalysisError {
      throw Failure(diagnostics: [error.diagnostic])
    }
  }
}

/// Wall time on `ContinuousClock`, and the processor time spent meanwhile by this process and the
/// children it waited for (on a shared machine the wall time grows with the load, the processor
/// time much less).
struct Timing {
  var wall: Double
  var cpu: Double

  func scaled(_ factor: Double) -> Timing { Timing(wall: wall * factor, cpu: cpu * factor) }

  /// `count` per second of each.
  func rate(_ count: Double) -> Timing { Timing(wall: count / wall, cpu: count / cpu) }
}

enum BenchClock {
  /// The medians, in seconds, of `runs` runs of `body`, after one untimed run when `warmUp` holds.
  static func median(runs: Int, warmUp: Bool = true, _ body: () throws -> Void) rethrows -> Timing {
    if warmUp { try body() }
    let clock = ContinuousClock()
    var walls: [Double] = []
    var cpus: [Double] = []
    for _ in 0..<max(1, runs) {
      let (start, cpu) = (clock.now, processorSeconds())
      try body()
      walls.append((clock.now - start).seconds)
      cpus.append(processorSeconds() - cpu)
    }
    return Timing(wall: walls.sorted()[walls.count / 2], cpu: cpus.sorted()[cpus.count / 2])
  }

  /// The medians, in seconds per call, of `rounds` rounds of about 10 ms of calls to `body`, after
  /// a warm-up that also finds how many calls make a round.
  static func perCall(rounds: Int, _ body: () -> Void) -> Timing {
    let clock = ContinuousClock()
    var calls = 1
    while true {
      let start = clock.now
      for _ in 0..<calls { body() }
      let seconds = (clock.now - start).seconds
      if seconds >= 0.01 || calls >= 1 << 30 { break }
      calls *= seconds < 0.001 ? 8 : 2
    }
    let perRound = calls
    return median(runs: rounds, warmUp: false) { for _ in 0..<perRound { body() } }.scaled(1 / Double(perRound))
  }

  /// Processor time, user and system, of this process and of its children that have been waited for.
  static func processorSeconds() -> Double {
    var own = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &own)
    var children = rusage()
    getrusage(RUSAGE_CHILDREN.rawValue, &children)
    let child = { (t: timeval) in Double(t.tv_sec) + Double(t.tv_usec) * 1e-6 }
    return Double(own.tv_sec) + Double(own.tv_nsec) * 1e-9 + child(children.ru_utime) + child(children.ru_stime)
  }
}

extension Duration {
  /// The duration in seconds.
  fileprivate var seconds: Double {
    let c = components
    return Double(c.seconds) + Double(c.attoseconds) * 1e-18
  }
}

/// Spawning this binary again, without Foundation's `Process`, so that only the child is timed.
enum BenchSpawn {
  /// This binary: `CommandLine.arguments[0]` resolved against the working directory or `PATH`.
  static func executablePath() -> String {
    let first = CommandLine.arguments.first ?? "kaohe"
    if first.contains("/") { return URL(fileURLWithPath: first).standardizedFileURL.path }
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    for directory in path.split(separator: ":") {
      let candidate = "\(directory)/\(first)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? first
  }

  /// Runs `executable` with `arguments`, standard streams on /dev/null; fails unless it exits 0.
  static func run(_ executable: String, _ arguments: [String]) throws {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for a in argv { free(a) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
    guard spawned == 0 else { throw failure(L10n.t("cannot start {0}: {1}", executable, String(cString: strerror(spawned)))) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    guard status & 0x7f == 0, (status >> 8) & 0xff == 0 else {
      throw failure(L10n.t("'{0}' did not exit with status 0", ([executable] + arguments).joined(separator: " ")))
    }
  }

  private static func failure(_ message: String) -> Failure {
    Failure(diagnostics: [Diagnostic(id: "bench.spawn", message: message)])
  }
}

/// One measured figure beside its target.
struct BenchFigure: Encodable {
  /// Stable id, such as `evaluate.single`.
  var id: String
  /// What was measured, for the table.
  var label: String
  /// The median wall-clock figure, in `unit`: what the target judges.
  var value: Double
  /// The same from processor time (all threads, and the child for `startup.score`).
  var cpu: Double
  /// `ns`, `ns/sample`, `ms` or `points/s`.
  var unit: String
  /// The target in `unit`, when there is one.
  var target: Double?
  /// `higher` for a rate, `lower` for a time.
  var better: String
  /// Whether the target is met; nil without a target.
  var met: Bool?

  init(id: String, label: String, timing: Timing, unit: String, target: Double?, higherIsBetter: Bool = false) {
    (self.id, self.label, self.value, self.cpu, self.unit, self.target) = (id, label, timing.wall, timing.cpu, unit, target)
    better = higherIsBetter ? "higher" : "lower"
    met = target.map { higherIsBetter ? timing.wall >= $0 : timing.wall < $0 }
  }

  var higherIsBetter: Bool { better == "higher" }
}

/// The figures of one rubric.
struct BenchResult: Encodable {
  var rubric: String
  var inputs: Int
  var numericInputs: Int
  var instructions: Int
  var figures: [BenchFigure]
}

/// Everything `kaohe bench` measured.
struct BenchReport: Encodable {
  /// `release` or `debug`.
  var build: String
  var cores: Int
  var quick: Bool
  var rubrics: [BenchResult]

  static var buildName: String {
    #if DEBUG
      "debug"
    #else
      "release"
    #endif
  }

  /// The figures as a table per rubric, each beside its target.
  func table() -> String {
    var lines = [
      L10n.t(quick ? "kaohe bench: {0} build, {1} cores, medians of timed runs after a warm-up (quick);"
        : "kaohe bench: {0} build, {1} cores, medians of timed runs after a warm-up;", build, cores),
      L10n.t("targets judge the wall clock; processor time counts every thread (and the child process for start-up)"),
    ]
    if build == "debug" { lines.append(L10n.t("note: a debug build; build with 'swift build -c release' for figures worth comparing")) }
    for r in rubrics {
      lines.append("")
      lines.append(
        L10n.t("{0}: {1} inputs ({2} numeric), {3} instructions", r.rubric, r.inputs, r.numericInputs, r.instructions))
      let rows = [[L10n.t("figure"), L10n.t("wall clock"), L10n.t("processor"), L10n.t("target"), ""]]
        + r.figures.map { f in
          let target = f.target.map { (f.higherIsBetter ? "≥ " : "< ") + Self.format($0, f.unit, exact: true) } ?? "-"
          return [f.label, Self.format(f.value, f.unit), Self.format(f.cpu, f.unit), target, f.met.map { $0 ? L10n.t("ok") : L10n.t("MISSED") } ?? ""]
        }
      let widths = (0..<5).map { c in rows.map { DisplayWidth.of($0[c]) }.max() ?? 0 }
      for row in rows {
        let cells = row.indices.map { c in Self.pad(row[c], widths[c], left: c > 0 && c < 4) }
        lines.append(String(("  " + cells.joined(separator: "  ")).reversed().drop(while: { $0 == " " }).reversed()))
      }
    }
    return lines.joined(separator: "\n")
  }

  private static func pad(_ s: String, _ width: Int, left: Bool = false) -> String {
    left ? DisplayWidth.padLeft(s, to: width) : DisplayWidth.padRight(s, to: width)
  }

  /// A value in its unit: three significant figures, or as written for a target (`exact`).
  static func format(_ v: Double, _ unit: String, exact: Bool = false) -> String {
    let number = { (x: Double) in exact ? String(format: "%g", x) : String(format: x >= 100 ? "%.0f" : x >= 10 ? "%.1f" : "%.2f", x) }
    switch unit {
    case "ns", "ns/sample":
      let perSample = unit == "ns" ? "" : L10n.t("/sample")
      return v >= 1000 ? number(v / 1000) + " µs" + perSample : number(v) + " ns" + perSample
    case "ms":
      return v >= 1000 ? number(v / 1000) + " s" : number(v) + " ms"
    case "points/s":
      let whole = String(Int(v.rounded()))
      var grouped = ""
      for (i, ch) in whole.enumerated() {
        if i > 0, (whole.count - i) % 3 == 0 { grouped.append(" ") }
        grouped.append(ch)
      }
      return grouped + " " + L10n.t("points/s")
    default:
      return number(v) + " " + unit
    }
  }
}
