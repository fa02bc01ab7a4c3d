import KaoheDiagnostics
import KaoheRubric

/// `policy` with no arguments: every policy, its value and its choices.
public enum PolicyRenderer {
  /// The table of policies.
  public static func render(_ w: Workspace) -> String {
    var t = TextTable([L10n.t("policy"), L10n.t("value"), L10n.t("choices"), L10n.t("标签 label")])
    for (i, p) in w.rubric.policies.enumerated() {
      t.add([p.name, p.valueName(w.policies[i]), p.valueNames.joined(separator: " | "), p.label.both])
    }
    return t.render()
  }
}
