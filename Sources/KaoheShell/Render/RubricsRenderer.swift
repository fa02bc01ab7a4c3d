import KaoheDiagnostics
import KaoheRubric

/// The embedded rubrics and their baselines.
public enum RubricsRenderer {
  /// A table of the embedded rubrics; one that fails to load is listed with its error.
  public static func render() -> String {
    var t = TextTable([L10n.t("id"), L10n.t("title"), L10n.t("year"), L10n.t("units"), L10n.t("baselines")])
    for file in Catalog.rubrics {
      do {
        let r = try Catalog.rubric(file.id).rubric
        let units = r.isMultiUnit ? L10n.t("{0} {1}s", r.units.count, r.unitLabel.shown) : L10n.t("1 {0}", r.unitLabel.shown)
        let mark = r.id == Catalog.defaultRubricID ? L10n.t(" (default)") : ""
        t.add([r.id + mark, "\(r.title.zh) \(r.title.en)", r.year.map(String.init) ?? "", units, Catalog.baselineIDs(for: r.id).joined(separator: ", ")])
      } catch {
        t.add([file.id, L10n.t("(does not load: {0})", error.diagnostics.first?.message ?? ""), "", "", ""])
      }
    }
    return t.render()
  }
}
