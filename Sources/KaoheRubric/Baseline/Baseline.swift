import KaoheDiagnostics

/// The input values of one assessed unit (or of every department, for a multi-unit rubric),
/// kept apart from the rubric so one rubric serves many units.
public struct Baseline: Sendable {
  /// Stable id.
  public var id: String
  /// The rubric it is for.
  public var rubricID: String
  /// Titles.
  public var title: LocalizedText
  /// Whether the values are illustrative rather than official.
  public var illustrative: Bool
  /// A note shown with it.
  public var note: String?
  /// Values by full input name, for every input of the rubric (defaults filled in).
  public var values: [String: Double]
  /// The file it was read from (`embedded:ID` for a built-in one).
  public var path: String

  /// Creates a baseline.
  public init(
    id: String, rubricID: String, title: LocalizedText, illustrative: Bool, note: String?, values: [String: Double],
    path: String
  ) {
    self.id = id
    self.rubricID = rubricID
    self.title = title
    self.illustrative = illustrative
    self.note = note
    self.values = values
    self.path = path
  }

  /// A baseline made of the rubric's defaults (when every input has one).
  public static func defaults(for rubric: Rubric) -> Baseline? {
    var values: [String: Double] = [:]
    for input in rubric.inputs {
      guard let d = input.defaultValue else { return nil }
      values[input.name] = d
    }
    return Baseline(
      id: "defaults", rubricID: rubric.id, title: LocalizedText(zh: "默认值", en: "rubric defaults"), illustrative: true,
      note: nil, values: values, path: "defaults")
  }

  /// The values as a vector in the rubric's input order.
  public func vector(for rubric: Rubric) -> [Double] {
    rubric.inputs.map { values[$0.name] ?? $0.defaultValue ?? 0 }
  }
}
