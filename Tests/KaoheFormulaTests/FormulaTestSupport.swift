import KaoheFormula

/// A resolver over a fixed table of names, for tests.
struct TableResolver: SymbolResolver {
  var symbols: [String: Symbol]

  init(_ entries: [(String, FormulaType, Symbol.Kind)]) {
    var s: [String: Symbol] = [:]
    for (i, e) in entries.enumerated() { s[e.0] = Symbol(slot: i, type: e.1, kind: e.2, qualifiedName: e.0) }
    symbols = s
  }

  func resolve(_ name: String) -> Symbol? { symbols[name] }
  var visibleNames: [String] { Array(symbols.keys) }
}

/// The names the tests' formulas use; slot = position.
let testResolver = TableResolver([
  ("x", .number, .input),
  ("y", .number, .input),
  ("flag", .boolean, .input),
  ("county_type", .choice(["major_grain", "other"]), .input),
  ("grain_sown_area_change", .number, .input),
  ("counting", .choice(["continuous", "whole_points"]), .policy),
])

/// Evaluates `formula` with the given slot values (x, y, flag, county_type, grain_sown_area_change, counting).
func evaluate(_ formula: String, _ values: [Double] = [0, 0, 0, 0, 0, 0]) throws -> Double {
  let checked = try Formula.check(formula, resolver: testResolver)
  var compiler = Compiler()
  compiler.emit(checked.lowered, into: values.count, owner: 0)
  var slots = values + [0]
  Machine.run(compiler.program, slots: &slots)
  return slots[values.count]
}

/// The error a formula raises, or nil.
func formulaError(_ formula: String) -> FormulaError? {
  do {
    _ = try Formula.check(formula, resolver: testResolver)
    return nil
  } catch {
    return error
  }
}
