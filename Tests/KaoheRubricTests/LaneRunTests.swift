import KaoheFormula
import KaoheTestSupport
import Testing

@testable import KaoheRubric

/// Batches of samples (`SlicedRun`'s lane runs, which Monte Carlo, Sobol and `evaluate(batch:)`
/// use) score the embedded rubrics exactly as the interpreter does: every slot of every lane, bit
/// for bit, with every input free, the numeric ones only, a random half, or one; under random
/// policies; in every vector width the processor runs; on the lane kernels compiled ahead of time
/// (`LaneSource`) and on the lane executor.
@Suite struct LaneRunTests {
  @Test(arguments: [2, 4, 8], [false, true])
  func lanesMatchTheInterpreterOnTheEmbeddedRubrics(vector: Int, interpreted: Bool) throws {
    guard vector <= Machine.widestLaneVector else { return }
    for file in Catalog.rubrics {
      let compiled = try Catalog.rubric(file.id)
      let rubric = compiled.rubric
      let baseline = try Catalog.baseline(nil, for: rubric)
      var generator = SplitMix(seed: 20_261_123 &+ UInt64(vector) &+ (interpreted ? 100 : 0))
      let all = Array(rubric.inputs.indices)
      let numeric = all.filter { rubric.inputs[$0].kind != .boolean && rubric.inputs[$0].kind != .choice }
      let half = all.filter { _ in Bool.random(using: &generator) }
      let one = [numeric.randomElement(using: &generator) ?? 0]
      for (label, free) in [("all", all), ("numeric", numeric), ("half", half), ("one", one)] {
        let held = RandomPoint.make(for: rubric, baseline: baseline, round: 2, using: &generator)
        let template = compiled.initialSlots(inputs: held.inputs, policies: held.policies)
        var run = SlicedRun(compiled.program, slots: template, free: free)
        for round in 0..<8 {
          var rows: [Double] = []
          for _ in 0..<Machine.lanes {
            let point = RandomPoint.make(for: rubric, baseline: baseline, round: round, using: &generator)
            rows += free.map { point.inputs[$0] }
          }
          let stride = Machine.lanes + round
          TestSupport.columns(rows, width: free.count, stride: stride).withUnsafeBufferPointer { p in
            guard let base = p.baseAddress else { return }
            run.run(columns: base, stride: stride, count: Machine.lanes, vector: vector, interpreted: interpreted)
          }
          for lane in 0..<Machine.lanes {
            var slots = template
            for (k, input) in free.enumerated() { slots[input] = rows[lane * free.count + k] }
            Machine.interpret(compiled.program, slots: &slots)
            let differ = slots.indices.filter { run.value($0, lane: lane).bitPattern != slots[$0].bitPattern }
            #expect(
              differ.isEmpty,
              "\(file.id), \(label) free, vector \(vector), interpreted \(interpreted): slots \(differ.prefix(5)) differ, e.g. \(differ.first.map { (run.value($0, lane: lane), slots[$0]) } as Any)"
            )
            if !differ.isEmpty { return }
          }
        }
      }
    }
  }
}
