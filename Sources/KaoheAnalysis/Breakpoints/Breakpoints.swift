import KaoheFormula
import KaoheRubric

/// The exact values of one input at which the objective jumps or changes slope, found from the
/// formulas rather than by sampling.
///
/// The formulas of the clauses that read the input give candidate points (see `CandidateFinder`);
/// each candidate is then checked by scoring the real rubric at the point and just left and right of
/// it, and kept when the score jumps or the slope on the two sides differs.
public enum Breakpoints {
  /// Finds the break-even points of `input` within `from` … `to` (default: its declared range).
  public static func find(
    _ context: AnalysisContext, input name: String, from: Double? = nil, to: Double? = nil,
    objective: Objective = .headline
  ) throws(AnalysisError) -> BreakpointsResult {
    let (index, input) = try context.numericInput(name)
    let window = try window(input, from: from, to: to)
    let target = try objective.resolve(in: context.compiled)
    let scan = Scan.run(context, index: index, window: window, target: target)
    var runner = ScoreRunner(context)
    return BreakpointsResult(
      input: name, objective: objective, from: window.lowerBound, to: window.upperBound,
      baselineValue: context.inputs[index], baselineScore: runner.value(of: target), breakpoints: scan.breakpoints,
      candidatesExamined: scan.candidates, complete: scan.complete)
  }

  /// The range to search: the one given, or the declared range.
  static func window(_ input: InputDeclaration, from: Double?, to: Double?) throws(AnalysisError) -> ClosedRange<Double>
  {
    guard let lo = from ?? input.range?.lowerBound, let hi = to ?? input.range?.upperBound else {
      throw .noRange(input.name)
    }
    guard lo.isFinite, hi.isFinite, lo <= hi else { throw .invalidRange(lo, hi) }
    return lo...hi
  }

  /// The search itself, shared with goal seek and plans.
  struct Scan {
    var breakpoints: [Breakpoint]
    var candidates: Int
    var complete: Bool

    static func run(_ context: AnalysisContext, index: Int, window: ClosedRange<Double>, target: ResolvedObjective)
      -> Scan
    {
      var runner = ScoreRunner(context)
      runner.run()
      var finder = CandidateFinder(
        compiled: context.compiled, inputSlot: index, base: runner.slots, window: window)
      let capSlot = context.compiled.layout.policies[PolicyDeclaration.capIndicators]
      finder.collect(in: context.compiled, capOn: capSlot.map { runner[$0] != 0 } ?? true)
      var points: [Double: Verifier.Origin] = [:]
      for c in finder.solved { points[c.value, default: Verifier.Origin()].add(c.source, marker: c.marker) }
      solvePending(finder.pending, into: &points, runner: &runner, index: index, window: window)
      let verifier = Verifier(window: window, index: index, target: target)
      let found = verifier.check(points, runner: &runner)
      return Scan(breakpoints: found, candidates: points.count, complete: finder.complete)
    }

    /// Solves pending equations numerically on each piece between known candidates, a few rounds
    /// (new roots split pieces, and nested constructs may need the split).
    private static func solvePending(
      _ pending: [CandidateFinder.Equation], into points: inout [Double: Verifier.Origin], runner: inout ScoreRunner,
      index: Int, window: ClosedRange<Double>
    ) {
      guard !pending.isEmpty, window.upperBound > window.lowerBound else { return }
      for _ in 0..<4 {
        let knots = ([window.lowerBound, window.upperBound] + points.keys).sorted()
        var added = false
        for equation in pending {
          func e(_ x: Double) -> Double {
            runner.set(index, x)
            runner.run()
            return LoweredInterpreter.value(equation.tree, runner.slots)
          }
          for (a, b) in zip(knots, knots.dropFirst()) where b - a > 1e-9 {
            guard let root = RootFinder.root(in: a, b, e) else { continue }
            if points[root] == nil { added = true }
            points[root, default: Verifier.Origin()].add(
              equation.source, marker: equation.exhausted ? equation.tree : nil)
          }
        }
        if !added { break }
      }
      runner.reset()
    }
  }
}
