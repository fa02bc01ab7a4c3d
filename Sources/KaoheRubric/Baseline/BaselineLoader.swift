import Foundation
import KaoheDiagnostics
import KaoheFormula

/// Reads a baseline file (YAML) and checks every value against the rubric's declarations.
public enum BaselineLoader {
  /// The most errors reported for one file: past them, reading stops (a file of a hundred thousand
  /// unknown names would otherwise spend minutes on "did you mean" for each).
  public static let maximumErrors = 50

  /// Loads a baseline for `rubric` from YAML text; `path` names it in diagnostics.
  public static func load(text: String, path: String, rubric: Rubric) throws(DiagnosticError) -> Baseline {
    let file = SourceText(path: path, text: text.strippingByteOrderMark)
    var errors: [Diagnostic] = []
    do {
      let root = try file.compose()
      try root.requireMapping()
      try root.checkKeys(["kaohe", "baseline", "id", "rubric", "title", "illustrative", "note", "values"])
      let idNode = try root.child("baseline") ?? root.required("baseline", hint: L10n.t("name the baseline: 'baseline: my-county'"))
      let rubricNode = try root.required("rubric", hint: L10n.t("say which rubric it is for: 'rubric: {0}'", rubric.id))
      let rubricID = try rubricNode.string()
      if rubricID != rubric.id {
        throw rubricNode.error("baseline.wrong-rubric", L10n.t("this baseline is for rubric '{0}', not '{1}'", rubricID, rubric.id), hint: L10n.t("load the rubric '{0}' first, or pick a baseline for '{1}'", rubricID, rubric.id))
      }
      var values: [String: Double] = [:]
      let valuesNode = try root.required("values")
      try valuesNode.requireMapping()
      read(valuesNode, prefix: nil, rubric: rubric, into: &values, errors: &errors)
      if errors.count >= maximumErrors {
        errors.append(valuesNode.error("baseline.too-many-errors", L10n.t("stopped after {0} errors; the rest of the file was not checked", maximumErrors)))
        throw DiagnosticError(errors)
      }
      let mentioned = Set(errors.compactMap { d in d.message.split(separator: ":").first.map(String.init) })
      let missing = rubric.inputs.filter { values[$0.name] == nil && $0.defaultValue == nil && !mentioned.contains($0.name) }
      if !missing.isEmpty {
        let names = missing.prefix(8).map(\.name).joined(separator: ", ") + (missing.count > 8 ? ", …" : "")
        let message = missing.count == 1 ? L10n.t("1 input has no value: {0}", names) : L10n.t("{0} inputs have no value: {1}", missing.count, names)
        errors.append(valuesNode.error("baseline.missing-values", message, hint: L10n.t("give each a value under 'values:'")))
      }
      for input in rubric.inputs where values[input.name] == nil { values[input.name] = input.defaultValue }
      guard errors.isEmpty else { throw DiagnosticError(errors) }
      return Baseline(
        id: try idNode.string(), rubricID: rubricID,
        title: try root.child("title")?.localized() ?? LocalizedText(zh: try idNode.string(), en: ""),
        illustrative: try root.child("illustrative")?.bool() ?? false, note: try root.optionalString("note"),
        values: values, path: path)
    } catch let d as Diagnostic {
      throw DiagnosticError(errors + [d])
    } catch let e as DiagnosticError {
      throw e
    } catch {
      throw DiagnosticError(Diagnostic(id: "baseline.unreadable", message: "\(error)"))
    }
  }

  private static func read(
    _ node: YAMLNode, prefix: String?, rubric: Rubric, into values: inout [String: Double], errors: inout [Diagnostic]
  ) {
    guard let mapping = node.mapping else { return }
    for (k, v) in mapping {
      guard errors.count < maximumErrors else { return }
      let key = k.scalar?.string ?? ""
      let name = prefix.map { "\($0).\(key)" } ?? key
      let child = YAMLNode(node: v, file: node.file, path: name)
      if prefix == nil, v.mapping != nil, rubric.units.contains(where: { $0.id == key }) {
        read(child, prefix: key, rubric: rubric, into: &values, errors: &errors)
        continue
      }
      let keyLocation = node.file.location(k.mark, length: key.count)
      guard let input = rubric.input(named: name) else {
        errors.append(Diagnostic(id: "baseline.unknown-input", message: L10n.t("'{0}' is not an input of rubric '{1}'", name, rubric.id), location: keyLocation, hint: Suggestions.hint(for: name, among: rubric.inputs.map(\.name)) ?? L10n.t("see the rubric's inputs with 'kaohe inputs'")))
        continue
      }
      if values[name] != nil {
        errors.append(Diagnostic(id: "baseline.duplicate", message: L10n.t("'{0}' is given twice", name), location: keyLocation))
        continue
      }
      guard case .scalar(let scalar) = v else {
        errors.append(child.error("baseline.bad-value", L10n.t("'{0}' should have one value, but has {1}", name, child.kindName)))
        continue
      }
      switch InputValues.check(scalar.string, for: input) {
      case .success(let value): values[name] = value
      case .failure(let f):
        errors.append(Diagnostic(id: f.id, message: "\(name): \(f.message)", location: node.file.location(v.mark, length: scalar.string.count), hint: f.hint))
      }
    }
  }
}

/// Checking a value typed for an input: kind, unit and range.
public enum InputValues {
  /// Why a value was refused.
  public struct Refusal: Error, Sendable, Equatable {
    /// Diagnostic id.
    public var id: String
    /// What is wrong.
    public var message: String
    /// How to fix it.
    public var hint: String?
  }

  /// The longest text read as a value (in UTF-8 bytes); no number, option or unit needs more.
  public static let maximumLength = 256

  /// Parses and range-checks `text` for `input`.
  public static func check(_ text: String, for input: InputDeclaration) -> Result<Double, Refusal> {
    guard text.utf8.count <= maximumLength else {
      return .failure(Refusal(id: "value.wrong-kind", message: L10n.t("a value of {0} characters is too long to be one", text.count)))
    }
    switch ValueParser.value(text, for: input) {
    case .failure(let f):
      return .failure(Refusal(id: "value.wrong-kind", message: f.message, hint: f.hint))
    case .success(let v):
      return checkRange(v, for: input, typed: text)
    }
  }

  /// Range-checks a stored value.
  public static func checkRange(_ v: Double, for input: InputDeclaration, typed: String? = nil) -> Result<Double, Refusal> {
    guard v.isFinite else { return .failure(Refusal(id: "value.not-finite", message: L10n.t("value is not a finite number"))) }
    guard abs(v) <= Numeric.largest else {
      return .failure(Refusal(id: "value.too-large", message: L10n.t("{0} is too large: values are limited to ±1e15", typed ?? "\(v)")))
    }
    guard let range = input.range, !range.contains(v) else { return .success(v) }
    let lo = ValueParser.format(range.lowerBound, for: input)
    let hi = ValueParser.format(range.upperBound, for: input)
    var hint = L10n.t("the valid range is {0} to {1}", lo, hi)
    if input.kind == .percent, let t = typed, !t.contains("%"), range.contains(v / 100) {
      hint = L10n.t("percent values need a % sign: did you mean {0}%?", t)
    }
    return .failure(Refusal(id: "value.out-of-range", message: L10n.t("{0} is outside {1} … {2}", ValueParser.format(v, for: input), lo, hi), hint: hint))
  }
}
