import KaoheRubric

/// A score as data, ready to render as text or encode as JSON.
public struct ScoreReport: Sendable, Codable {
  /// One line of the breakdown.
  public struct Row: Sendable, Codable {
    /// `area`, `indicator`, or `unit` (one row per department of a multi-unit rubric).
    public var level: String
    /// Its id.
    public var id: String
    /// The source's number(s), for indicators.
    public var number: String?
    /// Chinese title.
    public var title: String
    /// English title.
    public var titleEn: String
    /// Allotted points.
    public var points: Double?
    /// Score now.
    public var score: Double
    /// Score on the baseline.
    public var baseline: Double
    /// Rank among units (multi-unit rubrics).
    public var rank: Int?
  }

  /// A changed input.
  public struct Change: Sendable, Codable {
    /// Full name.
    public var name: String
    /// Chinese label.
    public var label: String
    /// Baseline value, formatted.
    public var from: String
    /// Current value, formatted.
    public var to: String
  }

  /// Rubric id.
  public var rubric: String
  /// Rubric title (Chinese).
  public var title: String
  /// Rubric title (English).
  public var titleEn: String
  /// Baseline id.
  public var baseline: String
  /// Whether the baseline is illustrative.
  public var illustrative: Bool
  /// Policy values by name.
  public var policies: [String: String]
  /// Total (or the mean of units, for a multi-unit rubric).
  public var total: Double
  /// The same on the baseline.
  public var baselineTotal: Double
  /// Points available.
  public var maximum: Double
  /// Whether the rubric scores several units.
  public var multiUnit: Bool
  /// What one unit is called, Chinese and English (`部门 department`).
  public var unitLabel: String
  /// Inputs that differ from the baseline.
  public var changes: [Change]
  /// Areas and indicators, or units.
  public var rows: [Row]

  /// Builds a report of `now` against `base`.
  public static func make(now: Evaluation, base: Evaluation, baseline: Baseline, policies: [Double]) -> ScoreReport {
    let rubric = now.compiled.rubric
    var rows: [Row] = []
    if rubric.isMultiUnit {
      for (rank, unit, total) in now.ranking {
        rows.append(Row(level: "unit", id: unit.id, number: nil, title: unit.name.zh, titleEn: unit.name.en, points: rubric.total, score: total, baseline: base.total(unit: unit.id), rank: rank))
      }
    } else {
      for area in rubric.units[0].areas {
        rows.append(Row(level: "area", id: area.id, number: nil, title: area.title.zh, titleEn: area.title.en, points: area.points, score: now.area(area.id), baseline: base.area(area.id)))
        for indicator in area.items.flatMap(\.indicators) {
          rows.append(Row(level: "indicator", id: indicator.id, number: indicator.numberLabel, title: indicator.title.zh, titleEn: indicator.title.en, points: indicator.points, score: now.indicator(indicator.id), baseline: base.indicator(indicator.id)))
        }
      }
    }
    var changes: [Change] = []
    for input in rubric.inputs {
      let a = base.input(input.name)
      let b = now.input(input.name)
      if a != b {
        changes.append(Change(name: input.name, label: input.label.zh, from: ValueParser.format(a, for: input), to: ValueParser.format(b, for: input)))
      }
    }
    var policyValues: [String: String] = [:]
    for (i, p) in rubric.policies.enumerated() { policyValues[p.name] = p.valueName(i < policies.count ? policies[i] : p.defaultValue) }
    return ScoreReport(
      rubric: rubric.id, title: rubric.title.zh, titleEn: rubric.title.en, baseline: baseline.id,
      illustrative: baseline.illustrative, policies: policyValues, total: now.headline, baselineTotal: base.headline,
      maximum: rubric.total, multiUnit: rubric.isMultiUnit, unitLabel: "\(rubric.unitLabel.zh) \(rubric.unitLabel.en)",
      changes: changes, rows: rows)
  }
}
