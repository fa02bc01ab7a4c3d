/// Checking the arguments of function calls against their signatures.
extension Checker {
  mutating func call(_ builtin: Builtin, _ args: [Argument], _ span: Span) throws(FormulaError)
    -> (Lowered, FormulaType)
  {
    let sig = builtin.signature
    let name = builtin.rawValue
    var seenLabel = false
    var positional: [Argument] = []
    var labelled: [String: Argument] = [:]
    for arg in args {
      if let label = arg.label {
        seenLabel = true
        let labelSpan = arg.labelSpan ?? arg.span
        let allowed = sig.parameters.map(\.name) + (sig.elseDefault != nil ? ["else"] : [])
        guard allowed.contains(label) else {
          throw FormulaError.unknownLabel(label, function: name, labels: allowed, labelSpan)
        }
        guard labelled[label] == nil else { throw FormulaError.duplicateLabel(label, labelSpan) }
        if arg.result != nil { throw FormulaError.misplacedPair(name, arg.span, usage: sig.usage) }
        labelled[label] = arg
      } else {
        if seenLabel { throw FormulaError.positionalAfterLabel(arg.span) }
        positional.append(arg)
      }
    }
    var lowered: [Lowered] = []
    let fixed = sig.parameters.count
    let extra = Array(positional.dropFirst(fixed))
    for (i, param) in sig.parameters.enumerated() {
      if i < positional.count {
        let arg = positional[i]
        if arg.result != nil { throw FormulaError.misplacedPair(name, arg.span, usage: sig.usage) }
        if labelled[param.name] != nil { throw FormulaError.duplicateLabel(param.name, arg.span) }
        lowered.append(try parameter(param, arg.value, name))
      } else if let arg = labelled[param.name] {
        lowered.append(try parameter(param, arg.value, name))
      } else if let d = param.defaultValue {
        lowered.append(.constant(d))
      } else {
        throw FormulaError.argumentCount(
          name, expected: expectedCount(sig), found: positional.count + labelled.count, span, usage: sig.usage)
      }
    }
    lowered += try rest(builtin, sig, extra, labelled, span)
    if builtin == .tiers || builtin == .tiersAtMost {
      let subject = positional.first?.value ?? labelled["x"]?.value
      if let subject { recordTiers(builtin, subject: subject, thresholds: extra.map(\.value)) }
    }
    return (.call(builtin, lowered, site: span), .number)
  }

  private mutating func parameter(_ p: Signature.Parameter, _ e: Expression, _ fn: String) throws(FormulaError)
    -> Lowered
  {
    let context = "\(fn)'s '\(p.name)'"
    return p.isCondition ? try condition(e, context) : try number(e, context)
  }

  private func expectedCount(_ sig: Signature) -> String {
    let required = sig.parameters.filter { $0.defaultValue == nil }.count
    switch sig.rest {
    case .numbers(let m), .conditions(let m): return "at least \(required + m) arguments"
    case .pairs(let m): return "\(required) argument\(required == 1 ? "" : "s") and at least \(m) pair\(m == 1 ? "" : "s")"
    case nil:
      let total = sig.parameters.count
      return required == total ? "\(total) argument\(total == 1 ? "" : "s")" : "\(required) to \(total) arguments"
    }
  }

  private mutating func rest(
    _ builtin: Builtin, _ sig: Signature, _ extra: [Argument], _ labelled: [String: Argument], _ span: Span
  ) throws(FormulaError) -> [Lowered] {
    let name = builtin.rawValue
    guard let rest = sig.rest else {
      if let first = extra.first {
        throw FormulaError.argumentCount(
          name, expected: expectedCount(sig), found: sig.parameters.count + extra.count, first.span, usage: sig.usage)
      }
      return []
    }
    var out: [Lowered] = []
    switch rest {
    case .numbers(let minimum), .conditions(let minimum):
      let isCondition: Bool
      if case .conditions = rest { isCondition = true } else { isCondition = false }
      guard extra.count >= minimum else {
        throw FormulaError.argumentCount(name, expected: expectedCount(sig), found: extra.count, span, usage: sig.usage)
      }
      for arg in extra {
        if arg.result != nil { throw FormulaError.misplacedPair(name, arg.span, usage: sig.usage) }
        out.append(isCondition ? try condition(arg.value, "\(name)") : try number(arg.value, "\(name)"))
      }
    case .pairs(let minimum):
      guard extra.count >= minimum else {
        throw FormulaError.missingPair(name, extra.first?.span ?? span, usage: sig.usage)
      }
      var thresholds: [Expression] = []
      for arg in extra {
        guard let result = arg.result else { throw FormulaError.missingPair(name, arg.span, usage: sig.usage) }
        out.append(try number(arg.value, "\(name)"))
        out.append(try number(result, "\(name)"))
        thresholds.append(arg.value)
      }
      if let elseDefault = sig.elseDefault {
        if let arg = labelled["else"] {
          out.append(try number(arg.value, "\(name)'s 'else'"))
        } else {
          out.append(.constant(elseDefault))
        }
      }
    }
    return out
  }
}
