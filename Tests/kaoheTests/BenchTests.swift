import Foundation
import Testing

/// `kaohe bench` reports every figure as a positive number. No test judges a timing: the figures
/// are for people (see docs/performance.md), and a debug build on a shared machine says nothing.
@Suite(.serialized) struct BenchTests {
  static let figures = [
    "evaluate.single", "evaluate.allocating", "evaluate.batch", "sweep", "tornado", "sobol", "montecarlo", "plan",
    "startup.score",
  ]

  @Test func quickJSONHasEveryFigure() throws {
    let (status, out, err) = try CLI.run(["bench", "--quick", "--rubric", "ankang-selenium-2020", "--json"])
    #expect(status == 0, "\(err)")
    let json = try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any]
    let rubrics = json?["rubrics"] as? [[String: Any]] ?? []
    #expect(rubrics.map { $0["rubric"] as? String } == ["ankang-selenium-2020"])
    let figures = rubrics.first?["figures"] as? [[String: Any]] ?? []
    #expect(figures.compactMap { $0["id"] as? String } == Self.figures)
    for figure in figures {
      for key in ["value", "cpu"] {
        let number = figure[key] as? Double ?? -1
        #expect(number > 0 && number.isFinite, "\(figure["id"] ?? "?").\(key) = \(number)")
      }
      #expect(!(figure["unit"] as? String ?? "").isEmpty)
    }
  }

  @Test func onlyMeasuresTheFiguresAskedFor() throws {
    let (status, out, err) = try CLI.run([
      "bench", "--quick", "--rubric", "yulin-grain-2019", "--only", "plan", "--only", "evaluate.single", "--json",
    ])
    #expect(status == 0, "\(err)")
    let json = try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any]
    let figures = (json?["rubrics"] as? [[String: Any]])?.first?["figures"] as? [[String: Any]] ?? []
    // In the order they are always measured, whatever the order asked.
    #expect(figures.compactMap { $0["id"] as? String } == ["evaluate.single", "plan"])
  }

  @Test func unknownFigureSuggestsOne() throws {
    let (status, _, err) = try CLI.run(["bench", "--only", "tornad"])
    #expect(status == 2)
    #expect(err.contains("tornado"))
  }

  @Test func unknownRubricSuggestsOne() throws {
    let (status, _, err) = try CLI.run(["bench", "--rubric", "ankang-selenium-202"])
    #expect(status == 2)
    #expect(err.contains("ankang-selenium-2020"))
  }
}
