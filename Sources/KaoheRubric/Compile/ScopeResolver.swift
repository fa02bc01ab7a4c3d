import KaoheFormula

/// Resolves the names of one unit's formulas: the unit's own inputs, clauses and indicators first,
/// then the rubric's inputs and policies, then any full name `unit.name`.
struct ScopeResolver: SymbolResolver {
  let local: [String: Symbol]
  let global: [String: Symbol]

  func resolve(_ name: String) -> Symbol? { local[name] ?? global[name] }

  var visibleNames: [String] { Array(local.keys) + Array(global.keys) }

  /// Builds one resolver per unit id.
  static func scopes(for rubric: Rubric, layout: SlotLayout) -> [String: ScopeResolver] {
    var global: [String: Symbol] = [:]
    var perUnit: [String: [String: Symbol]] = [:]
    for input in rubric.inputs {
      let symbol = Symbol(slot: layout.inputs[input.name] ?? 0, type: input.type, kind: .input, qualifiedName: input.name)
      global[input.name] = symbol
      if let u = input.unitID { perUnit[u, default: [:]][input.localName] = symbol }
    }
    for policy in rubric.policies {
      let type: FormulaType = policy.isBoolean ? .boolean : .choice(policy.options)
      global[policy.name] = Symbol(slot: layout.policies[policy.name] ?? 0, type: type, kind: .policy, qualifiedName: policy.name)
    }
    for unit in rubric.units {
      for indicator in unit.indicators {
        let symbol = Symbol(slot: layout.indicators[indicator.id] ?? 0, type: .number, kind: .indicator, qualifiedName: indicator.id)
        global[indicator.id] = symbol
        perUnit[unit.id, default: [:]][indicator.localID] = symbol
        for clause in indicator.clauses {
          let c = Symbol(slot: layout.clauses[clause.id] ?? 0, type: .number, kind: .clause, qualifiedName: clause.id)
          global[clause.id] = c
          perUnit[unit.id, default: [:]][clause.localID] = c
        }
      }
    }
    var scopes: [String: ScopeResolver] = [:]
    for unit in rubric.units { scopes[unit.id] = ScopeResolver(local: perUnit[unit.id] ?? [:], global: global) }
    return scopes
  }
}
