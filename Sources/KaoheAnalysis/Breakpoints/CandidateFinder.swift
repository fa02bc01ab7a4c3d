import Foundation
import KaoheFormula
import KaoheRubric

/// Walks the formula trees of every clause that reads one input (directly, or through clause and
/// indicator references) and collects the values of the input where a score may jump or change
/// slope: comparison thresholds, the kinks of `deduct`/`add_capped` (where the shortfall or gain
/// crosses 0 and where the floor or cap is reached), tier thresholds, the `from` and target of
/// `proportional`/`credit`, crossings of `min`/`max`/`clamp`, the steps of `floor`/`ceil`/`round`
/// and of whole-unit counting, and the indicator caps. It also marks where a `deduct` with a
/// negative floor has used up its points (扣完: its raw score crosses 0 and further deductions are
/// 倒扣), which the rule text names even though the score's slope need not change there.
///
/// Each candidate is the root of an equation E(x) = 0 built from sub-trees of the formula. Sub-trees
/// that do not depend on the input are constants (evaluated at the current values); when E is affine
/// in the input its root is solved exactly, otherwise the equation is kept as pending and solved
/// numerically on each piece between known candidates.
struct CandidateFinder {
  /// An equation whose root is a candidate, with the clause it came from. For a points-exhausted
  /// mark, the tree itself is the raw score that changes sign at the root.
  struct Equation {
    var tree: Lowered
    var source: String
    var exhausted: Bool
  }

  /// A candidate solved exactly.
  struct Candidate {
    var value: Double
    var source: String
    /// For a points-exhausted mark, the raw score that changes sign there.
    var marker: Lowered?
  }

  /// The most step points one `floor`/`round`/whole-unit count may list.
  static let maximumSteps = 1000

  private let inputSlot: Int
  private let base: [Double]
  private let window: ClosedRange<Double>
  private let clauses: [Int: (id: String, tree: Lowered)]
  private let indicators: [Int: [Int]]
  private var dependsMemo: [Int: Bool] = [:]
  private var shapeMemo: [Int: Shape] = [:]
  private var source = ""

  /// Roots solved exactly, with their sources.
  private(set) var solved: [Candidate] = []
  /// Equations to solve numerically.
  private(set) var pending: [Equation] = []
  /// False when some step points were too many to list or could not be enumerated.
  private(set) var complete = true

  /// Prepares a search for the input in `inputSlot` over `window`; `base` holds every slot after a
  /// run at the current values.
  init(compiled: CompiledRubric, inputSlot: Int, base: [Double], window: ClosedRange<Double>) {
    self.inputSlot = inputSlot
    self.base = base
    self.window = window
    var clauses: [Int: (String, Lowered)] = [:]
    var indicators: [Int: [Int]] = [:]
    for indicator in compiled.rubric.indicators {
      var slots: [Int] = []
      for clause in indicator.clauses {
        guard let slot = compiled.layout.clauses[clause.id], let f = compiled.formulas[clause.id] else { continue }
        clauses[slot] = (clause.id, f.lowered)
        slots.append(slot)
      }
      if let slot = compiled.layout.indicators[indicator.id] { indicators[slot] = slots }
    }
    self.clauses = clauses
    self.indicators = indicators
  }

  /// Collects the candidates of every dependent clause, and of every dependent indicator's cap when
  /// the `cap_indicators` policy is on.
  mutating func collect(in compiled: CompiledRubric, capOn: Bool) {
    for indicator in compiled.rubric.indicators {
      for clause in indicator.clauses {
        guard let slot = compiled.layout.clauses[clause.id], depends(slot), let f = compiled.formulas[clause.id] else {
          continue
        }
        source = clause.id
        collect(f.lowered)
      }
      guard capOn, let slot = compiled.layout.indicators[indicator.id], depends(slot) else { continue }
      let scores = indicator.clauses.filter { $0.kind == .score }.compactMap { compiled.layout.clauses[$0.id] }
      guard !scores.isEmpty else { continue }
      source = "\(indicator.id) cap"
      let sum = scores.dropFirst().reduce(Lowered.load(scores[0])) { .binary(.add, $0, .load($1)) }
      emit(.binary(.subtract, sum, .constant(indicator.points)))
    }
  }

  // MARK: Dependence and shape

  /// Whether a slot's value depends on the input.
  mutating func depends(_ slot: Int) -> Bool {
    if slot == inputSlot { return true }
    if let known = dependsMemo[slot] { return known }
    var result = false
    if let clause = clauses[slot] {
      dependsMemo[slot] = false
      result = depends(clause.tree)
    } else if let parts = indicators[slot] {
      dependsMemo[slot] = false
      result = parts.contains { depends($0) }
    }
    dependsMemo[slot] = result
    return result
  }

  /// Whether a tree's value depends on the input.
  mutating func depends(_ node: Lowered) -> Bool {
    switch node {
    case .constant: return false
    case .load(let slot): return depends(slot)
    case .negate(let a), .not(let a): return depends(a)
    case .binary(_, let a, let b): return depends(a) || depends(b)
    case .select(let c, let a, let b): return depends(c) || depends(a) || depends(b)
    case .call(_, let args, _): return args.contains { depends($0) }
    }
  }

  /// How a tree depends on the input.
  mutating func shape(_ node: Lowered) -> Shape {
    guard depends(node) else { return .constant(LoweredInterpreter.value(node, base)) }
    switch node {
    case .constant(let v): return .constant(v)
    case .load(let slot): return loadShape(slot)
    case .negate(let a): return -shape(a)
    case .not: return .other
    case .binary(let op, let a, let b):
      switch op {
      case .add: return shape(a) + shape(b)
      case .subtract: return shape(a) - shape(b)
      case .multiply: return shape(a) * shape(b)
      case .divide: return shape(a) / shape(b)
      default: return .other
      }
    case .select(let c, let a, let b):
      if depends(c) { return .other }
      return LoweredInterpreter.value(c, base) != 0 ? shape(a) : shape(b)
    case .call(let builtin, let args, _): return callShape(builtin, args)
    }
  }

  private mutating func loadShape(_ slot: Int) -> Shape {
    if slot == inputSlot { return .affine(slope: 1, intercept: 0) }
    if let known = shapeMemo[slot] { return known }
    var result = Shape.other
    if let clause = clauses[slot] { result = shape(clause.tree) }
    shapeMemo[slot] = result
    return result
  }

  private mutating func callShape(_ builtin: Builtin, _ args: [Lowered]) -> Shape {
    switch builtin {
    case .award, .penalty:
      guard args.count == 2, !depends(args[0]) else { return .other }
      let holds = LoweredInterpreter.value(args[0], base) != 0
      let points = builtin == .award ? shape(args[1]) : -shape(args[1])
      return holds ? points : .constant(0)
    case .weightedAverage:
      var sum = Shape.constant(0)
      var weights = 0.0
      for i in stride(from: 0, to: args.count - 1, by: 2) {
        guard !depends(args[i + 1]) else { return .other }
        let w = LoweredInterpreter.value(args[i + 1], base)
        sum = sum + shape(args[i]) * .constant(w)
        weights += w
      }
      return weights > 0 ? sum / .constant(weights) : .constant(0)
    default: return .other
    }
  }

  // MARK: Collecting

  /// Walks a tree and records the candidates of every construct in it that depends on the input.
  private mutating func collect(_ node: Lowered) {
    guard depends(node) else { return }
    switch node {
    case .constant, .load: return
    case .negate(let a), .not(let a): collect(a)
    case .binary(let op, let a, let b):
      collect(a)
      collect(b)
      if op.isComparison { emit(.binary(.subtract, a, b)) }
      if op == .divide, depends(b) { emit(b) }
    case .select(let c, let a, let b):
      collect(c)
      collect(a)
      collect(b)
    case .call(let builtin, let args, _):
      for arg in args { collect(arg) }
      collectCall(builtin, args)
    }
  }

  private mutating func collectCall(_ builtin: Builtin, _ a: [Lowered]) {
    switch builtin {
    case .min, .max:
      for i in a.indices {
        for j in a.indices where j > i && (depends(a[i]) || depends(a[j])) { emit(.binary(.subtract, a[i], a[j])) }
      }
    case .clamp where a.count == 3:
      emit(.binary(.subtract, a[0], a[1]))
      emit(.binary(.subtract, a[0], a[2]))
    case .abs where a.count == 1: emit(a[0])
    case .floor where a.count == 1, .ceil where a.count == 1: steps(a[0], offset: 0)
    case .round where a.count == 2:
      let scale = pow(10, Swift.min(Swift.max(LoweredInterpreter.value(a[1], base).rounded(), -6), 9))
      if depends(a[1]) { complete = false }
      steps(.binary(.multiply, a[0], .constant(scale)), offset: 0.5)
    case .deduct where a.count == 6:
      limited(base: a[0], per: a[1], unit: a[2], amount: a[3], limit: a[4], whole: a[5], sign: -1)
    case .addCapped where a.count == 6:
      limited(base: a[0], per: a[1], unit: a[2], amount: a[3], limit: a[4], whole: a[5], sign: 1)
    case .tiers, .tiersAtMost:
      for i in stride(from: 1, to: a.count - 2, by: 2) { emit(.binary(.subtract, a[0], a[i])) }
    case .proportional where a.count == 4:
      emit(.binary(.subtract, a[0], .binary(.multiply, a[3], a[1])))
      emit(.binary(.subtract, a[0], a[1]))
      emit(a[0])
      emit(a[1])
    case .credit where a.count == 4:
      emit(.binary(.subtract, a[0], a[1]))
      emit(a[0])
      emit(a[1])
    case .weightedAverage:
      var weights = Lowered.constant(0)
      for i in stride(from: 1, to: a.count, by: 2) { weights = .binary(.add, weights, a[i]) }
      emit(weights)
    default: return
    }
  }

  /// `deduct` (sign −1) and `add_capped` (sign +1): the kink where the amount crosses 0, the one
  /// where the floor or cap is reached, and the steps of whole-unit counting.
  private mutating func limited(
    base b: Lowered, per: Lowered, unit: Lowered, amount: Lowered, limit: Lowered, whole: Lowered, sign: Double
  ) {
    emit(amount)
    let units = Lowered.binary(.divide, amount, unit)
    let change = Lowered.binary(.multiply, per, units)
    let raw = sign < 0 ? Lowered.binary(.subtract, b, change) : .binary(.add, b, change)
    emit(.binary(.subtract, raw, limit))
    if sign < 0, !depends(limit), LoweredInterpreter.value(limit, base) < 0 { emit(raw, exhausted: true) }
    if depends(whole) {
      complete = false
    } else if LoweredInterpreter.value(whole, base) != 0 {
      steps(units, offset: 0)
    }
  }

  /// Records the root of `tree` = 0: solved when the tree is affine in the input, pending otherwise.
  private mutating func emit(_ tree: Lowered, exhausted: Bool = false) {
    switch shape(tree) {
    case .constant: return
    case .affine(let m, let c): record(-c / m, marker: exhausted ? tree : nil)
    case .other: pending.append(Equation(tree: tree, source: source, exhausted: exhausted))
    }
  }

  /// Records every x where `tree` + `offset` is a whole number, within the window.
  private mutating func steps(_ tree: Lowered, offset: Double) {
    guard case .affine(let m, let c) = shape(tree) else {
      if depends(tree) { complete = false }
      return
    }
    let u1 = m * window.lowerBound + c + offset
    let u2 = m * window.upperBound + c + offset
    let first = Swift.min(u1, u2).rounded(.up)
    let last = Swift.max(u1, u2).rounded(.down)
    guard last >= first else { return }
    guard last - first < Double(Self.maximumSteps) else {
      complete = false
      return
    }
    var k = first
    while k <= last {
      record((k - offset - c) / m)
      k += 1
    }
  }

  private mutating func record(_ x: Double, marker: Lowered? = nil) {
    guard x.isFinite else { return }
    let t = Numeric.tidy(x)
    guard t >= window.lowerBound, t <= window.upperBound else { return }
    solved.append(Candidate(value: t, source: source, marker: marker))
  }
}
