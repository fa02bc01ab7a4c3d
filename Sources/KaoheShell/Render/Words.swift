import KaoheDiagnostics
import KaoheRubric

/// Words that several renderers share, in the current language.
public enum Words {
  /// What a rubric's headline score is called: `mean` over units, or `total`.
  public static func headline(_ rubric: Rubric) -> String {
    rubric.isMultiUnit ? L10n.t("mean") : L10n.t("total")
  }

  /// A clause's kind: `score`, or `penalty`.
  public static func clauseKind(_ kind: ClauseKind) -> String {
    kind == .penalty ? L10n.t("penalty") : L10n.t("score")
  }
}
