/// Where each value lives in the flat slot array that the scoring program reads and writes:
/// inputs first, then policies, clauses, indicators, items, areas and unit totals.
public struct SlotLayout: Sendable {
  /// Slot of each input, by full name (equal to its index in `Rubric.inputs`).
  public var inputs: [String: Int] = [:]
  /// Slot of each policy, by name.
  public var policies: [String: Int] = [:]
  /// Slot of each clause, by full id.
  public var clauses: [String: Int] = [:]
  /// Slot of each indicator, by full id.
  public var indicators: [String: Int] = [:]
  /// Slot of each item, by full id.
  public var items: [String: Int] = [:]
  /// Slot of each area, by full id.
  public var areas: [String: Int] = [:]
  /// Slot of each unit's total, by unit id (`""` for a single-unit rubric).
  public var units: [String: Int] = [:]
  /// How many slots in all.
  public var count = 0
  /// The first policy slot (inputs are `0 ..< policyBase`).
  public var policyBase = 0

  init(rubric: Rubric) {
    for input in rubric.inputs { inputs[input.name] = next() }
    policyBase = count
    for policy in rubric.policies { policies[policy.name] = next() }
    for unit in rubric.units {
      for area in unit.areas {
        for item in area.items {
          for indicator in item.indicators {
            for clause in indicator.clauses { clauses[clause.id] = next() }
            indicators[indicator.id] = next()
          }
          items[item.id] = next()
        }
        areas[area.id] = next()
      }
      units[unit.id] = next()
    }
  }

  private mutating func next() -> Int {
    count += 1
    return count - 1
  }
}
