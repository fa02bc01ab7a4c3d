import KaoheFormula

/// The multiple-choice knapsack at the heart of a plan: pick one option per component (option 0 is
/// "leave it") to reach a needed gain at least cost, optionally letting one input move to any value
/// on its profile instead (its component then stays as it is otherwise).
struct PlanSearch {
  /// One way to set a component's inputs.
  struct Option: Sendable {
    var values: [Double]
    var cost: Double
    var gain: Double
  }

  /// Inputs that interact (they share an indicator), with their joint options.
  struct Component: Sendable {
    var members: [Int]
    var options: [Option]
  }

  /// The best combination found.
  struct Solution {
    var cost: Double
    var picks: [Int]
    /// A free move of one input: (its component, the mover, value, cost, gain).
    var free: (component: Int, mover: Int, value: Double, cost: Double, gain: Double)?
  }

  /// The most partial combinations kept at once; past it the search is no longer exact.
  static let frontierLimit = 20_000
  static let tolerance = 1e-9

  let components: [Component]
  let need: Double
  private(set) var truncated = false

  init(components: [Component], need: Double) {
    self.components = components
    self.need = need
  }

  /// Cheapest combinations per gain over every component except `skip`: a Pareto frontier, cut at
  /// `bound` cost. Gains count up to `need` only, so one complete combination prunes every dearer one.
  mutating func frontier(skipping skip: Int?, bound: Double) -> [(cost: Double, gain: Double, picks: [Int])] {
    var front: [(cost: Double, gain: Double, picks: [Int])] = [(0, 0, [])]
    for (c, component) in components.enumerated() {
      if c == skip {
        front = front.map { ($0.cost, $0.gain, $0.picks + [0]) }
        continue
      }
      var next: [(cost: Double, gain: Double, picks: [Int])] = []
      for entry in front {
        for (k, option) in component.options.enumerated() {
          let cost = entry.cost + option.cost
          if cost > bound + Self.tolerance { continue }
          next.append((cost, entry.gain + option.gain, entry.picks + [k]))
        }
      }
      next.sort { a, b in a.cost != b.cost ? a.cost < b.cost : min(a.gain, need) > min(b.gain, need) }
      front = []
      var best = -Double.infinity
      for entry in next where min(entry.gain, need) > best + Self.tolerance {
        front.append(entry)
        best = min(entry.gain, need)
      }
      if front.count > Self.frontierLimit {
        truncated = true
        front = Array(front.prefix(Self.frontierLimit))
      }
    }
    return front
  }

  /// The cheapest solution: with no free input, then with each of `free` (a mover and its
  /// component) in turn, the frontier of the other components topped up by the free input's cheapest
  /// sufficient value. `topUp(mover, deficit)` gives that value with its cost and gain, or nil.
  mutating func solve(
    free: [(component: Int, mover: Int)], topUp: (Int, Double) -> (value: Double, cost: Double, gain: Double)?
  ) -> Solution? {
    var best: Solution?
    for choice in [nil] + free.map(Optional.some) {
      let bound = best?.cost ?? .infinity
      for entry in frontier(skipping: choice?.component, bound: bound) {
        if entry.gain >= need - Self.tolerance {
          consider(Solution(cost: entry.cost, picks: entry.picks, free: nil), into: &best)
          continue
        }
        guard let choice, entry.cost < (best?.cost ?? .infinity), let top = topUp(choice.mover, need - entry.gain)
        else { continue }
        let free = (choice.component, choice.mover, top.value, top.cost, top.gain)
        consider(Solution(cost: Numeric.tidy(entry.cost + top.cost), picks: entry.picks, free: free), into: &best)
      }
    }
    return best
  }

  private func consider(_ s: Solution, into best: inout Solution?) {
    guard let b = best else {
      best = s
      return
    }
    let changes = { (x: Solution) in x.picks.filter { $0 != 0 }.count + (x.free == nil ? 0 : 1) }
    if s.cost < b.cost - Self.tolerance || (abs(s.cost - b.cost) <= Self.tolerance && changes(s) < changes(b)) {
      best = s
    }
  }

  /// The items that gain, cheapest first, each gaining more than every cheaper one (ties in cost go
  /// to the larger gain; the input order breaks remaining ties).
  static func pareto<T>(_ items: [T], cost: (T) -> Double, gain: (T) -> Double, tolerance: Double) -> [T] {
    let sorted = items.enumerated().filter { gain($0.element) > tolerance }.sorted { a, b in
      let (ca, cb, ga, gb) = (cost(a.element), cost(b.element), gain(a.element), gain(b.element))
      return ca != cb ? ca < cb : (ga != gb ? ga > gb : a.offset < b.offset)
    }
    var out: [T] = []
    var best = 0.0
    for (_, item) in sorted where gain(item) > best + tolerance {
      out.append(item)
      best = gain(item)
    }
    return out
  }

  /// The combination with the largest total gain (each component's best option).
  func mostGain() -> [Int] {
    components.map { c in
      c.options.indices.max { a, b in
        c.options[a].gain != c.options[b].gain
          ? c.options[a].gain < c.options[b].gain : c.options[a].cost > c.options[b].cost
      } ?? 0
    }
  }
}
