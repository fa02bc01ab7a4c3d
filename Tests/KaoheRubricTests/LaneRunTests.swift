import KaoheFormula
import KaoheTestSupport
import Testing

@testable import KaoheRubric

/// Batches of samples (`SlicedRun`'s lane runs, which Monte Carlo, Sobol and `evaluate(batch:)`
/// use) score the embedded rubrics exactly as the interpreter does: every computed slot of every
/// lane, bit for bit, with every input free, the numeric ones only, a random half, or one; under
/// random policies; in every vector width the processor runs; on the compiled slice and whole
/// kernels (`LaneSource`), on the lane executor, and switching from one to another on one frame;
/// in full runs, which read the free inputs from the columns, and in partial ones.
@Suite struct LaneRunTests {
  @Test(arguments: [2, 4, 8], SlicedRun.LaneCode.allCases)
  func lanesMatchTheInterpreterOnTheEmbeddedRubrics(vector: Int, code: SlicedRun.LaneCode) throws {
    guard vector <= Machine.widestLaneVector else { return }
    // `automatic` here stands for all of them in turn, on the same frame.
    let codes = code == .automatic ? SlicedRun.LaneCode.allCases : [code]
    for file in Catalog.rubrics {
      let compiled = try Catalog.rubric(file.id)
      let rubric = compiled.rubric
      let baseline = try Catalog.baseline(nil, for: rubric)
      let seed = SlicedRun.LaneCode.allCases.firstIndex(of: code) ?? 0
      var generator = SplitMix(seed: 20_261_123 &+ UInt64(vector) &+ UInt64(100 * seed))
      let all = Array(rubric.inputs.indices)
      let numeric = all.filter { rubric.inputs[$0].kind != .boolean && rubric.inputs[$0].kind != .choice }
      let half = all.filter { _ in Bool.random(using: &generator) }
      let one = [numeric.randomElement(using: &generator) ?? 0]
      for (label, free) in [("all", all), ("numeric", numeric), ("half", half), ("one", one)] {
        let held = RandomPoint.make(for: rubric, baseline: baseline, round: 2, using: &generator)
        let template = compiled.initialSlots(inputs: held.inputs, policies: held.policies)
        var run = SlicedRun(compiled.program, slots: template, free: free)
        #expect(run.isNative, "\(file.id) has no compiled lane kernels")
        let isFree = Set(free)
        for round in 0..<8 {
          let code = codes[round % codes.count]
          // The last round runs part of the lanes only.
          let count = round == 7 ? Machine.lanes - 3 : Machine.lanes
          var rows: [Double] = []
          for _ in 0..<count {
            let point = RandomPoint.make(for: rubric, baseline: baseline, round: round, using: &generator)
            rows += free.map { point.inputs[$0] }
          }
          let stride = Machine.lanes + round
          TestSupport.columns(rows, width: free.count, stride: stride).withUnsafeBufferPointer { p in
            guard let base = p.baseAddress else { return }
            run.run(columns: base, stride: stride, count: count, vector: vector, code: code)
          }
          for lane in 0..<count {
            var slots = template
            for (k, input) in free.enumerated() { slots[input] = rows[lane * free.count + k] }
            Machine.interpret(compiled.program, slots: &slots)
            let differ = slots.indices.filter {
              !isFree.contains($0) && run.value($0, lane: lane).bitPattern != slots[$0].bitPattern
            }
            #expect(
              differ.isEmpty,
              "\(file.id), \(label) free, vector \(vector), \(code), \(count) lanes: slots \(differ.prefix(5)) differ, e.g. \(differ.first.map { (run.value($0, lane: lane), slots[$0]) } as Any)"
            )
            if !differ.isEmpty { return }
          }
        }
      }
    }
  }
}
