import ArgumentParser
import KaoheRubric
import KaoheShell

/// `kaohe rubrics`: the embedded rubrics and their baselines.
struct RubricsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rubrics", abstract: "List the rubrics and baselines built into kaohe.")

  func run() throws {
    try Output.run {
      var t = TextTable(["id", "title", "year", "units", "baselines"])
      for file in Catalog.rubrics {
        let compiled = try Catalog.rubric(file.id)
        let r = compiled.rubric
        let units = r.isMultiUnit ? "\(r.units.count) \(r.unitLabel.en)s" : "1 \(r.unitLabel.en)"
        let mark = r.id == Catalog.defaultRubricID ? " (default)" : ""
        t.add([r.id + mark, "\(r.title.zh) \(r.title.en)", r.year.map(String.init) ?? "", units, Catalog.baselineIDs(for: r.id).joined(separator: ", ")])
      }
      Output.print(t.render())
    }
  }
}
