import Foundation
import KaoheAnalysis
import Testing

/// Results go to JSON for export: each must come back equal.
@Suite struct CodableTests {
  func roundTrip<T: Codable & Equatable>(_ value: T) throws {
    let data = try JSONEncoder().encode(value)
    #expect(try JSONDecoder().decode(T.self, from: data) == value)
  }

  @Test func resultsRoundTrip() throws {
    let context = try Fixture.sampleContext()
    try roundTrip(try Sweep.run(context, input: "coverage", objective: .indicator("i3")))
    try roundTrip(try DataTable.run(context, rows: "coverage", columns: "plan_issued"))
    try roundTrip(try Tornado.run(context))
    try roundTrip(try Breakpoints.find(context, input: "sown_area_change"))
    try roundTrip(try GoalSeek.seek(context, input: "coverage", target: 10.5))
    try roundTrip(try Plan.make(context, target: 11))
    let d = ["coverage": Distribution.uniform(lower: 0, upper: 2)]
    try roundTrip(
      try MonteCarlo.run(context, distributions: d, options: MonteCarloOptions(samples: 100, threshold: 10)))
    try roundTrip(try Sobol.run(context, distributions: d, options: SobolOptions(samples: 64)))
    try roundTrip(Objective.unit("fagai"))
    try roundTrip(Objective.indicator("i5"))
    try roundTrip(Objective.headline)
    try roundTrip(TornadoOptions(spread: .relative(0.1), ranges: ["x": 0...1]))
  }

  @Test func breakpointKindsReadAsWords() throws {
    let data = try JSONEncoder().encode([Breakpoint.Kind.jump, .kink, .pointsExhausted])
    #expect(String(decoding: data, as: UTF8.self) == #"["jump","kink","points-exhausted"]"#)
  }

  @Test(arguments: [
    (Objective.headline, #"{"kind":"total"}"#),
    (.unit("gongxin"), #"{"id":"gongxin","kind":"unit"}"#),
    (.indicator("i5"), #"{"id":"i5","kind":"indicator"}"#),
  ])
  func objectivesReadAsKindAndId(objective: Objective, json: String) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    #expect(String(decoding: try encoder.encode(objective), as: UTF8.self) == json)
    #expect(try JSONDecoder().decode(Objective.self, from: Data(json.utf8)) == objective)
  }

  @Test func anUnknownObjectiveKindIsAnError() {
    #expect(throws: DecodingError.self) { try JSONDecoder().decode(Objective.self, from: Data(#"{"kind":"area"}"#.utf8)) }
    #expect(throws: DecodingError.self) { try JSONDecoder().decode(Objective.self, from: Data(#"{"kind":"unit"}"#.utf8)) }
  }
}
