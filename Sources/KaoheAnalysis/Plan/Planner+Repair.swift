import KaoheFormula
import KaoheRubric

extension Planner {
  /// Checks the plan by scoring it, repairs it when interactions made it fall short, moves each
  /// change back as far as the target allows, and writes the result.
  mutating func finish(_ found: (values: [Double], reached: Bool), target: Double, into result: PlanResult)
    -> PlanResult
  {
    var values = found.values
    var exact = isExact
    if found.reached, !meets(values, target) {
      exact = false
      repair(&values, target: target)
    }
    let reached = meets(values, target)
    if reached { trim(&values, target: target) }
    var out = result
    out.outcome = reached ? .reached : .unreachable
    out.changes = changes(values)
    out.cost = Numeric.tidy(out.changes.reduce(0) { $0 + $1.cost })
    out.score = score(values)
    out.exact = exact && reached == found.reached
    return out
  }

  private mutating func meets(_ values: [Double], _ target: Double) -> Bool {
    direction * (score(values) - target) >= -Self.tolerance
  }

  /// Adds the cheapest single-input fix until the target is met (or, when no single input can meet
  /// it, the move that gains most), a bounded number of times.
  private mutating func repair(_ values: inout [Double], target: Double) {
    for _ in 0...moverCount {
      if meets(values, target) { return }
      var best: (mover: Int, value: Double, cost: Double)?
      for m in 0..<moverCount {
        guard let (v, reaches) = improve(m, values, target: target), reaches else { continue }
        let cost = planCost(values, replacing: m, with: v)
        if best.map({ cost < $0.cost }) ?? true { best = (m, v, cost) }
      }
      if best == nil {
        var gainBest = score(values) * direction
        for m in 0..<moverCount {
          guard let (v, _) = improve(m, values, target: target) else { continue }
          var trial = values
          trial[moverIndex(m)] = v
          let g = score(trial) * direction
          if g > gainBest + Self.tolerance { (gainBest, best) = (g, (m, v, 0)) }
        }
      }
      guard let best else { return }
      values[moverIndex(best.mover)] = best.value
    }
  }

  /// Moves each changed input, dearest first, back towards its current value as far as the target
  /// allows.
  private mutating func trim(_ values: inout [Double], target: Double) {
    for _ in 0..<3 {
      var changed = false
      let order = (0..<moverCount).filter { values[moverIndex($0)] != origin($0) }
        .sorted { moverCost($0, values[moverIndex($0)]) > moverCost($1, values[moverIndex($1)]) }
      for m in order {
        guard let (v, reaches) = improve(m, values, target: target), reaches else { continue }
        if moverCost(m, v) < moverCost(m, values[moverIndex(m)]) - Self.tolerance {
          values[moverIndex(m)] = v
          changed = true
        }
      }
      if !changed { return }
    }
  }

  /// The value of one mover's input closest (in cost) to its current value that meets the target
  /// with every other input as in `values`; or, when none does, the value giving the best score.
  private mutating func improve(_ m: Int, _ values: [Double], target: Double) -> (value: Double, reaches: Bool)? {
    let index = moverIndex(m)
    var trial = values
    let candidates: [Double]
    if let range = moverRange(m) {
      var state = context
      state.inputs = values
      state.inputs[index] = origin(m)
      let profile = Profile.build(state, index: index, window: range, target: objective)
      let crossings = profile.crossings(target, up: direction > 0).prefix(3).flatMap { realisations(m, $0) }
      if let v = crossings.first(where: { v in
        trial[index] = v
        return meets(trial, target)
      }) {
        return (v, true)
      }
      candidates = profile.extreme(up: direction > 0).map { [realise(m, $0)] } ?? []
    } else {
      candidates = trialValues(m) + [origin(m)]
      let meeting = candidates.filter { v in
        trial[index] = v
        return meets(trial, target)
      }
      if let v = meeting.min(by: { moverCost(m, $0) < moverCost(m, $1) }) { return (v, true) }
    }
    return candidates.max { a, b in
      trial[index] = a
      let sa = score(trial) * direction
      trial[index] = b
      return sa < score(trial) * direction
    }.map { ($0, false) }
  }

  private mutating func planCost(_ values: [Double], replacing m: Int, with v: Double) -> Double {
    var total = 0.0
    for k in 0..<moverCount { total += moverCost(k, k == m ? v : values[moverIndex(k)]) }
    return total
  }
}
