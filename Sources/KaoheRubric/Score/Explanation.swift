import KaoheFormula

/// Why an indicator scored what it did: each clause's text, the inputs it read, its formula, its
/// result, and every cap, floor or tier that applied.
public struct Explanation: Sendable {
  /// One clause's part.
  public struct ClausePart: Sendable {
    /// The clause.
    public var clause: Clause
    /// The inputs and policies it read, with their values as stored.
    public var reads: [(symbol: Symbol, value: Double)]
    /// Its result.
    public var result: Double
    /// What its helpers did.
    public var events: [TraceEvent]
  }

  /// The indicator.
  public var indicator: Indicator
  /// The unit it belongs to.
  public var unit: AssessedUnit
  /// Its clauses.
  public var clauses: [ClausePart]
  /// Its score.
  public var score: Double
  /// The cap applied to it, if any.
  public var cap: TraceEvent?
}

extension CompiledRubric {
  /// Explains one indicator for these inputs and policies.
  public func explain(_ indicator: Indicator, inputs: [Double], policies: [Double]? = nil) -> Explanation {
    let (evaluation, events) = evaluateTraced(inputs: inputs, policies: policies)
    let parts = indicator.clauses.map { clause in
      let reads = (formulas[clause.id]?.references ?? []).map { ref in
        (ref.symbol, evaluation.slots[ref.symbol.slot])
      }
      let own = events.filter { $0.owner == .clause(clause.id) }.map(\.event)
      return Explanation.ClausePart(clause: clause, reads: reads, result: evaluation.clause(clause.id), events: own)
    }
    let cap = events.first { $0.owner == .indicator(indicator.id) }?.event
    let unit = rubric.units.first { $0.indicators.contains { $0.id == indicator.id } } ?? rubric.units[0]
    return Explanation(indicator: indicator, unit: unit, clauses: parts, score: evaluation.indicator(indicator.id), cap: cap)
  }
}
