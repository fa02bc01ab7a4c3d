import KaoheTestSupport
import Testing

@testable import KaoheFormula

/// Which snaps the lane runs leave out (`Kernel.snapsNeeded`): only those of values already on the
/// 1e-9 grid. (`LaneTests` then shows, on every edge value, that leaving them out changes no bit.)
@Suite struct GridTests {
  /// Whether the step storing the formula's result still snaps it.
  func snapsResult(_ formula: String) throws -> Bool {
    let checked = try Formula.check(formula, resolver: testResolver)
    var compiler = Compiler()
    compiler.emit(checked.lowered, into: 6, owner: 0)
    let kernel = KernelBuilder.build(compiler.program.instructions, uniqueTemporaries: true)
    let snaps = kernel.snapsNeeded()
    let last = try #require(kernel.steps.lastIndex { $0.d == 6 })
    #expect(kernel.steps[last].tidies, "\(formula): the machine snaps the result")
    return snaps[last]
  }

  @Test(arguments: [
    "if flag then tiers(x, 1 => 0.5, else: 0.2) else credit(x, 3, 10)", "tiers(x, 100% => 1.5, 50% => 1.2, else: 0)",
    "deduct(2, per: 0.4, unit: 1%, shortfall: -x, floor: -2)", "credit(x, 3, 10, proportional: flag)",
    "proportional(x, 100%, 0.34, from: 50%)", "min(award(flag, 0.3), tiers(y, 1 => 0.25, else: 2))",
    "weighted_average(x => 2, y => 1)", "if x > y then award(flag, 0.5) else tiers(y, 1 => 0.25, else: 2)",
    "max(tiers(x, 1 => 0.5, else: 0.2), award(flag, 1.5))",
  ])
  func valuesOnTheGridAreNotSnappedAgain(_ formula: String) throws {
    #expect(try !snapsResult(formula), "\(formula)")
  }

  @Test(arguments: [
    "if flag then x else 0.7", "x + y", "if flag then -tiers(x, 1 => 0.5, else: 0) else 0.5",
    "tiers(x, 1 => y, else: 0)", "deduct(x, per: 0.4, unit: 1%, shortfall: y, floor: -2)", "credit(x, y, y)",
    "min(x, 0.5)", "if flag then 1.0 / 3 + x else tiers(x, 1 => 0.5, else: 0)",
  ])
  func valuesThatMayBeOffTheGridAreSnapped(_ formula: String) throws {
    #expect(try snapsResult(formula), "\(formula)")
  }

  @Test func constantsOnTheGrid() {
    for x in [0, 1, 0.1, 0.3, -2.5, 1e-9, 999_999.5, 1e6, 1e300, .infinity, .nan] { #expect(Kernel.isOnGrid(x), "\(x)") }
    for x in [-0.0, 0.1 + 0.2, 1.0 / 3, 1e-10, 2.5e-9] { #expect(!Kernel.isOnGrid(x), "\(x)") }
  }
}
