import Testing

@testable import KaoheFormula

/// Slots: x, y, flag, county_type, grain_sown_area_change, counting.
@Suite struct EvaluatorTests {
  func v(x: Double = 0, y: Double = 0, flag: Bool = false, county: Double = 0, area: Double = 0, whole: Bool = false)
    -> [Double]
  {
    [x, y, flag ? 1 : 0, county, area, whole ? 1 : 0]
  }

  @Test(arguments: [
    ("1 + 2 * 3", 7.0), ("10 / 4", 2.5), ("1 / 0", 0.0), ("-(2 - 5)", 3.0), ("min(3, 1, 2)", 1.0), ("max(3, 1, 2)", 3.0),
    ("clamp(5, 0, 2)", 2.0), ("clamp(-1, 0, 2)", 0.0), ("abs(-2.5)", 2.5), ("floor(2.7)", 2.0), ("ceil(2.1)", 3.0),
    ("round(2.345, digits: 2)", 2.35), ("round(2.5)", 3.0), ("round(-2.5)", -3.0),
    ("count(true, false, true)", 2.0), ("if 1 < 2 then 5 else 6", 5.0), ("award(not false, 0.5)", 0.5),
    ("award(1 >= 2 or 2 >= 1, 2)", 2.0), ("penalty(true, 1)", -1.0), ("penalty(false, 1)", 0.0),
  ])
  func arithmeticAndFunctions(formula: String, expected: Double) throws {
    #expect(try evaluate(formula) == expected)
  }

  /// 粮食播种面积: 2 points; −0.4 per percentage point down; negative points down to −2.
  static let sownArea = "deduct(2, per: 0.4, unit: 1%, shortfall: -grain_sown_area_change, floor: -2, whole: counting == \"whole_points\")"

  @Test(arguments: [
    (0.0, 2.0), (0.05, 2.0), (-0.01, 1.6), (-0.03, 0.8), (-0.035, 0.6), (-0.05, 0.0), (-0.07, -0.8), (-0.10, -2.0),
    (-0.15, -2.0),
  ])
  func deductContinuous(change: Double, expected: Double) throws {
    #expect(try evaluate(Self.sownArea, v(area: change)) == expected)
  }

  @Test(arguments: [(-0.035, 0.8), (-0.03, 0.8), (-0.099, -1.6), (-0.005, 2.0)])
  func deductWholePoints(change: Double, expected: Double) throws {
    #expect(try evaluate(Self.sownArea, v(area: change, whole: true)) == expected)
  }

  @Test func deductFloorZero() throws {
    let f = "deduct(0.5, per: 0.1, unit: 10%, shortfall: 1 - x)"
    #expect(try evaluate(f, v(x: 1)) == 0.5)
    #expect(try evaluate(f, v(x: 0.7)) == 0.2)
    #expect(try evaluate(f, v(x: 0.5)) == 0)
    #expect(try evaluate(f, v(x: 0)) == 0)
  }

  /// 耕地质量等级: level 2.4; +0.3 per 0.1 grade up to 3; −0.5 per 0.1 grade down to 0.
  static let grade = "if x >= 0 then add_capped(2.4, per: 0.3, unit: 0.1, gain: x, cap: 3) else deduct(2.4, per: 0.5, unit: 0.1, shortfall: -x)"

  @Test(arguments: [(0.0, 2.4), (0.1, 2.7), (0.2, 3.0), (0.3, 3.0), (-0.1, 1.9), (-0.4, 0.4), (-0.5, 0.0), (-1.0, 0.0)])
  func addCappedAndDeduct(change: Double, expected: Double) throws {
    #expect(try evaluate(Self.grade, v(x: change)) == expected)
  }

  static let tiers = "tiers(x, 100% => 1.5, 50% => 1.2, else: 0)"

  @Test(arguments: [(1.2, 1.5), (1.0, 1.5), (0.9999, 1.2), (0.5, 1.2), (0.4999, 0.0), (0.0, 0.0)])
  func tiersAtLeast(coverage: Double, expected: Double) throws {
    #expect(try evaluate(Self.tiers, v(x: coverage)) == expected)
  }

  @Test(arguments: [(50.0, 3.0), (100.0, 3.0), (100.5, 2.0), (300.0, 2.0), (301.0, 1.0)])
  func tiersAtMost(area: Double, expected: Double) throws {
    #expect(try evaluate("tiers_at_most(x, 100 => 3, 300 => 2, else: 1)", v(x: area)) == expected)
  }

  @Test(arguments: [(1.0, 0.34), (1.2, 0.34), (0.75, 0.255), (0.5, 0.17), (0.49, 0.0), (0.0, 0.0)])
  func proportionalWithThreshold(done: Double, expected: Double) throws {
    #expect(try evaluate("proportional(x, 100%, 0.34, from: 50%)", v(x: done)) == expected)
  }

  @Test(arguments: [
    (0.0, false, 0.0), (1.0, false, 0.0), (2.0, false, 0.0), (3.0, false, 10.0), (4.0, false, 10.0),
    (0.0, true, 0.0), (1.0, true, 3.333333333), (2.0, true, 6.666666667), (3.0, true, 10.0), (5.0, true, 10.0),
  ])
  func creditBothPolicies(actual: Double, proportional: Bool, expected: Double) throws {
    let got = try evaluate("credit(x, 3, 10, proportional: flag)", v(x: actual, flag: proportional))
    #expect(abs(got - expected) < 1e-9)
  }

  @Test func weightedAverage() throws {
    #expect(try evaluate("weighted_average(x => 2, y => 1)", v(x: 0.3, y: 0.6)) == 0.4)
    #expect(try evaluate("weighted_average(x => 0, y => 0)", v(x: 0.3, y: 0.6)) == 0)
  }

  @Test func choicesCompareByOption() throws {
    let f = "if county_type == \"major_grain\" then 1 else 2"
    #expect(try evaluate(f, v(county: 0)) == 1)
    #expect(try evaluate(f, v(county: 1)) == 2)
  }

  @Test func tracingRecordsFloorsAndCaps() throws {
    let checked = try Formula.check(Self.sownArea, resolver: testResolver)
    var compiler = Compiler()
    compiler.emit(checked.lowered, into: 6, owner: 0)
    var slots = v(area: -0.15) + [0]
    let events = Machine.runTraced(compiler.program, slots: &slots).map(\.event)
    #expect(events == [.floorApplied(raw: -4, floor: -2)])
  }

  @Test func sameResultEveryRun() throws {
    let results = try (0..<5).map { _ in try evaluate(Self.grade, v(x: 0.2)) }
    #expect(Set(results).count == 1)
  }
}
