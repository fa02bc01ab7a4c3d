import KaoheDiagnostics
import KaoheRubric

/// Differences between two states: the inputs and policies that differ, and every score that moved.
public enum DiffRenderer {
  /// The diff of `from` → `to`, each a (label, inputs, policies).
  public static func render(_ compiled: CompiledRubric, from: (String, [Double], [Double]), to: (String, [Double], [Double])) -> String {
    let rubric = compiled.rubric
    var out = ["\(from.0) → \(to.0)"]
    var inputs = TextTable([L10n.t("input"), L10n.t("标签 label"), from.0, to.0])
    for (i, input) in rubric.inputs.enumerated() where from.1[i] != to.1[i] {
      inputs.add([input.name, input.label.zh, ValueParser.format(from.1[i], for: input), ValueParser.format(to.1[i], for: input)])
    }
    for (i, p) in rubric.policies.enumerated() where from.2[i] != to.2[i] {
      inputs.add([L10n.t("policy {0}", p.name), p.label.zh, p.valueName(from.2[i]), p.valueName(to.2[i])])
    }
    if inputs.rows.isEmpty {
      out.append(L10n.t("no input or policy differs"))
      return out.joined(separator: "\n")
    }
    out.append(inputs.render())
    out.append("")
    out.append(ChangeRenderer.render(before: compiled.evaluate(inputs: from.1, policies: from.2), after: compiled.evaluate(inputs: to.1, policies: to.2)))
    return out.joined(separator: "\n")
  }
}
