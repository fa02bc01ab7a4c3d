import KaoheDiagnostics
import KaoheFormula

/// Checks every formula of a rubric (collecting all errors), orders clauses by their references,
/// rejects cycles, and compiles the whole rubric into one program.
public enum RubricCompiler {
  /// Compiles `rubric`, or throws every error found.
  public static func compile(_ rubric: Rubric) throws(DiagnosticError) -> CompiledRubric {
    let layout = SlotLayout(rubric: rubric)
    let scopes = ScopeResolver.scopes(for: rubric, layout: layout)
    var errors: [Diagnostic] = try checkDuplicates(rubric)
    var formulas: [String: CheckedFormula] = [:]
    for unit in rubric.units {
      guard let scope = scopes[unit.id] else { continue }
      for clause in unit.indicators.flatMap(\.clauses) {
        do throws(FormulaError) {
          let checked = try Formula.check(clause.formula, resolver: scope)
          if checked.type != .number {
            throw FormulaError.resultNotNumber(checked.type, Span(0, clause.formula.count))
          }
          formulas[clause.id] = checked
        } catch {
          errors.append(Formula.diagnostic(for: error, origin: clause.origin))
        }
      }
    }
    guard errors.isEmpty else { throw DiagnosticError(errors) }
    let order: [Node]
    do {
      order = try DependencyOrder.order(rubric, formulas: formulas, layout: layout)
    } catch {
      throw DiagnosticError(error)
    }
    var (program, owners) = emit(rubric, layout: layout, formulas: formulas, order: order)
    program.attachNative(from: NativeRubrics.kernels)
    return CompiledRubric(
      rubric: rubric, layout: layout, program: program, owners: owners, formulas: formulas,
      readers: readers(rubric, formulas: formulas), warnings: [])
  }

  /// A node of the dependency graph.
  enum Node: Hashable {
    case clause(Clause, Indicator)
    case indicator(Indicator)
  }

  private static func checkDuplicates(_ rubric: Rubric) throws(DiagnosticError) -> [Diagnostic] {
    var errors: [Diagnostic] = []
    var seen: [String: String] = [:]
    func note(_ name: String, _ what: String, _ location: SourceLocation?) {
      if let previous = seen[name] {
        errors.append(Diagnostic(id: "rubric.duplicate-name", message: L10n.t("{0} uses a name already taken by {1}", what, previous), location: location, hint: L10n.t("names of inputs, policies, clauses and indicators must be unique")))
      } else {
        seen[name] = what
      }
    }
    for p in rubric.policies { note(p.name, L10n.t("policy '{0}'", p.name), p.location) }
    for i in rubric.inputs { note(i.name, L10n.t("input '{0}'", i.name), i.location) }
    for unit in rubric.units {
      for area in unit.areas { note(area.id, L10n.t("area '{0}'", area.id), area.location) }
      for item in unit.areas.flatMap(\.items) where !item.isImplicit { note(item.id, L10n.t("item '{0}'", item.id), item.location) }
      for indicator in unit.indicators {
        note(indicator.id, L10n.t("indicator '{0}'", indicator.id), indicator.location)
        for clause in indicator.clauses { note(clause.id, L10n.t("clause '{0}'", clause.id), clause.location) }
      }
    }
    return errors
  }

  private static func emit(_ rubric: Rubric, layout: SlotLayout, formulas: [String: CheckedFormula], order: [Node])
    -> (Program, [CompiledRubric.Owner])
  {
    var compiler = Compiler()
    var owners: [CompiledRubric.Owner] = []
    let capSlot = layout.policies[PolicyDeclaration.capIndicators] ?? 0
    for node in order {
      switch node {
      case .clause(let clause, _):
        guard let f = formulas[clause.id], let slot = layout.clauses[clause.id] else { continue }
        owners.append(.clause(clause.id))
        compiler.emit(f.lowered, into: slot, owner: owners.count - 1)
      case .indicator(let indicator):
        owners.append(.indicator(indicator.id))
        let scores = indicator.clauses.filter { $0.kind == .score }.compactMap { layout.clauses[$0.id] }
        let penalties = indicator.clauses.filter { $0.kind == .penalty }.compactMap { layout.clauses[$0.id] }
        compiler.emitSum(
          of: scores, into: layout.indicators[indicator.id] ?? 0,
          cap: (indicator.points, capSlot, owners.count - 1), plus: penalties)
      }
    }
    for unit in rubric.units {
      for area in unit.areas {
        for item in area.items {
          compiler.emitSum(of: item.indicators.compactMap { layout.indicators[$0.id] }, into: layout.items[item.id] ?? 0)
        }
        compiler.emitSum(of: area.items.compactMap { layout.items[$0.id] }, into: layout.areas[area.id] ?? 0)
      }
      compiler.emitSum(of: unit.areas.compactMap { layout.areas[$0.id] }, into: layout.units[unit.id] ?? 0)
    }
    return (compiler.program, owners)
  }

  private static func readers(_ rubric: Rubric, formulas: [String: CheckedFormula]) -> [String: [String]] {
    var out: [String: [String]] = [:]
    for indicator in rubric.indicators {
      for clause in indicator.clauses {
        for ref in formulas[clause.id]?.references ?? [] where ref.symbol.kind == .input {
          if out[ref.symbol.qualifiedName]?.last != indicator.id {
            out[ref.symbol.qualifiedName, default: []].append(indicator.id)
          }
        }
      }
    }
    return out
  }
}
