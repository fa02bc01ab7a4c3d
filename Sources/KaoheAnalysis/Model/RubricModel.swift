import Foundation
import KaoheFormula
import KaoheRubric
import Synchronization

/// The compiled rubric as a `ScoreModel`: some inputs free, the rest held at the context's values,
/// scoring one objective. Batches are scored on frames (`SlicedRun`) in which what does not depend on
/// the free inputs was computed once, when the model was made; a frame is kept from batch to batch
/// (one for each batch being scored at the same time), since a run leaves it ready for the next.
public struct RubricModel: ScoreModel {
  /// The context supplying the held inputs and the policies.
  public let context: AnalysisContext
  /// The free inputs, by name, in variable order.
  public let variables: [String]
  /// What is scored.
  public let objective: Objective
  private let indices: [Int]
  private let target: ResolvedObjective
  private let runs: RunPool

  /// Creates the model; throws for an unknown input, indicator or unit.
  public init(context: AnalysisContext, variables: [String], objective: Objective = .headline) throws(AnalysisError) {
    var indices: [Int] = []
    for name in variables { indices.append(try context.input(name).index) }
    self.context = context
    self.variables = variables
    self.objective = objective
    self.indices = indices
    self.target = try objective.resolve(in: context.compiled)
    let template = context.compiled.initialSlots(inputs: context.inputs, policies: context.policies)
    self.runs = RunPool(SlicedRun(context.compiled.program, slots: template, free: indices))
  }

  /// How many variables a point has.
  public var variableCount: Int { indices.count }

  /// Scores a batch of points (laid out by variable, as `ScoreModel` says), `Machine.lanes` at a time.
  public func evaluate(batch points: [Double]) -> [Double] {
    let width = indices.count
    let count = width == 0 ? 0 : points.count / width
    let target = target
    var out = [Double](repeating: 0, count: count)
    runs.with { run in
      points.withUnsafeBufferPointer { p in
        out.withUnsafeMutableBufferPointer { o in
          guard let base = p.baseAddress, let scores = o.baseAddress else { return }
          for start in stride(from: 0, to: count, by: Machine.lanes) {
            let lanes = min(Machine.lanes, count - start)
            run.run(columns: base + start, stride: count, count: lanes)
            target.values(count: lanes, into: scores + start, from: run)
          }
        }
      }
    }
    return out
  }
}

/// The frames of a model's batches, one for each thread that scores them: a thread scoring batch
/// after batch reuses its own frame, which stays in its core's cache, instead of copying the
/// model's (about 500 KB for a seed rubric) or taking over one that another core last used. Each
/// frame is an unshared copy (`SlicedRun.unshared()`), so no two threads touch the same reference
/// counts. Keeps at most `limit` frames.
private final class RunPool: Sendable {
  private let first: SlicedRun
  private let byThread = Mutex<[ObjectIdentifier: SlicedRun]>([:])
  private static let limit = 64

  init(_ first: SlicedRun) { self.first = first }

  func with(_ body: (inout SlicedRun) -> Void) {
    let thread = ObjectIdentifier(Thread.current)
    var run = byThread.withLock { $0.removeValue(forKey: thread) } ?? first.unshared()
    body(&run)
    byThread.withLock { runs in
      if runs.count >= Self.limit, let any = runs.keys.first { runs[any] = nil }
      runs[thread] = run
    }
  }
}
