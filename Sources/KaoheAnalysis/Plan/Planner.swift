import KaoheFormula
import KaoheRubric

/// The working state of one plan: the movable inputs, their components, the search, and the check
/// and repair of its answer.
struct Planner {
  let context: AnalysisContext
  let objective: ResolvedObjective
  let current: Double
  let direction: Double
  private var movers: [Mover] = []
  private var components: [PlanSearch.Component] = []
  private var exact = true
  private var runner: ScoreRunner

  /// The largest joint candidate list of one component; past it its inputs are treated apart.
  static let jointLimit = 4096
  static let tolerance = PlanSearch.tolerance

  init(context: AnalysisContext, objective: ResolvedObjective, current: Double, direction: Double) {
    self.context = context
    self.objective = objective
    self.current = current
    self.direction = direction
    self.runner = ScoreRunner(context)
  }

  // MARK: Access for checking and repair

  var isExact: Bool { exact }
  var moverCount: Int { movers.count }
  func moverIndex(_ m: Int) -> Int { movers[m].index }
  func origin(_ m: Int) -> Double { movers[m].origin }
  func moverCost(_ m: Int, _ v: Double) -> Double { movers[m].cost(v) }
  func moverRange(_ m: Int) -> ClosedRange<Double>? { movers[m].profile == nil ? nil : movers[m].input.range }
  func realise(_ m: Int, _ p: Profile.Point) -> Double { movers[m].realise(p) }
  func realisations(_ m: Int, _ p: Profile.Point) -> [Double] { movers[m].realisations(p) }
  func trialValues(_ m: Int) -> [Double] { movers[m].trialValues() }

  /// The objective at these input values.
  mutating func score(_ values: [Double]) -> Double {
    runner.setAll(values)
    return runner.value(of: objective)
  }

  /// Each changed input of a plan, in rubric order, with its cost and its gain alone.
  mutating func changes(_ values: [Double]) -> [PlanChange] {
    var out: [PlanChange] = []
    for mover in movers.sorted(by: { $0.index < $1.index }) where values[mover.index] != mover.origin {
      let alone = score(context.inputs(setting: mover.index, to: values[mover.index]))
      out.append(
        PlanChange(
          input: mover.input.name, kind: mover.input.kind, from: mover.origin, to: values[mover.index],
          cost: mover.cost(values[mover.index]), gainAlone: Numeric.tidy(alone - current)))
    }
    return out
  }

  /// The objective's gain (in the helpful direction) at these input values.
  private mutating func gain(_ values: [Double]) -> Double {
    runner.setAll(values)
    return Numeric.tidy(direction * (runner.value(of: objective) - current))
  }

  /// Finds the movable inputs and their moves, and groups them; returns the inputs skipped.
  mutating func prepare(_ options: PlanOptions) throws(AnalysisError) -> [String] {
    let rubric = context.compiled.rubric
    var allowed = Set(rubric.inputs.indices)
    if let names = options.inputs {
      allowed = []
      for name in names { allowed.insert(try context.input(name).index) }
    }
    var skipped: [String] = []
    for index in rubric.inputs.indices where allowed.contains(index) {
      let input = rubric.inputs[index]
      let unitCost = options.storedUnitCost(input)
      if input.kind == .choice && !options.allowChoices || !unitCost.isFinite { continue }
      var mover = Mover(index: index, input: input, origin: context.inputs[index], unitCost: unitCost)
      if input.kind.isNumeric {
        guard let range = input.range, range.upperBound > range.lowerBound else {
          skipped.append(input.name)
          continue
        }
        let profile = Profile.build(context, index: index, window: range, target: objective)
        exact = exact && profile.exact
        mover.profile = profile
      }
      var moves: [Mover.Move] = []
      for v in mover.trialValues() {
        moves.append(Mover.Move(value: v, cost: mover.cost(v), gain: gain(context.inputs(setting: index, to: v))))
      }
      mover.moves = Mover.pareto(moves, tolerance: Self.tolerance)
      if !mover.moves.isEmpty || mover.profile != nil { movers.append(mover) }
    }
    components = group()
    return skipped
  }

  /// Components of movers that share an indicator, with their options (option 0 leaves them).
  private mutating func group() -> [PlanSearch.Component] {
    let reach = Dependencies.indicators(context.compiled)
    var parent = Array(movers.indices)
    func root(_ i: Int) -> Int { parent[i] == i ? i : root(parent[i]) }
    for a in movers.indices {
      for b in movers.indices where b > a && !reach[movers[a].index].isDisjoint(with: reach[movers[b].index]) {
        parent[root(b)] = root(a)
      }
    }
    var groups: [Int: [Int]] = [:]
    for i in movers.indices { groups[root(i), default: []].append(i) }
    var out: [PlanSearch.Component] = []
    for key in groups.keys.sorted() {
      guard let members = groups[key] else { continue }
      let size = members.reduce(1) { $0 * (movers[$1].moves.count + 1) }
      if members.count > 1, size <= Self.jointLimit {
        out.append(joint(members))
      } else {
        if members.count > 1 { exact = false }
        for m in members { out.append(joint([m])) }
      }
    }
    return out
  }

  /// Every combination of the members' moves, scored together, Pareto-pruned.
  private mutating func joint(_ members: [Int]) -> PlanSearch.Component {
    var combos: [[Double]] = [members.map { movers[$0].origin }]
    for (k, m) in members.enumerated() {
      combos = combos.flatMap { combo in
        [combo]
          + movers[m].moves.map { move in
            var c = combo
            c[k] = move.value
            return c
          }
      }
    }
    var options: [PlanSearch.Option] = []
    for combo in combos.dropFirst() {
      var values = context.inputs
      var cost = 0.0
      for (k, m) in members.enumerated() {
        values[movers[m].index] = combo[k]
        cost += movers[m].cost(combo[k])
      }
      options.append(PlanSearch.Option(values: combo, cost: Numeric.tidy(cost), gain: gain(values)))
    }
    let kept = PlanSearch.pareto(options, cost: \.cost, gain: \.gain, tolerance: Self.tolerance)
    let unchanged = PlanSearch.Option(values: members.map { movers[$0].origin }, cost: 0, gain: 0)
    return PlanSearch.Component(members: members, options: [unchanged] + kept)
  }

  // MARK: Search

  /// The input values of the cheapest plan found (or of the most-gaining one when none reaches).
  mutating func search(need: Double) -> (values: [Double], reached: Bool) {
    var search = PlanSearch(components: components, need: need)
    let free = components.enumerated().flatMap { c, component in
      component.members.filter { movers[$0].profile != nil }.map { (component: c, mover: $0) }
    }
    let solution = search.solve(free: free) { m, deficit in topUp(m, deficit) }
    if search.truncated { exact = false }
    var values = context.inputs
    guard let solution else {
      for (c, pick) in search.mostGain().enumerated() { apply(components[c], pick, to: &values) }
      return (values, false)
    }
    for (c, pick) in solution.picks.enumerated() { apply(components[c], pick, to: &values) }
    if let free = solution.free { values[movers[free.mover].index] = free.value }
    return (values, true)
  }

  private func apply(_ component: PlanSearch.Component, _ pick: Int, to values: inout [Double]) {
    guard component.options.indices.contains(pick) else { return }
    for (k, m) in component.members.enumerated() { values[movers[m].index] = component.options[pick].values[k] }
  }

  /// The free input's cheapest value that gains at least `deficit` alone (tried on the 1e-9 grid
  /// first, then as solved).
  private mutating func topUp(_ m: Int, _ deficit: Double) -> (value: Double, cost: Double, gain: Double)? {
    let mover = movers[m]
    guard let profile = mover.profile else { return nil }
    for point in profile.crossings(current + direction * deficit, up: direction > 0).prefix(3) {
      for v in mover.realisations(point) {
        let g = gain(context.inputs(setting: mover.index, to: v))
        if g >= deficit - Self.tolerance { return (v, mover.cost(v), g) }
      }
    }
    return nil
  }
}
