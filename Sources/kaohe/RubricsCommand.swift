import ArgumentParser
import KaoheDiagnostics
import KaoheRubric
import KaoheShell

/// `kaohe rubrics`: the embedded rubrics and their baselines.
struct RubricsCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "rubrics", abstract: L10n.t("List the rubrics and baselines built into kaohe."))
  }

  @Flag(name: .long, help: ArgumentHelp(L10n.t("Print the list as JSON.")))
  var json = false

  struct Entry: Encodable {
    var id: String
    var title: String
    var titleEn: String
    var year: Int?
    var units: Int
    var unitLabel: String
    var baselines: [String]
    var isDefault: Bool
  }

  func run() throws {
    guard json else {
      Output.print(RubricsRenderer.render())
      return
    }
    try Output.run {
      var entries: [Entry] = []
      for file in Catalog.rubrics {
        let r = try Catalog.rubric(file.id).rubric
        entries.append(Entry(id: r.id, title: r.title.zh, titleEn: r.title.en, year: r.year, units: r.units.count, unitLabel: r.unitLabel.en, baselines: Catalog.baselineIDs(for: r.id), isDefault: r.id == Catalog.defaultRubricID))
      }
      try Output.json(entries)
    }
  }
}
