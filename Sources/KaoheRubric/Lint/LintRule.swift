import KaoheDiagnostics

/// One consistency check of a compiled rubric. Each rule lives in a file of its own.
public protocol LintRule: Sendable {
  /// The rule's id, the prefix of its diagnostics' ids.
  var id: String { get }
  /// Findings for this rubric.
  func check(_ compiled: CompiledRubric) -> [Diagnostic]
}

/// Runs every lint rule.
public enum Linter {
  /// The rules, in the order they report.
  public static let rules: [any LintRule] = [
    ClausePointsRule(), IndicatorSumRule(), ItemSumRule(), AreaSumRule(), TotalRule(), UnusedInputRule(),
    UnreachableTierRule(), DepartmentNameRule(),
  ]

  /// All findings, in rule order.
  public static func lint(_ compiled: CompiledRubric) -> [Diagnostic] {
    rules.flatMap { $0.check(compiled) }
  }
}

/// Points formatting shared by the rules.
func pts(_ v: Double) -> String { NumberFormat.trimmed(v, digits: 2) }

/// Whether two point totals differ beyond rounding.
func differ(_ a: Double, _ b: Double) -> Bool { abs(a - b) > 1e-6 }
