import KaoheFormula
import KaoheRubric

/// The value of one input that brings the objective to a target, everything else held.
///
/// The input's break-even points split its range into pieces on which the objective is affine; the
/// target is solved exactly on each piece (and checked at each break-even point), and the solution
/// closest to the current value wins. When no value gives the target exactly — it falls inside a
/// jump — the answer is the nearest threshold to cross so that the objective reaches at least the
/// target (at most, when the target is below the current score). When no value in the range gets
/// there, the answer is the best value reachable.
public enum GoalSeek {
  /// Seeks the value of `input` within `from` … `to` (default: its declared range) that brings the
  /// objective to `target`.
  public static func seek(
    _ context: AnalysisContext, input name: String, target: Double, objective: Objective = .headline,
    from: Double? = nil, to: Double? = nil
  ) throws(AnalysisError) -> GoalSeekResult {
    let (index, input) = try context.numericInput(name)
    guard target.isFinite else { throw .invalidValue("target", target) }
    let window = try Breakpoints.window(input, from: from, to: to)
    let resolved = try objective.resolve(in: context.compiled)
    var runner = ScoreRunner(context)
    let current = runner.value(of: resolved)
    let origin = context.inputs[index]
    var result = GoalSeekResult(
      input: name, objective: objective, target: target, from: window.lowerBound, to: window.upperBound,
      currentValue: origin, currentScore: current, outcome: .alreadyMet, value: origin, score: current,
      approach: .at, change: 0, exact: true)
    guard abs(current - target) > Profile.tolerance else { return result }
    let profile = Profile.build(context, index: index, window: window, target: resolved)
    result.exact = profile.exact
    let up = target > current
    let found: (GoalSeekResult.Outcome, Profile.Point)?
    if let p = profile.solutions(target).first {
      found = (.exact, p)
    } else if let p = profile.crossings(target, up: up).first {
      found = (.crossing, p)
    } else if let p = profile.extreme(up: up) {
      found = (.unreachable, p)
    } else {
      found = nil
    }
    guard let (outcome, point) = found else { return result }
    var x = point.x
    var score = Numeric.tidy(point.score)
    if point.side == 0 {
      let snapped = Numeric.tidy(x)
      let atSnapped = runner.value(of: resolved, setting: index, to: snapped)
      let atRaw = runner.value(of: resolved, setting: index, to: x)
      if abs(atSnapped - target) <= abs(atRaw - target) || outcome == .unreachable && atSnapped == atRaw {
        x = snapped
      }
      score = runner.value(of: resolved, setting: index, to: x)
    }
    result.outcome = outcome
    result.value = x
    result.score = score
    result.approach = point.side == 0 ? .at : (point.side > 0 ? .justAbove : .justBelow)
    result.change = Numeric.tidy(x - origin)
    return result
  }
}
