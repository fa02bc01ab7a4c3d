import KaoheFormula
import KaoheRubric

/// Which indicators each input reaches, following clause and indicator references.
enum Dependencies {
  /// For each input (by index), the indicator ids whose score depends on it.
  static func indicators(_ compiled: CompiledRubric) -> [Set<String>] {
    var clauseInputs: [String: Set<Int>] = [:]
    var indicatorInputs: [String: Set<Int>] = [:]
    let indicatorByID = Dictionary(compiled.rubric.indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let clauseIDs = Set(compiled.rubric.indicators.flatMap { $0.clauses.map(\.id) })

    func inputs(ofClause id: String) -> Set<Int> {
      if let known = clauseInputs[id] { return known }
      clauseInputs[id] = []
      var out = Set<Int>()
      for ref in compiled.formulas[id]?.references ?? [] {
        switch ref.symbol.kind {
        case .input: out.insert(ref.symbol.slot)
        case .clause where clauseIDs.contains(ref.symbol.qualifiedName):
          out.formUnion(inputs(ofClause: ref.symbol.qualifiedName))
        case .indicator: out.formUnion(inputs(ofIndicator: ref.symbol.qualifiedName))
        default: break
        }
      }
      clauseInputs[id] = out
      return out
    }

    func inputs(ofIndicator id: String) -> Set<Int> {
      if let known = indicatorInputs[id] { return known }
      indicatorInputs[id] = []
      let out = (indicatorByID[id]?.clauses ?? []).reduce(into: Set<Int>()) { $0.formUnion(inputs(ofClause: $1.id)) }
      indicatorInputs[id] = out
      return out
    }

    var result = [Set<String>](repeating: [], count: compiled.rubric.inputs.count)
    for indicator in compiled.rubric.indicators {
      for i in inputs(ofIndicator: indicator.id) where result.indices.contains(i) { result[i].insert(indicator.id) }
    }
    return result
  }
}
