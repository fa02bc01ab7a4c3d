import KaoheFormula
import KaoheRubric

/// The evaluation hot path: one slot array, reused for every run. Inputs and policies are only read
/// by the program and every other slot is written before it is read, so a run needs only the changed
/// inputs set. One runner per thread.
struct ScoreRunner {
  /// The program run.
  let program: Program
  /// The slot array, holding the last run's values.
  private(set) var slots: [Double]
  /// The context's input values, to restore.
  let base: [Double]

  init(_ context: AnalysisContext) {
    program = context.compiled.program
    slots = context.compiled.initialSlots(inputs: context.inputs, policies: context.policies)
    base = context.inputs
  }

  /// Sets one input (by index, equal to its slot).
  @inline(__always)
  mutating func set(_ index: Int, _ value: Double) { slots[index] = value }

  /// Sets every input.
  mutating func setAll(_ inputs: [Double]) {
    for i in 0..<min(inputs.count, base.count) { slots[i] = inputs[i] }
  }

  /// Puts every input back to the context's values.
  mutating func reset() { setAll(base) }

  /// Runs the program.
  @inline(__always)
  mutating func run() { Machine.run(program, slots: &slots) }

  /// Runs the program and returns the objective.
  mutating func value(of objective: ResolvedObjective) -> Double {
    run()
    return objective.value(slots)
  }

  /// Runs with one input changed (it stays changed) and returns the objective.
  mutating func value(of objective: ResolvedObjective, setting index: Int, to v: Double) -> Double {
    slots[index] = v
    return value(of: objective)
  }

  /// The value of a slot after the last run.
  subscript(slot: Int) -> Double { slots[slot] }
}
