import KaoheRubric

/// The embedded rubrics and their baselines.
public enum RubricsRenderer {
  /// A table of the embedded rubrics; one that fails to load is listed with its error.
  public static func render() -> String {
    var t = TextTable(["id", "title", "year", "units", "baselines"])
    for file in Catalog.rubrics {
      do {
        let r = try Catalog.rubric(file.id).rubric
        let units = r.isMultiUnit ? "\(r.units.count) \(r.unitLabel.en)s" : "1 \(r.unitLabel.en)"
        let mark = r.id == Catalog.defaultRubricID ? " (default)" : ""
        t.add([r.id + mark, "\(r.title.zh) \(r.title.en)", r.year.map(String.init) ?? "", units, Catalog.baselineIDs(for: r.id).joined(separator: ", ")])
      } catch {
        t.add([file.id, "(does not load: \(error.diagnostics.first?.message ?? ""))", "", "", ""])
      }
    }
    return t.render()
  }
}
