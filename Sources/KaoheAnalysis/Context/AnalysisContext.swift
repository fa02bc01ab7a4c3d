import KaoheRubric

/// What every analysis starts from: a compiled rubric, the current input values and the policies.
public struct AnalysisContext: Sendable {
  /// The rubric.
  public let compiled: CompiledRubric
  /// Input values in rubric order (booleans as 1/0, choices as the option's index).
  public var inputs: [Double]
  /// Policy values in policy order.
  public var policies: [Double]

  /// Creates a context; `policies` default to the rubric's defaults.
  public init(compiled: CompiledRubric, inputs: [Double], policies: [Double]? = nil) {
    self.compiled = compiled
    var values = inputs
    let count = compiled.rubric.inputs.count
    if values.count < count { values += [Double](repeating: 0, count: count - values.count) }
    self.inputs = Array(values.prefix(count))
    self.policies = policies ?? compiled.defaultPolicies
  }

  /// Creates a context from a baseline's values.
  public init(compiled: CompiledRubric, baseline: Baseline, policies: [Double]? = nil) {
    self.init(compiled: compiled, inputs: baseline.vector(for: compiled.rubric), policies: policies)
  }

  /// Scores the current values.
  public func evaluate() -> Evaluation { compiled.evaluate(inputs: inputs, policies: policies) }

  /// The objective's value for the current inputs.
  public func score(_ objective: Objective) throws(AnalysisError) -> Double {
    var runner = ScoreRunner(self)
    return try runner.value(of: objective.resolve(in: compiled))
  }

  /// The index (and slot) and declaration of an input by full name.
  func input(_ name: String) throws(AnalysisError) -> (index: Int, declaration: InputDeclaration) {
    let inputs = compiled.rubric.inputs
    guard let i = inputs.firstIndex(where: { $0.name == name }) else {
      throw .unknownInput(name, among: inputs.map(\.name))
    }
    return (i, inputs[i])
  }

  /// The index and declaration of a numeric input.
  func numericInput(_ name: String) throws(AnalysisError) -> (index: Int, declaration: InputDeclaration) {
    let found = try input(name)
    guard found.declaration.kind.isNumeric else { throw .notNumeric(name, kind: found.declaration.kind.rawValue) }
    return found
  }

  /// The inputs with one value changed.
  func inputs(setting index: Int, to value: Double) -> [Double] {
    var v = inputs
    v[index] = value
    return v
  }
}
