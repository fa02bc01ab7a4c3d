import KaoheDiagnostics
import KaoheFormula

/// Orders clauses and indicators so that each comes after everything it reads; finds cycles.
enum DependencyOrder {
  static func order(_ rubric: Rubric, formulas: [String: CheckedFormula], layout: SlotLayout) throws(Diagnostic)
    -> [RubricCompiler.Node]
  {
    var clauseByID: [String: (Clause, Indicator)] = [:]
    var indicatorByID: [String: Indicator] = [:]
    for indicator in rubric.indicators {
      indicatorByID[indicator.id] = indicator
      for c in indicator.clauses { clauseByID[c.id] = (c, indicator) }
    }
    enum Mark { case visiting, done }
    var marks: [String: Mark] = [:]
    var order: [RubricCompiler.Node] = []
    var stack: [String] = []

    func key(_ n: RubricCompiler.Node) -> String {
      switch n {
      case .clause(let c, _): "c:" + c.id
      case .indicator(let i): "i:" + i.id
      }
    }

    func dependencies(_ n: RubricCompiler.Node) -> [(RubricCompiler.Node, Span?, Clause?)] {
      switch n {
      case .indicator(let i): return i.clauses.map { (.clause($0, i), nil, nil) }
      case .clause(let c, _):
        return (formulas[c.id]?.references ?? []).compactMap { ref in
          switch ref.symbol.kind {
          case .clause: clauseByID[ref.symbol.qualifiedName].map { (.clause($0.0, $0.1), ref.span, c) }
          case .indicator: indicatorByID[ref.symbol.qualifiedName].map { (.indicator($0), ref.span, c) }
          default: nil
          }
        }
      }
    }

    func visit(_ n: RubricCompiler.Node, via: (Span, Clause)?) throws(Diagnostic) {
      let k = key(n)
      if marks[k] == .done { return }
      if marks[k] == .visiting {
        let start = stack.firstIndex(of: k) ?? 0
        let path = (stack[start...] + [k]).map { String($0.dropFirst(2)) }
        if let (span, clause) = via {
          throw Formula.diagnostic(for: FormulaError.cycle(path, span), origin: clause.origin)
        }
        throw Diagnostic(id: "formula.cycle", message: L10n.t("circular reference: {0}", path.joined(separator: " → ")))
      }
      marks[k] = .visiting
      stack.append(k)
      for (dep, span, clause) in dependencies(n) {
        try visit(dep, via: span.flatMap { s in clause.map { (s, $0) } })
      }
      stack.removeLast()
      marks[k] = .done
      order.append(n)
    }

    for indicator in rubric.indicators { try visit(.indicator(indicator), via: nil) }
    return order
  }
}
