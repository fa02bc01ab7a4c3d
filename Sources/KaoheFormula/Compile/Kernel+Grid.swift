extension Kernel {
  /// Which steps need their snap to the 1e-9 grid (`Numeric.tidy`): all of those that tidy, except
  /// the ones whose value is on the grid before it is snapped, for which snapping changes no bit.
  /// The lane runs and the native kernels leave those snaps out; the interpreter keeps every one,
  /// so it stays the definition of what a rubric scores.
  ///
  /// A value is on the grid when snapping it gives it back bit for bit: a snapped value (snapping
  /// is idempotent: a value on the grid times 1e9 lies within a fraction of an ulp of the whole
  /// number it came from, so it rounds back to it, and −0 never comes out), a constant that snaps
  /// to itself, 0 and 1 (comparisons, logic), a count, and whatever only passes one of those
  /// through: a move, a select, an award, a minimum or maximum, a cap, and the helpers that return
  /// one of their arguments or a value they snapped themselves (`tiers`, `deduct`, `add_capped`,
  /// `proportional`, `credit`, `weighted_average`, `min`, `max`, `clamp`, `count`, `award`).
  /// Arithmetic, sums and negation (which turns 0 into −0) never count as on the grid.
  ///
  /// A location counts only when one step writes it and it is read after that step, or when no
  /// step writes it and it lies past the caller's slots (a constant: its value never changes from
  /// run to run), so the reasoning holds whichever steps a `SlicedRun` skips: a skipped step's
  /// location keeps the value the step stored when the run was made.
  func snapsNeeded() -> [Bool] {
    let writers = writeCounts()
    var onGrid = [Bool](repeating: false, count: frameSize)
    for (location, constant) in constantLocations().enumerated() where constant {
      onGrid[location] = Self.isOnGrid(scratch[location - slotCount])
    }
    var needed = [Bool](repeating: false, count: steps.count)
    for (i, step) in steps.enumerated() {
      let settled = resultIsOnGrid(step, onGrid)
      needed[i] = step.tidies && !settled
      onGrid[Int(step.d)] = writers[Int(step.d)] == 1 && (step.tidies || settled)
    }
    return needed
  }

  /// Whether each frame location holds a constant: past the caller's slots and written by no step,
  /// it keeps the value `scratch` gives it in every run (of the machine or of a `SlicedRun`).
  func constantLocations() -> [Bool] {
    let writes = writeCounts()
    return (0..<frameSize).map { $0 >= slotCount && writes[$0] == 0 }
  }

  /// Whether snapping `x` gives `x` back, bit for bit.
  static func isOnGrid(_ x: Double) -> Bool { Numeric.tidy(x).bitPattern == x.bitPattern }

  /// Whether a step's value, before any snap, is on the grid given which locations are.
  private func resultIsOnGrid(_ step: Step, _ onGrid: [Bool]) -> Bool {
    var list: [Bool] { self.list(step).map { onGrid[Int($0)] } }
    switch step.code {
    case .not, .less, .lessEqual, .greater, .greaterEqual, .equal, .notEqual, .and, .or, .count: return true
    case .move: return onGrid[Int(step.a)]
    case .select: return onGrid[Int(step.b)] && onGrid[Int(step.c)]
    case .award: return onGrid[Int(step.b)]
    case .minimum, .maximum: return list.allSatisfy { $0 }
    case .cap: return onGrid[Int(step.a)] && Self.isOnGrid(step.k)
    case .call: return Self.callIsOnGrid(step.builtin, list)
    case .negate, .add, .subtract, .multiply, .divide, .penalty, .sum, .addition, .sumCapped: return false
    }
  }

  /// Whether helper `builtin` returns a value on the grid when the arguments marked true are on it
  /// (the lane helpers in `LanesBody.h` show which argument each one can return).
  private static func callIsOnGrid(_ builtin: Builtin, _ arguments: [Bool]) -> Bool {
    let n = arguments.count
    let at = { (j: Int) in j < n && arguments[j] }
    switch builtin {
    case .min, .max, .clamp: return arguments.allSatisfy { $0 }
    case .count, .weightedAverage: return true
    case .award: return at(1)
    // base, per, unit, shortfall (or gain), floor (or cap), whole: the result is the floor (cap),
    // the base (or the smaller of base and cap), or a value the helper snapped.
    case .deduct, .addCapped: return at(0) && at(4)
    // done (actual), target, points, from (proportional): points, 0, or a snapped part.
    case .proportional, .credit: return at(2)
    // x, threshold, points, …, default: a tier's points (even places from 2) or the default (last).
    case .tiers, .tiersAtMost:
      guard n >= 2 else { return false }
      return at(n - 1) && stride(from: 2, to: n - 1, by: 2).allSatisfy(at)
    case .abs, .floor, .ceil, .round, .penalty: return false
    }
  }
}
