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

  /// A Pareto frontier of partial combinations: each entry's cost and gain, and the picks that make
  /// it, kept as a chain of back-pointers through the layers (one layer per component) so that
  /// extending an entry copies no array.
  struct Frontier {
    struct Link {
      var parent: Int32
      var pick: Int32
    }
    /// The last layer's costs and gains, cheapest first, each gaining more than every cheaper one.
    var costs: [Double] = [0]
    var gains: [Double] = [0]
    /// `layers[c][i]`: entry i of the frontier after component c came from entry `parent` of the
    /// previous layer with option `pick` of component c.
    var layers: [[Link]] = []
    /// How many entries the last layer has.
    var count: Int { costs.count }

    /// The option picked in each component by entry `i` of the last layer.
    func picks(_ i: Int) -> [Int] {
      var out = [Int](repeating: 0, count: layers.count)
      var at = i
      for c in stride(from: layers.count - 1, through: 0, by: -1) {
        let link = layers[c][at]
        out[c] = Int(link.pick)
        at = Int(link.parent)
      }
      return out
    }
  }

  /// Cheapest combinations per gain over every component except `skip`: a Pareto frontier, cut at
  /// `bound` cost. Gains count up to `need` only, so one complete combination prunes every dearer one.
  mutating func frontier(skipping skip: Int?, bound: Double) -> Frontier {
    var front = Frontier()
    var next: [(cost: Double, gain: Double, link: Frontier.Link)] = []
    for (c, component) in components.enumerated() {
      if c == skip {
        front.layers.append((0..<front.count).map { Frontier.Link(parent: Int32($0), pick: 0) })
        continue
      }
      next.removeAll(keepingCapacity: true)
      for e in 0..<front.count {
        let (entryCost, entryGain) = (front.costs[e], front.gains[e])
        for (k, option) in component.options.enumerated() {
          let cost = entryCost + option.cost
          if cost > bound + Self.tolerance { continue }
          next.append((cost, entryGain + option.gain, Frontier.Link(parent: Int32(e), pick: Int32(k))))
        }
      }
      let need = need
      next.sort { a, b in a.cost != b.cost ? a.cost < b.cost : min(a.gain, need) > min(b.gain, need) }
      front.costs.removeAll(keepingCapacity: true)
      front.gains.removeAll(keepingCapacity: true)
      var layer: [Frontier.Link] = []
      var best = -Double.infinity
      for entry in next where min(entry.gain, need) > best + Self.tolerance {
        if layer.count == Self.frontierLimit {
          truncated = true
          break
        }
        front.costs.append(entry.cost)
        front.gains.append(entry.gain)
        layer.append(entry.link)
        best = min(entry.gain, need)
      }
      front.layers.append(layer)
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
      let front = frontier(skipping: choice?.component, bound: bound)
      for e in 0..<front.count {
        let (cost, gain) = (front.costs[e], front.gains[e])
        if gain >= need - Self.tolerance {
          consider(Solution(cost: cost, picks: [], free: nil), picks: { front.picks(e) }, into: &best)
          continue
        }
        guard let choice, cost < (best?.cost ?? .infinity), let top = topUp(choice.mover, need - gain)
        else { continue }
        let free = (choice.component, choice.mover, top.value, top.cost, top.gain)
        consider(
          Solution(cost: Numeric.tidy(cost + top.cost), picks: [], free: free), picks: { front.picks(e) }, into: &best)
      }
    }
    return best
  }

  /// Keeps `s` (its picks made by `picks`, only when needed) when it is cheaper than `best`, or as
  /// cheap with fewer changes.
  private func consider(_ s: Solution, picks: () -> [Int], into best: inout Solution?) {
    if let b = best, s.cost > b.cost + Self.tolerance { return }
    var s = s
    s.picks = picks()
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
