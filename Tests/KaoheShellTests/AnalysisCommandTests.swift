import Foundation
import KaoheTestSupport
import KaoheAnalysis
import Testing

@testable import KaoheShell

@Suite struct AnalysisCommandTests {
  @Test(arguments: [
    ("sweep x -10%..0% step 1%", AnalysisRequest.sweep(input: "x", range: "-10%..0%", step: "1%", points: nil, target: nil)),
    ("sweep x points 5 for 5", .sweep(input: "x", range: nil, step: nil, points: 5, target: "5")),
    ("table a 0..1 x b 2..3", .table(row: "a", rowRange: "0..1", column: "b", columnRange: "2..3", target: nil)),
    ("tornado ±10% a=0..1", .tornado(spread: "±10%", ranges: ["a": "0..1"], target: nil)),
    ("breakpoints x -20%..0% for i5", .breakpoints(input: "x", range: "-20%..0%", target: "i5")),
    ("seek 92 for 5 by x", .seek(score: "92", input: "x", range: nil, target: "5")),
    ("montecarlo 100000 seed 7 reach 90", .monteCarlo(samples: 100_000, seed: 7, reach: "90", target: nil)),
    ("sobol 4096", .sobol(samples: 4096, seed: nil, target: nil)),
    ("plan 95 for 市工信局", .plan(score: "95", target: "市工信局")),
  ])
  func parses(line: String, expected: AnalysisRequest) throws {
    #expect(try CommandParser.parse(line).get() == .analysis(expected))
  }

  @Test(arguments: ["sweep", "table a x", "seek 90", "montecarlo", "montecarlo -5", "sobol 10 reach 3", "plan", "vary x", "cost x"])
  func refusesMalformed(line: String) {
    guard case .failure(let e) = CommandParser.parse(line) else {
      Issue.record("expected an error for \(line)")
      return
    }
    #expect(e.hint?.contains("usage:") == true)
  }

  func yulin() throws -> Session { Session(workspace: try Workspace.load(rubric: "yulin-grain-2019", baseline: nil)) }

  @Test func breakpointsOfTheSownArea() throws {
    var s = try yulin()
    let out = s.run("breakpoints grain_sown_area_change").output
    #expect(out.contains(" -10%  slope"))
    #expect(out.contains("  -5%  points used up"))
    #expect(out.contains("   0%  slope"))
    guard case .breakpoints(let r) = s.lastAnalysis else {
      Issue.record("no result")
      return
    }
    #expect(r.breakpoints.map(\.value) == [-0.10, -0.05, 0])
  }

  @Test func seekAndPlanAnswer() throws {
    var s = try yulin()
    #expect(s.run("seek 4.5 for 5 by grain_output_change").output.contains("= -2.75% brings the indicator 5 to 4.50 exactly"))
    #expect(s.run("seek 95 by main_tech_adoption_rate").output.hasPrefix("no value of main_tech_adoption_rate"))
    let plan = s.run("plan 95")
    #expect(!plan.isError)
    #expect(plan.output.contains("reaching 95.00"))
  }

  @Test func monteCarloNeedsDistributionsAndReplaysTheSame() throws {
    var s = try yulin()
    #expect(s.run("montecarlo 1000").output.contains("no input has a distribution"))
    #expect(!s.run("vary grain_sown_area_change ~ normal(-1%, 2%)").isError)
    let a = s.run("montecarlo 5000 seed 3").output
    let b = s.run("montecarlo 5000 seed 3").output
    #expect(a == b)
    #expect(a.contains("mean "))
    #expect(s.run("vary").output.contains("normal(-1%, 2%)"))
    _ = s.run("undo")
    #expect(s.workspace.distributions.isEmpty)
  }

  @Test func badDistributionPointsAtTheProblem() throws {
    var s = try yulin()
    let r = s.run("vary grain_sown_area_change ~ normal(-1%")
    #expect(r.isError)
    #expect(r.output.contains("^"))
    #expect(s.run("vary county_type ~ uniform(0, 1)").output.contains("only numeric inputs vary"))
  }

  @Test func limitsAreRefusedBeforeWork() throws {
    var s = try yulin()
    _ = s.run("vary grain_sown_area_change ~ normal(-1%, 2%)")
    #expect(s.run("montecarlo 20000000").output.contains("limit of 10000000 samples"))
    #expect(s.run("sobol 2000000").output.contains("limit of 1000000 samples"))
    #expect(s.run("sweep grain_sown_area_change -100%..100% step 0.0001%").output.contains("limit"))
  }

  @Test func cancellationStopsAndKeepsTheSession() throws {
    var s = try yulin()
    s.isCancelled = { true }
    _ = s.run("vary grain_sown_area_change ~ normal(-1%, 2%)")
    let r = s.run("montecarlo 100000")
    #expect(r.isError)
    #expect(r.output.contains("cancelled"))
    #expect(s.run("show total").output.hasPrefix("total 90.99"))
  }

  @Test func exportWritesEachFormatAndRefusesOverwrite() throws {
    var s = try yulin()
    _ = s.run("sweep grain_sown_area_change -10%..0% step 5%")
    let dir = Scratch.path("kaohe-export-\(getpid())")
    try? FileManager.default.removeItem(atPath: dir)
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    for ext in ["svg", "csv", "json"] { #expect(!s.run("export \(dir)/sweep.\(ext)").isError) }
    #expect(try String(contentsOfFile: "\(dir)/sweep.svg", encoding: .utf8).hasPrefix("<svg"))
    let csv = try Data(contentsOf: URL(fileURLWithPath: "\(dir)/sweep.csv"))
    #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(String(decoding: csv.dropFirst(3), as: UTF8.self).hasPrefix("grain_sown_area_change,score"))
    #expect(s.run("export \(dir)/sweep.svg").output.contains("already exists"))
    #expect(s.run("export \(dir)/sweep.txt").output.contains("end the name with .svg, .csv or .json"))
    #expect(s.run("export \(dir)/nofolder/x.svg").output.contains("does not exist"))
    s.allowWrites = false
    #expect(s.run("export \(dir)/other.svg").output.contains("--allow-write"))
  }
}
