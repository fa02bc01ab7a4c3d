import KaoheAnalysis
import KaoheRubric
import Testing

/// The embedded Ankang rubric scores 21 departments; objectives pick one unit's total or the mean.
@Suite struct MultiUnitTests {
  let context: AnalysisContext

  init() throws {
    let compiled = try Catalog.rubric("ankang-selenium-2020")
    context = AnalysisContext(compiled: compiled, baseline: try Catalog.baseline(nil, for: compiled.rubric))
  }

  @Test func strictIncreaseOnLastYearJumpsJustAbovePreviousFunds() throws {
    let r = try Breakpoints.find(context, input: "fagai.support_funds", objective: .unit("fagai"))
    #expect(r.breakpoints.map(\.value) == [4800])
    let b = try #require(r.breakpoints.first)
    #expect(b.kind == .jump)
    #expect(b.scoreAt == b.scoreLeft)
    #expect(b.scoreRight == b.scoreLeft + 20)
  }

  @Test func headlineIsTheMeanOfTheUnits() throws {
    let r = try Breakpoints.find(context, input: "gongxin.project_funds_secured")
    #expect(r.breakpoints.map(\.value) == [1500])
    let b = try #require(r.breakpoints.first)
    #expect(abs(b.scoreRight - b.scoreLeft - 10.0 / 21) < 1e-8)
  }

  @Test func goalSeekOnAUnitTotal() throws {
    var state = context
    let i = try #require(state.compiled.rubric.inputs.firstIndex { $0.name == "fagai.support_funds" })
    state.inputs[i] = 4000
    let now = try state.score(.unit("fagai"))
    let r = try GoalSeek.seek(state, input: "fagai.support_funds", target: now + 20, objective: .unit("fagai"))
    #expect(r.outcome == .exact)
    #expect(r.value == 4800)
    #expect(r.approach == .justAbove)
  }

  @Test func unknownUnitIsAnError() throws {
    #expect {
      try Sweep.run(context, input: "fagai.support_funds", objective: .unit("fagia"))
    } throws: { ($0 as? AnalysisError)?.hint == "did you mean 'fagai'?" }
  }
}
