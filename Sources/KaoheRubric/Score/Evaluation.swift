import KaoheFormula

/// The scores of one evaluation: every clause, indicator, item, area and unit total.
public struct Evaluation: Sendable {
  /// The compiled rubric it belongs to.
  public let compiled: CompiledRubric
  /// Every slot's value after the run.
  public let slots: [Double]

  /// The total of a unit (`""` for a single-unit rubric's only unit).
  public func total(unit: String = "") -> Double { value(compiled.layout.units[unit]) }
  /// The score of an indicator by full id.
  public func indicator(_ id: String) -> Double { value(compiled.layout.indicators[id]) }
  /// The score of a clause by full id.
  public func clause(_ id: String) -> Double { value(compiled.layout.clauses[id]) }
  /// The score of an item by full id.
  public func item(_ id: String) -> Double { value(compiled.layout.items[id]) }
  /// The score of an area by full id.
  public func area(_ id: String) -> Double { value(compiled.layout.areas[id]) }
  /// The value of an input by full name.
  public func input(_ name: String) -> Double { value(compiled.layout.inputs[name]) }

  /// The headline number: the total of a single-unit rubric, or the mean over units.
  public var headline: Double {
    compiled.rubric.isMultiUnit ? mean : total()
  }

  /// The mean of the units' totals.
  public var mean: Double {
    let units = compiled.rubric.units
    guard !units.isEmpty else { return 0 }
    return Numeric.tidy(units.reduce(0) { $0 + total(unit: $1.id) } / Double(units.count))
  }

  /// Units by total, best first, with their rank (ties share a rank).
  public var ranking: [(rank: Int, unit: AssessedUnit, total: Double)] {
    let sorted = compiled.rubric.units.enumerated().sorted { a, b in
      let ta = total(unit: a.element.id)
      let tb = total(unit: b.element.id)
      return ta != tb ? ta > tb : a.offset < b.offset
    }.map(\.element)
    var out: [(Int, AssessedUnit, Double)] = []
    for (i, unit) in sorted.enumerated() {
      let t = total(unit: unit.id)
      let rank = (i > 0 && out[i - 1].2 == t) ? out[i - 1].0 : i + 1
      out.append((rank, unit, t))
    }
    return out
  }

  private func value(_ slot: Int?) -> Double {
    guard let slot, slots.indices.contains(slot) else { return 0 }
    return slots[slot]
  }
}

extension CompiledRubric {
  /// The slot array for these inputs (in rubric order) and policy values (in policy order).
  public func initialSlots(inputs: [Double], policies: [Double]) -> [Double] {
    var slots = [Double](repeating: 0, count: layout.count)
    for i in 0..<min(inputs.count, layout.policyBase) { slots[i] = inputs[i] }
    for (i, p) in policies.enumerated() where layout.policyBase + i < layout.count { slots[layout.policyBase + i] = p }
    return slots
  }

  /// Scores the rubric for these inputs and policies.
  public func evaluate(inputs: [Double], policies: [Double]? = nil) -> Evaluation {
    var slots = initialSlots(inputs: inputs, policies: policies ?? defaultPolicies)
    Machine.run(program, slots: &slots)
    return Evaluation(compiled: self, slots: slots)
  }

  /// Scores the rubric and records what every helper did, for explanations.
  public func evaluateTraced(inputs: [Double], policies: [Double]? = nil) -> (Evaluation, [(owner: Owner, event: TraceEvent)]) {
    var slots = initialSlots(inputs: inputs, policies: policies ?? defaultPolicies)
    let events = Machine.runTraced(program, slots: &slots)
    let owned = events.map { e in (owners[program.sites[e.site].owner], e.event) }
    return (Evaluation(compiled: self, slots: slots), owned)
  }
}
