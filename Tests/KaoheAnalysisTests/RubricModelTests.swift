import Foundation
import KaoheAnalysis
import KaoheFormula
import KaoheRubric
import KaoheTestSupport
import Testing

/// `RubricModel.evaluate(batch:)`, which Monte Carlo and Sobol score through, gives for each point
/// of a batch laid out by variable what `AnalysisContext.score` gives for that point alone: batches
/// of every size around the lane count (a partial group of lanes last), the total and one indicator.
@Suite struct RubricModelTests {
  @Test(arguments: [1, Machine.lanes - 1, Machine.lanes, Machine.lanes + 1, 2 * Machine.lanes + 37, ScoreBatch.points], [false, true])
  func aBatchScoresEachPointAsScoringItAlone(count: Int, ankang: Bool) throws {
    // Ankang's headline is the mean of its 21 departments' totals.
    let context = try ankang ? Fixture.ankangContext() : Fixture.yulinContext()
    let inputs = context.compiled.rubric.inputs
    let numeric = inputs.indices.filter { inputs[$0].kind != .boolean && inputs[$0].kind != .choice }
    let chosen = numeric.enumerated().filter { $0.offset % 3 == 0 }.map(\.element)
    let names = chosen.map { inputs[$0].name }
    let indicator = try #require(context.compiled.rubric.indicators.first).id
    var generator = SplitMix(seed: UInt64(count))
    var rows: [[Double]] = []
    for _ in 0..<count {
      rows.append(chosen.map { context.inputs[$0] * Double.random(in: 0.8...1.2, using: &generator) })
    }
    var points = [Double](repeating: 0, count: count * chosen.count)
    for (r, row) in rows.enumerated() { for k in row.indices { points[k * count + r] = row[k] } }
    for objective in [Objective.headline, .indicator(indicator)] {
      let model = try RubricModel(context: context, variables: names, objective: objective)
      let scores = model.evaluate(batch: points)
      #expect(scores.count == count)
      for (r, row) in rows.enumerated() {
        var alone = context
        for (k, i) in chosen.enumerated() { alone.inputs[i] = row[k] }
        let expected = try alone.score(objective)
        #expect(scores[r] == expected, "\(objective), point \(r) of \(count)")
      }
    }
  }

  /// Analyses score batches on worker threads, whose stacks are smaller than the main thread's: a
  /// batch of every input of each seed rubric (its whole compiled kernel) and of a few (its slice
  /// kernel) runs on a thread with a 256 KB stack, and scores as on this one.
  @Test(arguments: [false, true], [false, true])
  func aBatchRunsOnASmallStack(ankang: Bool, everyInput: Bool) throws {
    let context = try ankang ? Fixture.ankangContext() : Fixture.yulinContext()
    let inputs = context.compiled.rubric.inputs
    let numeric = inputs.indices.filter { inputs[$0].kind != .boolean && inputs[$0].kind != .choice }
    let chosen = everyInput ? Array(inputs.indices) : Array(numeric.prefix(3))
    let count = 2 * Machine.lanes
    var points = [Double](repeating: 0, count: count * chosen.count)
    for (k, i) in chosen.enumerated() {
      for r in 0..<count { points[k * count + r] = context.inputs[i] * (0.9 + 0.2 * Double(r) / Double(count)) }
    }
    let model = try RubricModel(context: context, variables: chosen.map { inputs[$0].name })
    let expected = model.evaluate(batch: points)
    final class Box: @unchecked Sendable { var scores: [Double] = [] }
    let box = Box()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread { [points] in
      box.scores = model.evaluate(batch: points)
      done.signal()
    }
    thread.stackSize = 256 << 10
    thread.start()
    done.wait()
    #expect(box.scores == expected)
  }

  /// The layout of `ScoreModel` batches: a closure model sees each point whole.
  @Test func aClosureModelReadsPointsLaidOutByVariable() {
    let model = ClosureModel(variableCount: 3) { x in x[0] * 100 + x[1] * 10 + x[2] }
    // Points (1, 2, 3) and (4, 5, 6), by variable.
    #expect(model.evaluate(batch: [1, 4, 2, 5, 3, 6]) == [123, 456])
  }
}
