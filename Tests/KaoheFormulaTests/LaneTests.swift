import Foundation
import KaoheFormula
import KaoheTestSupport
import Testing

/// The lane executor (`SlicedRun.run(columns:stride:count:vector:)`, C code in CKaoheLanes) computes
/// what the scalar machine computes, bit for bit, in every vector width the processor runs: every
/// operator and helper, on ordinary values and on the edges (±0, ties, NaN, ±∞, 1e308, values just
/// off a threshold, divisions by zero).
@Suite struct LaneTests {
  static let formulas = [
    "x + y", "x - y", "x * y", "x / y", "-x + y", "x < y", "x <= y", "x > y", "x >= y", "x == y", "x != y",
    "x > 0 and y > 0", "not (x > y)", "not flag", "x > 0 or flag", "if flag then x else y",
    "if county_type == \"major_grain\" then x else y", "award(x > y, 2.5)", "penalty(flag, y)",
    "award(flag, x) + penalty(y > 1, 0.5)", "min(x, y, 3)", "max(x, y, -1)", "min(x, y)", "max(y, x)",
    "count(flag, x > 1, y < 0)", "x + y + 0.1 + 0.2", "clamp(x, y, 3)", "abs(x - y)", "floor(x)", "ceil(y)",
    "round(x, digits: 2)", "round(y)", "round(x, digits: y)",
    "deduct(2, per: 0.4, unit: 1%, shortfall: -x, floor: -2, whole: counting == \"whole_points\")",
    "deduct(x, per: y, unit: 0.1, shortfall: 1 - y, whole: flag)", "deduct(3, per: 1, unit: y, shortfall: x)",
    "add_capped(1, per: 0.5, unit: 1, gain: x, cap: 3, whole: flag)", "add_capped(x, per: 1, unit: y, gain: 2, cap: 1)",
    "tiers(x, 100% => 1.5, 50% => 1.2, else: 0)", "tiers(x, y => 3, else: 1)", "tiers(x, 0.9 => 3, 0.8 => 2, 0.7 => 1, else: y)",
    "tiers_at_most(x, 100 => 3, 300 => 2, else: 1)", "tiers_at_most(y, x => 2, else: -1)",
    "proportional(x, 100%, 0.34, from: 50%)", "proportional(x, y, 5)", "proportional(x, y, 2, from: 0.6)",
    "credit(x, 3, 10, proportional: flag)", "credit(x, y, 4)", "credit(x, y, 4, proportional: true)",
    "weighted_average(x => 2, y => 1)", "weighted_average(x => y, 3 => award(flag, 2))", "weighted_average(x => 0, y => 0)",
    "x * 0.3 + y / 7", "(x - y) * 1e9", "x / 3",
    // Steps whose snap the lanes leave out (`Kernel.snapsNeeded`), and near misses that keep it.
    "if flag then tiers(x, 1 => 0.5, else: 0.2) else credit(x, 3, 10)",
    "min(award(flag, 0.3), tiers(y, 1 => 0.25, else: 2))", "if flag then -tiers(x, 1 => 0.5, else: 0) else 0.5",
    "if x > y then award(flag, 0.5) else tiers(y, 1 => 0.25, else: 2)", "if flag then x else 0.3",
    "max(award(x > 1, 0.5), tiers(y, 1 => 1e-10, else: 2), count(flag, x < 0))",
  ]

  /// Values a lane may take: ordinary ones, and every edge the helpers treat apart.
  static let edges: [Double] = [
    0, -0.0, 1, -1, 0.5, -0.5, 2.5, 0.1 + 0.2, 1.0 / 3, -10.0 / 3, 1e-9, -1e-9, 1 - 1e-10, 1 + 2e-9, 0.9, 0.8 - 1e-10, 100,
    300.0000000005, 999_999.999_999_999_7, 1e6, -1e6, 123.456_789_012_345, 1e15, 1e308, -1e308, .infinity,
    -.infinity, .nan, 0.01, -0.03, 0.05, 0.1, (1e6).nextDown, -(1e6).nextDown, (1e6).nextUp, 999_999.999_999_9,
  ]

  static var widths: [Int] { [2, 4, 8].filter { $0 <= Machine.widestLaneVector } }

  @Test(arguments: formulas)
  func lanesMatchTheMachineBitForBit(_ formula: String) throws {
    let checked = try Formula.check(formula, resolver: testResolver)
    var compiler = Compiler()
    compiler.emit(checked.lowered, into: 6, owner: 0)
    let program = compiler.program
    let free = [0, 1, 2, 3, 4, 5]
    var generator = SplitMix(seed: UInt64(truncatingIfNeeded: formula.utf8.reduce(5381) { $0 &* 33 &+ Int($1) }))
    for width in Self.widths {
      var run = SlicedRun(program, slots: [0, 0, 0, 0, 0, 0, 0], free: free)
      for round in 0..<16 {
        var rows: [Double] = []
        for _ in 0..<Machine.lanes {
          for k in free {
            let pick: Double
            switch k {
            case 2: pick = [0, 1, 1, 0, -0.0, .nan].randomElement(using: &generator) ?? 0
            case 3, 5: pick = Double(Int.random(in: 0...1, using: &generator))
            default:
              pick = round % 2 == 0
                ? Self.edges.randomElement(using: &generator) ?? 0 : Double.random(in: -3...3, using: &generator)
            }
            rows.append(pick)
          }
        }
        TestSupport.columns(rows, width: free.count, stride: Machine.lanes).withUnsafeBufferPointer { p in
          guard let base = p.baseAddress else { return }
          run.run(columns: base, stride: Machine.lanes, count: Machine.lanes, vector: width)
        }
        for lane in 0..<Machine.lanes {
          var slots = Array(rows[(lane * free.count)..<((lane + 1) * free.count)]) + [0]
          Machine.run(program, slots: &slots)
          let got = run.value(6, lane: lane)
          #expect(
            got.bitPattern == slots[6].bitPattern,
            "\(formula), vector \(width), inputs \(slots.prefix(6)): lanes \(got), machine \(slots[6])")
          if got.bitPattern != slots[6].bitPattern { return }
        }
      }
    }
  }

  /// Snapping to the 1e-9 grid, which every stored value goes through (and which the vectors do
  /// without a division where they can), on 200 000 values of every magnitude, halves and values
  /// already on the grid included.
  @Test func snappingMatchesTheMachineOnManyValues() throws {
    let checked = try Formula.check("x * y", resolver: testResolver)
    var compiler = Compiler()
    compiler.emit(checked.lowered, into: 6, owner: 0)
    let program = compiler.program
    var generator = SplitMix(seed: 42)
    for width in Self.widths {
      var run = SlicedRun(program, slots: [0, 0, 0, 0, 0, 0, 0], free: [0, 1])
      for round in 0..<(200_000 / Machine.lanes / Self.widths.count) {
        var rows: [Double] = []
        for _ in 0..<Machine.lanes {
          let sign: Double = Bool.random(using: &generator) ? 1 : -1
          let x: Double
          switch round % 4 {
          case 0: x = sign * Double(Int.random(in: 0...1_000_000_000, using: &generator)) / 512
          case 1: x = sign * (Double(Int.random(in: 0...1_000_000_000_000, using: &generator)) + 0.5) / 1e9
          default: x = sign * Double.random(in: 1...10, using: &generator) * pow(10, Double(Int.random(in: -12...6, using: &generator)))
          }
          rows += [x, 1]
        }
        TestSupport.columns(rows, width: 2, stride: Machine.lanes).withUnsafeBufferPointer { p in
          guard let base = p.baseAddress else { return }
          run.run(columns: base, stride: Machine.lanes, count: Machine.lanes, vector: width)
        }
        for lane in 0..<Machine.lanes {
          var slots = [rows[2 * lane], 1, 0, 0, 0, 0, 0]
          Machine.run(program, slots: &slots)
          let got = run.value(6, lane: lane)
          #expect(got.bitPattern == slots[6].bitPattern, "vector \(width), x = \(rows[2 * lane]): \(got) against \(slots[6])")
          if got.bitPattern != slots[6].bitPattern { return }
        }
      }
    }
  }

  @Test func theWidestVectorIsOneTheExecutorHas() {
    #expect([2, 4, 8].contains(Machine.widestLaneVector))
    #expect(Machine.lanes % 8 == 0)
  }
}
