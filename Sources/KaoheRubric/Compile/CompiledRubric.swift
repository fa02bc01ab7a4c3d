import KaoheDiagnostics
import KaoheFormula

/// A rubric whose formulas are checked and compiled into one straight-line program.
public struct CompiledRubric: Sendable {
  /// Who owns a site of the program: a clause or an indicator's cap.
  public enum Owner: Sendable, Hashable {
    case clause(String)
    case indicator(String)
  }

  /// The rubric.
  public let rubric: Rubric
  /// Where each value lives.
  public let layout: SlotLayout
  /// The program that computes every clause, indicator, item, area and unit total.
  public let program: Program
  /// The owner of each site index (`Site.owner` indexes this).
  public let owners: [Owner]
  /// The checked formula of each clause, by full id.
  public let formulas: [String: CheckedFormula]
  /// For each input, the indicators whose clauses read it, in rubric order.
  public let readers: [String: [String]]
  /// Non-fatal findings of compilation.
  public let warnings: [Diagnostic]

  init(
    rubric: Rubric, layout: SlotLayout, program: Program, owners: [Owner], formulas: [String: CheckedFormula],
    readers: [String: [String]], warnings: [Diagnostic]
  ) {
    self.rubric = rubric
    self.layout = layout
    self.program = program
    self.owners = owners
    self.formulas = formulas
    self.readers = readers
    self.warnings = warnings
  }

  /// Default policy values, in policy order.
  public var defaultPolicies: [Double] { rubric.policies.map(\.defaultValue) }
}
