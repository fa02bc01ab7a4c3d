import KaoheFormula
import KaoheRubric

/// The number an analysis watches: the headline total, one unit's total or one indicator's score.
public enum Objective: Sendable, Hashable {
  /// The rubric's total (for a multi-unit rubric, the mean of the units' totals).
  case headline
  /// One assessed unit's total, by id or name.
  case unit(String)
  /// One indicator's score, by id or the source's number.
  case indicator(String)

  /// How the objective reads in a table heading.
  public var label: String {
    switch self {
    case .headline: "total"
    case .unit(let u): "total of \(u)"
    case .indicator(let i): "indicator \(i)"
    }
  }

  /// The slots whose mean is the objective.
  func resolve(in compiled: CompiledRubric) throws(AnalysisError) -> ResolvedObjective {
    let rubric = compiled.rubric
    let layout = compiled.layout
    switch self {
    case .headline:
      let slots = rubric.isMultiUnit ? rubric.units.compactMap { layout.units[$0.id] } : [layout.units[""] ?? 0]
      return ResolvedObjective(slots: slots)
    case .unit(let name):
      guard let unit = rubric.unit(named: name), let slot = layout.units[unit.id] else {
        throw .unknownUnit(name, among: rubric.units.map(\.id))
      }
      return ResolvedObjective(slots: [slot])
    case .indicator(let key):
      guard let indicator = rubric.indicator(key), let slot = layout.indicators[indicator.id] else {
        throw .unknownIndicator(key, among: rubric.indicators.map(\.id))
      }
      return ResolvedObjective(slots: [slot])
    }
  }
}

/// An objective as slots of the scoring program: the mean of their values.
struct ResolvedObjective: Sendable, Hashable {
  /// The slots averaged (one, except for a multi-unit headline).
  var slots: [Int]

  /// The objective's value in a slot array after a run.
  @inline(__always)
  func value(_ s: [Double]) -> Double {
    if slots.count == 1 { return s[slots[0]] }
    guard !slots.isEmpty else { return 0 }
    var total = 0.0
    for slot in slots { total += s[slot] }
    return Numeric.tidy(total / Double(slots.count))
  }

  /// The objective's value in each of the first `count` lanes of `run` after a lane run, into
  /// `out`: the same sums in the same order as `value(_:)`, a slot at a time rather than a lane at
  /// a time. (`run` is borrowed, not captured: a copy of it would touch every one of its arrays.)
  func values(count: Int, into out: UnsafeMutablePointer<Double>, from run: borrowing SlicedRun) {
    if slots.count == 1 { return run.copy(slots[0], lanes: count, into: out) }
    out.update(repeating: 0, count: count)
    guard !slots.isEmpty else { return }
    withUnsafeTemporaryAllocation(of: Double.self, capacity: count) { buffer in
      guard let values = buffer.baseAddress else { return }
      for s in slots {
        run.copy(s, lanes: count, into: values)
        for l in 0..<count { out[l] += values[l] }
      }
    }
    for l in 0..<count { out[l] = Numeric.tidy(out[l] / Double(slots.count)) }
  }
}
