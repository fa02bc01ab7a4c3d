import KaoheFormula
import KaoheRubric

/// `kaohe explain --json`: an indicator's explanation as data.
public struct ExplanationReport: Codable, Sendable {
  /// One input or policy a clause read.
  public struct Read: Codable, Sendable {
    /// Full name.
    public var name: String
    /// `input`, `policy`, `clause` or `indicator`.
    public var kind: String
    /// The value as shown (`-3%`, `2家`, `on`).
    public var value: String
    /// The value as stored (percent as a fraction, booleans 1/0, choices their index).
    public var raw: Double
  }

  /// One clause.
  public struct ClauseReport: Codable, Sendable {
    /// Full id.
    public var id: String
    /// `score` or `penalty`.
    public var kind: String
    /// Points the source allots.
    public var points: Double?
    /// The source's rule text.
    public var text: String
    /// The formula.
    public var formula: String
    /// What it read.
    public var reads: [Read]
    /// Caps, floors and tiers that applied, in words.
    public var applied: [String]
    /// Its result.
    public var result: Double
    /// The interpretation note.
    public var note: String?
  }

  /// Indicator id.
  public var indicator: String
  /// The source's number(s), e.g. `19–20`.
  public var number: String
  /// Chinese title.
  public var title: String
  /// English title.
  public var titleEn: String
  /// The unit (department) it belongs to, for a multi-unit rubric.
  public var unit: String?
  /// Allotted points.
  public var points: Double
  /// Its score now.
  public var score: Double
  /// Lead departments.
  public var lead: [String]
  /// Cooperating departments.
  public var cooperating: [String]
  /// The clauses.
  public var clauses: [ClauseReport]
  /// The indicator cap, when it applied.
  public var cap: String?

  /// Builds the report.
  public static func make(_ e: Explanation, compiled: CompiledRubric) -> ExplanationReport {
    let rubric = compiled.rubric
    func shown(_ s: Symbol, _ v: Double) -> String {
      if s.kind == .policy, let p = rubric.policy(named: s.qualifiedName) { return p.valueName(v) }
      if let input = rubric.input(named: s.qualifiedName) { return ValueParser.format(v, for: input) }
      return NumberFormat.trimmed(v, digits: 4)
    }
    return ExplanationReport(
      indicator: e.indicator.id, number: e.indicator.numberLabel, title: e.indicator.title.zh, titleEn: e.indicator.title.en,
      unit: rubric.isMultiUnit ? e.unit.id : nil, points: e.indicator.points, score: e.score, lead: e.indicator.lead,
      cooperating: e.indicator.cooperating,
      clauses: e.clauses.map { part in
        let threshold = TraceText.thresholdFormat(part, rubric)
        return ClauseReport(
          id: part.clause.id, kind: part.clause.kind.rawValue, points: part.clause.points, text: part.clause.text,
          formula: part.clause.formula,
          reads: part.reads.map { Read(name: $0.symbol.qualifiedName, kind: $0.symbol.kind.rawValue, value: shown($0.symbol, $0.value), raw: $0.value) },
          applied: part.events.map { TraceText.describe($0, threshold: threshold) },
          result: part.result, note: part.clause.note)
      }, cap: e.cap.map { TraceText.describe($0) })
  }
}

/// `kaohe inputs --json`: the rubric's inputs as data.
public struct InputReport: Codable, Sendable {
  /// Full name.
  public var name: String
  /// Chinese label.
  public var label: String
  /// English label.
  public var labelEn: String
  /// Kind: percent, ratio, count, money, area, grade, number, boolean, choice.
  public var kind: String
  /// Unit shown after values.
  public var unit: String
  /// The baseline value, as shown.
  public var baseline: String
  /// The current value, as shown.
  public var current: String
  /// The valid range (stored values), when declared.
  public var range: [Double]?
  /// Options of a choice.
  public var options: [String]?
  /// Indicators whose clauses read it.
  public var indicators: [String]
  /// Whether it is a fact about the unit rather than an outcome.
  public var fact: Bool

  /// Every input of the workspace's rubric.
  public static func all(_ w: Workspace) -> [InputReport] {
    let base = w.baselineInputs
    return w.rubric.inputs.enumerated().map { i, input in
      InputReport(
        name: input.name, label: input.label.zh, labelEn: input.label.en, kind: input.kind.rawValue, unit: input.unit,
        baseline: ValueParser.format(base[i], for: input), current: ValueParser.format(w.inputs[i], for: input),
        range: input.range.map { [$0.lowerBound, $0.upperBound] }, options: input.kind == .choice ? input.options : nil,
        indicators: w.compiled.readers[input.name] ?? [], fact: input.isFact)
    }
  }
}
