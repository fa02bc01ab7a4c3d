import Foundation
import KaoheDiagnostics
import KaoheFormula
import Yams

/// Reads a rubric file into a `Rubric`. Structural errors stop at the first; formula errors are
/// collected by `RubricCompiler`.
public enum RubricLoader {
  /// The only format version this build reads.
  public static let formatVersion = 1

  /// Loads a rubric from YAML text; `path` names it in diagnostics.
  public static func load(text: String, path: String) throws(DiagnosticError) -> Rubric {
    let file = SourceText(path: path, text: text.strippingByteOrderMark)
    do {
      let root = try file.compose()
      return try readRubric(root, file: file)
    } catch let d {
      throw DiagnosticError(d)
    }
  }

  private static let rubricKeys = [
    "kaohe", "id", "title", "year", "issuer", "source", "total", "unit_label", "departments", "policies",
    "inputs", "areas", "unit_inputs", "unit_areas", "units", "note",
  ]

  private static func readRubric(_ root: YAMLNode, file: SourceText) throws(Diagnostic) -> Rubric {
    try root.requireMapping()
    try root.checkKeys(rubricKeys)
    let version = try root.required("kaohe", hint: L10n.t("start the file with 'kaohe: 1'"))
    guard Int(try version.string()) == formatVersion else {
      throw version.error("rubric.version", L10n.t("unsupported format version '{0}'", try version.string()), hint: L10n.t("this Kaohe reads 'kaohe: {0}'", formatVersion))
    }
    let idNode = try root.required("id")
    let id = try idNode.string()
    guard ASCIIName.matches(id, first: ASCIIName.isAlphanumeric, rest: { ASCIIName.isWord($0) || $0 == UInt8(ascii: "-") })
    else {
      throw idNode.error("rubric.bad-id", L10n.t("rubric id '{0}' may only have letters, digits, '-' and '_'", id))
    }
    var policies = [PolicyDeclaration.builtinCap()]
    for node in try root.child("policies")?.list() ?? [] { policies.append(try readPolicy(node)) }
    var inputs: [InputDeclaration] = []
    for node in try root.child("inputs")?.list() ?? [] { inputs.append(try readInput(node, unit: nil)) }
    var units: [AssessedUnit] = []
    let isMulti = root.child("units") != nil
    if isMulti {
      if let areas = root.child("areas") {
        throw areas.error("rubric.areas-and-units", L10n.t("a rubric has either 'areas:' or 'units:', not both"), hint: L10n.t("put shared areas under 'unit_areas:'"))
      }
      let sharedInputs = try root.child("unit_inputs")?.list() ?? []
      let sharedAreas = try root.child("unit_areas")?.list() ?? []
      for node in try root.required("units").list() {
        let (unit, unitInputs) = try readUnit(node, sharedInputs: sharedInputs, sharedAreas: sharedAreas)
        units.append(unit)
        inputs += unitInputs
      }
    } else {
      var areas: [Area] = []
      for node in try root.required("areas", hint: L10n.t("list the rubric's areas under 'areas:'")).list() {
        areas.append(try readArea(node, unit: nil))
      }
      units = [AssessedUnit(id: "", name: try root.required("title").localized(), areas: areas, location: root.location)]
    }
    var departments: [String: String] = [:]
    if let d = root.child("departments") {
      try d.requireMapping()
      for (key, value) in try d.entries() { departments[key] = try value.string() }
    }
    return Rubric(
      id: id, title: try root.required("title").localized(),
      year: try root.child("year").map { n throws(Diagnostic) in Int(try n.number()) },
      issuer: try root.child("issuer")?.localized(), source: try root.optionalString("source"),
      total: try root.required("total").number(),
      unitLabel: try root.child("unit_label")?.localized() ?? LocalizedText(zh: "单位", en: "unit"),
      departments: departments, policies: policies, inputs: inputs, units: units, isMultiUnit: isMulti,
      path: file.path, contentHash: ContentHash.fnv1a(file.text))
  }

  private static func readPolicy(_ node: YAMLNode) throws(Diagnostic) -> PolicyDeclaration {
    try node.requireMapping()
    try node.checkKeys(["name", "label", "options", "default", "doc"])
    let nameNode = try node.required("name")
    let name = try identifier(nameNode)
    if name == PolicyDeclaration.capIndicators {
      throw nameNode.error("rubric.builtin-policy", L10n.t("'{0}' is built in and cannot be declared again", name), hint: L10n.t("remove this policy"))
    }
    let options = try node.child("options")?.stringList() ?? []
    let defaultNode = try node.required("default")
    let defaultValue: Double
    if options.isEmpty {
      defaultValue = try defaultNode.bool() ? 1 : 0
    } else {
      let text = try defaultNode.string()
      guard let i = options.firstIndex(of: text) else {
        throw defaultNode.error("rubric.bad-default", L10n.t("default '{0}' is not one of {1}", text, options.joined(separator: ", ")), hint: Suggestions.hint(for: text, among: options))
      }
      defaultValue = Double(i)
    }
    return PolicyDeclaration(
      name: name, label: try node.child("label")?.localized() ?? LocalizedText(zh: "", en: name), options: options,
      defaultValue: defaultValue, doc: try node.optionalString("doc") ?? "", location: nameNode.location)
  }

  static func identifier(_ node: YAMLNode) throws(Diagnostic) -> String {
    let s = try node.string()
    guard ASCIIName.matches(s, first: { ASCIIName.isLetter($0) || $0 == UInt8(ascii: "_") }, rest: ASCIIName.isWord),
      Token.Keyword(rawValue: s) == nil
    else {
      throw node.error("rubric.bad-name", L10n.t("'{0}' is not a valid name", s), hint: L10n.t("use letters, digits and '_', starting with a letter, and no keyword (if, and, or, not …)"))
    }
    return s
  }

  private static func readInput(_ node: YAMLNode, unit: String?) throws(Diagnostic) -> InputDeclaration {
    try node.requireMapping()
    try node.checkKeys(["name", "kind", "unit", "label", "range", "default", "options", "option_labels", "note", "fact"])
    let nameNode = try node.required("name")
    let local = try identifier(nameNode)
    let kinds = InputKind.allCases.map(\.rawValue)
    let kindNode = try node.required("kind", hint: L10n.t("one of {0}", kinds.joined(separator: ", ")))
    let kindText = try kindNode.string()
    guard let kind = InputKind(rawValue: kindText) else {
      throw kindNode.error("rubric.bad-kind", L10n.t("unknown input kind '{0}'", kindText), hint: Suggestions.hint(for: kindText, among: kinds) ?? L10n.t("one of {0}", kinds.joined(separator: ", ")))
    }
    var decl = InputDeclaration(
      name: unit.map { "\($0).\(local)" } ?? local, localName: local, unitID: unit, kind: kind,
      unit: try node.optionalString("unit") ?? (kind == .percent ? "%" : ""),
      label: try node.child("label")?.localized() ?? LocalizedText(zh: "", en: local), range: nil, defaultValue: nil,
      options: try node.child("options")?.stringList() ?? [], optionLabels: [:], note: try node.optionalString("note"),
      location: nameNode.location)
    decl.isFact = try node.child("fact")?.bool() ?? false
    if kind == .choice, decl.options.isEmpty {
      throw node.error("rubric.choice-without-options", L10n.t("choice input '{0}' needs 'options:'", local))
    }
    if let labels = node.child("option_labels") {
      try labels.requireMapping()
      let options = Set(decl.options)
      for (key, l) in try labels.entries() {
        guard options.contains(key) else {
          throw labels.error("rubric.bad-option-label", L10n.t("option_labels names '{0}', which is not an option of '{1}'", key, local))
        }
        decl.optionLabels[key] = try l.localized()
      }
    }
    if let r = node.child("range") {
      let bounds = try r.list()
      guard bounds.count == 2 else { throw r.error("rubric.bad-range", L10n.t("range should be [low, high]")) }
      let lo = try bounds[0].number()
      let hi = try bounds[1].number()
      guard lo <= hi else { throw r.error("rubric.bad-range", L10n.t("range low {0} is above high {1}", lo, hi)) }
      decl.range = lo...hi
    }
    if let d = node.child("default") {
      switch ValueParser.value(try d.string(), for: decl) {
      case .success(let v): decl.defaultValue = v
      case .failure(let f): throw d.error("rubric.bad-default", L10n.t("default of '{0}': {1}", local, f.message), hint: f.hint)
      }
      if let range = decl.range, let v = decl.defaultValue, !range.contains(v) {
        throw d.error("rubric.default-out-of-range", L10n.t("default of '{0}' is outside its range", local))
      }
    }
    return decl
  }

  private static func readUnit(_ node: YAMLNode, sharedInputs: [YAMLNode], sharedAreas: [YAMLNode]) throws(Diagnostic)
    -> (AssessedUnit, [InputDeclaration])
  {
    try node.requireMapping()
    try node.checkKeys(["id", "name", "inputs", "areas"])
    let id = try identifier(try node.required("id"))
    var inputs: [InputDeclaration] = []
    for n in sharedInputs { inputs.append(try readInput(n, unit: id)) }
    for n in try node.child("inputs")?.list() ?? [] { inputs.append(try readInput(n, unit: id)) }
    var areas: [Area] = []
    for n in sharedAreas { areas.append(try readArea(n, unit: id)) }
    for n in try node.child("areas")?.list() ?? [] { areas.append(try readArea(n, unit: id)) }
    return (AssessedUnit(id: id, name: try node.required("name").localized(), areas: areas, location: node.location), inputs)
  }

  private static func qualified(_ local: String, _ unit: String?) -> String { unit.map { "\($0).\(local)" } ?? local }

  private static func readArea(_ node: YAMLNode, unit: String?) throws(Diagnostic) -> Area {
    try node.requireMapping()
    try node.checkKeys(["id", "title", "points", "items", "indicators", "note"])
    let local = try identifier(try node.required("id"))
    var items: [Item] = []
    if let list = node.child("items") {
      for n in try list.list() { items.append(try readItem(n, unit: unit)) }
    } else {
      var indicators: [Indicator] = []
      for n in try node.required("indicators", hint: L10n.t("an area lists 'items:' or 'indicators:'")).list() {
        indicators.append(try readIndicator(n, unit: unit))
      }
      items = [Item(id: qualified(local, unit) + "._", title: LocalizedText(zh: "", en: ""), points: nil, indicators: indicators, isImplicit: true, location: node.location)]
    }
    return Area(id: qualified(local, unit), title: try node.required("title").localized(), points: try node.required("points").number(), items: items, location: node.location)
  }

  private static func readItem(_ node: YAMLNode, unit: String?) throws(Diagnostic) -> Item {
    try node.requireMapping()
    try node.checkKeys(["id", "title", "points", "indicators", "note"])
    let local = try identifier(try node.required("id"))
    var indicators: [Indicator] = []
    for n in try node.required("indicators").list() { indicators.append(try readIndicator(n, unit: unit)) }
    return Item(id: qualified(local, unit), title: try node.required("title").localized(), points: try node.child("points")?.number(), indicators: indicators, isImplicit: false, location: node.location)
  }

  private static func readIndicator(_ node: YAMLNode, unit: String?) throws(Diagnostic) -> Indicator {
    try node.requireMapping()
    try node.checkKeys(["id", "numbers", "number", "title", "points", "lead", "cooperating", "clauses", "note"])
    let local = try identifier(try node.required("id"))
    var numbers: [Int] = []
    if let n = node.child("numbers") ?? node.child("number") {
      if case .scalar = n.node {
        numbers = [Int(try n.number())]
      } else {
        for x in try n.list() { numbers.append(Int(try x.number())) }
      }
    }
    var clauses: [Clause] = []
    for n in try node.required("clauses").list() { clauses.append(try readClause(n, unit: unit)) }
    return Indicator(
      id: qualified(local, unit), localID: local, numbers: numbers, title: try node.required("title").localized(),
      points: try node.required("points").number(), lead: try node.child("lead")?.stringList() ?? [],
      cooperating: try node.child("cooperating")?.stringList() ?? [], clauses: clauses, location: node.location)
  }

  private static func readClause(_ node: YAMLNode, unit: String?) throws(Diagnostic) -> Clause {
    try node.requireMapping()
    try node.checkKeys(["id", "text", "points", "kind", "formula", "note"])
    let local = try identifier(try node.required("id"))
    let kindNode = node.child("kind")
    let kindText = try kindNode?.string() ?? "score"
    guard let kind = ClauseKind(rawValue: kindText) else {
      throw (kindNode ?? node).error("rubric.bad-clause-kind", L10n.t("clause kind '{0}' is neither score nor penalty", kindText))
    }
    let formulaNode = try node.required("formula")
    let formula = try formulaNode.string()
    return Clause(
      id: qualified(local, unit), localID: local, text: try node.required("text").string(),
      points: try node.child("points")?.number(), kind: kind, formula: formula,
      origin: origin(of: formulaNode, text: formula), note: try node.optionalString("note"), location: node.location)
  }

  /// Maps a formula scalar's lines to the YAML file's lines and columns.
  static func origin(of node: YAMLNode, text: String) -> FormulaOrigin {
    let file = node.file
    let start = file.location(node.node.mark)
    let formulaLines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init)
    let style = node.node.scalar?.style ?? .plain
    var lines: [FormulaOrigin.Line] = []
    switch style {
    case .literal, .folded:
      var fileLine = start.line + 1
      for part in formulaLines {
        while let t = file.lineText(fileLine), t.trimmingCharacters(in: .whitespaces).isEmpty, !part.isEmpty { fileLine += 1 }
        let t = file.lineText(fileLine) ?? part
        let column = part.isEmpty ? 1 : (indentedColumn(of: part, in: t) ?? t.range(of: part).map { t.distance(from: t.startIndex, to: $0.lowerBound) + 1 } ?? 1)
        lines.append(.init(line: fileLine, column: column, text: t))
        fileLine += 1
      }
    case .singleQuoted, .doubleQuoted:
      lines = [.init(line: start.line, column: start.column + 1, text: start.lineText ?? text)]
    default:
      lines = [.init(line: start.line, column: start.column, text: start.lineText ?? text)]
    }
    return FormulaOrigin(path: file.path, formula: text, lines: lines)
  }
}

extension RubricLoader {
  /// The column of `part` in `line` when the line is `part` indented by spaces, as a block scalar's
  /// lines are (where it is also the first place `part` occurs); nil otherwise.
  static func indentedColumn(of part: String, in line: String) -> Int? {
    let space = UInt8(ascii: " ")
    guard let lead = part.utf8.first(where: { $0 != space }), lead < 0x80 else { return nil }
    let indent = line.utf8.count - part.utf8.count
    guard indent >= 0, line.utf8.suffix(part.utf8.count).elementsEqual(part.utf8),
      line.utf8.prefix(indent).allSatisfy({ $0 == space })
    else { return nil }
    return indent + 1
  }
}

/// Checks of ASCII names, the same as the regular expression `^[first][rest]*$`, without compiling
/// one for each name: like that expression, it lets one line break end the text.
enum ASCIIName {
  static func matches(_ s: String, first: (UInt8) -> Bool, rest: (UInt8) -> Bool) -> Bool {
    var bytes = Array(s.utf8)
    bytes.removeLast(finalLineBreakLength(bytes))
    guard let head = bytes.first, first(head) else { return false }
    return bytes.dropFirst().allSatisfy(rest)
  }

  static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") }
  static func isAlphanumeric(_ b: UInt8) -> Bool { isLetter(b) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) }
  static func isWord(_ b: UInt8) -> Bool { isAlphanumeric(b) || b == UInt8(ascii: "_") }

  /// The length in bytes of a line terminator ending `bytes` (ICU's: LF, VT, FF, CR, CR LF, NEL,
  /// LS, PS), or 0.
  private static func finalLineBreakLength(_ bytes: [UInt8]) -> Int {
    if bytes.count >= 2, bytes.suffix(2).elementsEqual([13, 10]) { return 2 }
    if let last = bytes.last, (10...13).contains(last) { return 1 }
    if bytes.count >= 2, bytes.suffix(2).elementsEqual([0xC2, 0x85]) { return 2 }
    if bytes.count >= 3, bytes.suffix(3).elementsEqual([0xE2, 0x80, 0xA8]) || bytes.suffix(3).elementsEqual([0xE2, 0x80, 0xA9]) {
      return 3
    }
    return 0
  }
}

extension String {
  /// The text without a leading UTF-8 byte-order mark.
  var strippingByteOrderMark: String { hasPrefix("\u{FEFF}") ? String(dropFirst()) : self }
}

/// Content hashes for scenario headers.
public enum ContentHash {
  /// FNV-1a, 64 bits, over the UTF-8 bytes, as 16 hex digits.
  public static func fnv1a(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
