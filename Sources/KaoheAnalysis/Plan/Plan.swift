import KaoheFormula
import KaoheRubric

/// The cheapest set of input changes that brings the objective to at least a target.
///
/// **Costs.** Each input has a cost per unit of change: by default 1 per percentage point for
/// percent and ratio inputs, 1 per unit for counts, money, areas, grades and other numbers, 1 for
/// flipping a boolean and 1 for switching a choice (choices are switched only when allowed). A table
/// of costs by input name overrides the defaults; an infinite cost keeps an input fixed. A plan's
/// cost is the sum over the inputs it changes of cost × |change|.
///
/// **Candidate values.** Each input is examined alone, everything else at its current value. For a
/// number, its break-even points (found from the formulas, see `Breakpoints`) split its declared
/// range into pieces on which the objective is affine; the candidates are the range ends and every
/// break-even point, with the values just beside a point where the score only holds beyond it (a
/// strict threshold). Counts stay whole. A boolean's candidate is its other value, a choice's its
/// other options. Only candidates that raise the objective are kept — inputs move only in the
/// direction that helps and never leave their range — and of those only the ones that gain more
/// than every cheaper one.
///
/// **Search.** Indicators add up, so inputs interact only when they reach a common indicator (through
/// its cap, or a formula that reads several of them). Inputs are grouped into components that share
/// no indicator; a component of several inputs gets the joint candidates (every combination of its
/// inputs' candidates, scored together, when there are at most 4096). Choosing one option per
/// component so that the gains add up to the needed gain at least cost is a multiple-choice
/// knapsack, solved exactly by dynamic programming over components: a Pareto frontier of (cost,
/// gain) that drops every combination costing more than a cheaper one with at least its gain, and
/// every combination dearer than the best complete one (branch and bound). Because the objective is
/// affine between break-even points, an optimal plan has at most one input strictly between its
/// candidate values (were there two, trading one against the other along the target would not
/// raise the cost until one reached a candidate); so the search is run once with no such input and
/// once with each numeric input left free — its component otherwise unchanged — topping up the
/// frontier's shortfall with the free input's cheapest value that gains enough (solved exactly on
/// its pieces, as `GoalSeek` does).
///
/// **Check and repair.** The chosen combination is scored for real. If interactions the grouping
/// missed make it fall short, the cheapest single-input fix is added, as often as needed. Then each
/// changed input in turn is moved back towards its current value as far as the target allows.
///
/// **Limits.** The result's `exact` is false when the answer may not be the cheapest: a break-even
/// list could not be completed (too many step points), the objective is not affine between an
/// input's break-even points (say, a weighted average whose weight is the input — it is then
/// approximated on 64 sub-pieces), a component was too large to combine jointly, the frontier was
/// cut, or the check needed a repair. The free input moves alone in its component, so a plan that
/// needs two inputs of the same component, one of them part-way, relies on the final step that
/// moves each change back.
public enum Plan {
  /// Finds the cheapest plan reaching at least `target` (none is needed when the objective is
  /// there already).
  public static func make(_ context: AnalysisContext, target: Double, options: PlanOptions = PlanOptions())
    throws(AnalysisError) -> PlanResult
  {
    guard target.isFinite else { throw .invalidValue("target", target) }
    for (name, cost) in options.costs.sorted(by: { $0.key < $1.key }) {
      _ = try context.input(name)
      guard cost >= 0 else { throw .invalidCost(name, cost) }
    }
    let objective = try options.objective.resolve(in: context.compiled)
    var runner = ScoreRunner(context)
    let current = runner.value(of: objective)
    var result = PlanResult(
      objective: options.objective, target: target, currentScore: current, outcome: .alreadyMet, changes: [], cost: 0,
      score: current, exact: true, skipped: [])
    let need = Numeric.tidy(target - current)
    guard need > PlanSearch.tolerance else { return result }
    var planner = Planner(context: context, objective: objective, current: current, direction: 1)
    result.skipped = try planner.prepare(options)
    return planner.finish(planner.search(need: need), target: target, into: result)
  }
}
