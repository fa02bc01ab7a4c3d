// libFuzzer harness for the scoring-formula language: parse, check against a small resolver,
// compile and evaluate (plain and traced), and render any error as the CLI would.
// Built and run by Tests/Fuzz/run.sh; not part of the package.
import KaoheDiagnostics
import KaoheFormula

/// A resolver over a fixed table of names (the one the formula tests use).
struct FuzzResolver: SymbolResolver {
  let symbols: [String: Symbol]

  init(_ entries: [(String, FormulaType, Symbol.Kind)]) {
    var table: [String: Symbol] = [:]
    for (i, e) in entries.enumerated() { table[e.0] = Symbol(slot: i, type: e.1, kind: e.2, qualifiedName: e.0) }
    symbols = table
  }

  func resolve(_ name: String) -> Symbol? { symbols[name] }
  var visibleNames: [String] { symbols.keys.sorted() }
}

let resolver = FuzzResolver([
  ("x", .number, .input),
  ("y", .number, .input),
  ("flag", .boolean, .input),
  ("county_type", .choice(["major_grain", "other"]), .input),
  ("grain_sown_area_change", .number, .input),
  ("counting", .choice(["continuous", "whole_points"]), .policy),
  ("gongxin.enterprises_cultivated", .number, .input),
  ("i5_sown_area", .number, .clause),
  ("i5", .number, .indicator),
])

/// Slot values that reach the interesting edges: zero, negatives, huge, NaN, infinity.
let slotSets: [[Double]] = [
  [0, 0, 0, 0, 0, 0, 0, 0, 0],
  [1, -1, 1, 1, -0.035, 1, 3, 2, 6],
  [1e308, -1e308, 1, 0, .infinity, 0, -.infinity, .nan, -0.0],
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let origin = FormulaOrigin.standalone(text)
  do {
    let checked = try Formula.check(text, resolver: resolver)
    var compiler = Compiler()
    compiler.emit(checked.lowered, into: slotSets[0].count, owner: 0)
    let program = compiler.program
    for values in slotSets {
      var slots = values + [0]
      Machine.run(program, slots: &slots)
      var traced = values + [0]
      let events = Machine.runTraced(program, slots: &traced)
      for (site, _) in events where program.sites.indices.contains(site) {
        _ = origin.location(of: program.sites[site].span)
      }
    }
    for reference in checked.references { _ = origin.location(of: reference.span) }
  } catch {
    _ = DiagnosticRenderer.render(Formula.diagnostic(for: error, origin: origin))
  }
  return 0
}
