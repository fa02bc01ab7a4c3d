import KaoheDiagnostics
import KaoheFormula
import Yams

/// A YAML node with its place in the file, and typed accessors whose errors name that place.
struct YAMLNode {
  let node: Node
  let file: SourceText
  /// A path such as `areas[0].items[1]`, for messages.
  let path: String

  var location: SourceLocation { file.location(node.mark) }

  func error(_ id: String, _ message: String, hint: String? = nil) -> Diagnostic {
    Diagnostic(id: id, message: message, location: location, hint: hint)
  }

  var mapping: Node.Mapping? { node.mapping }

  /// The keys present, in order.
  var keys: [String] { mapping?.keys.compactMap { $0.scalar?.string } ?? [] }

  func requireMapping() throws(Diagnostic) {
    guard mapping != nil else {
      throw error("yaml.expected-mapping", L10n.t("{0} should be a mapping of 'key: value' lines, but is {1}", path, kindName))
    }
  }

  var kindName: String {
    switch node {
    case .scalar(let s): s.string.isEmpty ? L10n.t("empty") : L10n.t("the value '{0}'", s.string)
    case .sequence: L10n.t("a list")
    case .mapping: L10n.t("a mapping")
    }
  }

  func child(_ key: String) -> YAMLNode? {
    guard let mapping else { return nil }
    for (k, v) in mapping where k.scalar?.string == key {
      return YAMLNode(node: v, file: file, path: path.isEmpty ? key : "\(path).\(key)")
    }
    return nil
  }

  func required(_ key: String, hint: String? = nil) throws(Diagnostic) -> YAMLNode {
    guard let c = child(key) else {
      throw error("yaml.missing-key", path.isEmpty ? L10n.t("the file needs '{0}:'", key) : L10n.t("{0} needs '{1}:'", path, key), hint: hint)
    }
    return c
  }

  func string() throws(Diagnostic) -> String {
    guard let s = node.scalar else { throw error("yaml.expected-text", L10n.t("{0} should be text, but is {1}", path, kindName)) }
    return s.string
  }

  func optionalString(_ key: String) throws(Diagnostic) -> String? {
    try child(key)?.string()
  }

  func number() throws(Diagnostic) -> Double {
    let text = try string()
    guard let v = ValueParser.number(text), v.isFinite else {
      throw error("yaml.expected-number", L10n.t("{0} should be a number, but is '{1}'", path, text))
    }
    guard abs(v) <= Numeric.largest else {
      throw error("yaml.number-too-large", L10n.t("{0} is {1}: numbers are limited to ±1e15", path, text))
    }
    return v
  }

  func bool() throws(Diagnostic) -> Bool {
    let text = try string().lowercased()
    if ["true", "yes", "on"].contains(text) { return true }
    if ["false", "no", "off"].contains(text) { return false }
    throw error("yaml.expected-boolean", L10n.t("{0} should be true or false, but is '{1}'", path, text))
  }

  func list() throws(Diagnostic) -> [YAMLNode] {
    if case .scalar(let s) = node, s.string.isEmpty || s.tag.description.hasSuffix("null") { return [] }
    guard let seq = node.sequence else { throw error("yaml.expected-list", L10n.t("{0} should be a list ('- …' lines), but is {1}", path, kindName)) }
    return seq.enumerated().map { YAMLNode(node: $0.element, file: file, path: "\(path)[\($0.offset)]") }
  }

  func stringList() throws(Diagnostic) -> [String] {
    if case .scalar(let s) = node {
      return s.string.isEmpty ? [] : [s.string]
    }
    var out: [String] = []
    for item in try list() { out.append(try item.string()) }
    return out
  }

  /// `{zh: …, en: …}`, or a plain string taken as Chinese.
  func localized() throws(Diagnostic) -> LocalizedText {
    if case .scalar(let s) = node { return LocalizedText(zh: s.string, en: "") }
    try requireMapping()
    return LocalizedText(zh: try child("zh")?.string() ?? "", en: try child("en")?.string() ?? "")
  }

  /// The mapping's entries in order (each key's first value only when a key repeats).
  func entries() throws(Diagnostic) -> [(key: String, value: YAMLNode)] {
    guard let mapping else { return [] }
    var seen = Set<String>()
    var out: [(key: String, value: YAMLNode)] = []
    for (k, v) in mapping {
      let key = k.scalar?.string ?? ""
      guard seen.insert(key).inserted else { throw duplicateKey(key, at: k) }
      out.append((key, YAMLNode(node: v, file: file, path: path.isEmpty ? key : "\(path).\(key)")))
    }
    return out
  }

  private func duplicateKey(_ key: String, at node: Node) -> Diagnostic {
    Diagnostic(
      id: "yaml.duplicate-key", message: L10n.t("'{0}' appears twice in {1}", key, path.isEmpty ? L10n.t("the file") : path),
      location: file.location(node.mark, length: max(1, key.count)), hint: L10n.t("keep one of them"))
  }

  /// Rejects keys not in `allowed`, with "did you mean", and keys given twice.
  func checkKeys(_ allowed: [String]) throws(Diagnostic) {
    guard let mapping else { return }
    var seen = Set<String>()
    for (k, _) in mapping {
      let key = k.scalar?.string ?? ""
      guard seen.insert(key).inserted else { throw duplicateKey(key, at: k) }
      if !allowed.contains(key) {
        throw Diagnostic(
          id: "yaml.unknown-key",
          message: path.isEmpty ? L10n.t("unknown key '{0}' in the file", key) : L10n.t("unknown key '{0}' in {1}", key, path),
          location: file.location(k.mark),
          hint: Suggestions.hint(for: key, among: allowed) ?? L10n.t("allowed here: {0}", allowed.joined(separator: ", ")))
      }
    }
  }
}

/// A source file's text split into lines, for locating YAML marks.
struct SourceText: Sendable {
  let path: String
  let text: String
  let lines: [String]

  init(path: String, text: String) {
    self.path = path
    self.text = text
    self.lines = Self.lines(of: text)
  }

  /// The text's lines, split at "\n" and "\r\n" (as splitting the characters would, but a byte at
  /// a time: a line feed is always a character of its own, or the end of "\r\n").
  static func lines(of text: String) -> [String] {
    var text = text
    return text.withUTF8 { bytes in
      var lines: [String] = []
      var start = 0
      for i in bytes.indices where bytes[i] == 10 {
        let end = i > start && bytes[i - 1] == 13 ? i - 1 : i
        lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
        start = i + 1
      }
      lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
      return lines
    }
  }


  func lineText(_ line: Int) -> String? { lines.indices.contains(line - 1) ? lines[line - 1] : nil }

  /// A location for a libyaml mark (columns there count Unicode scalars, 1-based here).
  func location(_ mark: Mark?, length: Int = 1) -> SourceLocation {
    guard let mark else { return SourceLocation(path: path, line: 1, column: 1) }
    let text = lineText(mark.line)
    var column = mark.column
    if let text {
      // libyaml counts Unicode scalars; we count characters.
      let scalars = Array(text.unicodeScalars.prefix(max(0, mark.column - 1)))
      column = String(String.UnicodeScalarView(scalars)).count + 1
    }
    return SourceLocation(path: path, line: mark.line, column: column, length: length, lineText: text)
  }

  /// Parses the text as one YAML document, turning syntax errors into diagnostics.
  func compose() throws(Diagnostic) -> YAMLNode {
    if let deep = YAMLNesting.firstTooDeep(text) {
      let lineText = lineText(deep.line) ?? ""
      let column = String(decoding: Array(lineText.utf8.prefix(deep.offset)), as: UTF8.self).count + 1
      let message =
        deep.isFlow
        ? L10n.t("YAML nested more than {0} levels deep", YAMLNesting.maximumFlowDepth)
        : L10n.t("YAML nested too deeply: content starts past column {0}", YAMLNesting.maximumColumn)
      throw Diagnostic(
        id: "yaml.too-deep", message: message, location: SourceLocation(path: path, line: deep.line, column: column, lineText: lineText),
        hint: L10n.t("rubrics and baselines need only a few levels; check the brackets and the indentation here"))
    }
    do {
      guard let node = try Yams.compose(yaml: text) else {
        throw Diagnostic(id: "yaml.empty", message: L10n.t("the file is empty"), location: SourceLocation(path: path, line: 1, column: 1))
      }
      return YAMLNode(node: node, file: self, path: "")
    } catch let d as Diagnostic {
      throw d
    } catch let e as YamlError {
      throw SourceText.diagnostic(e, file: self)
    } catch {
      throw Diagnostic(id: "yaml.syntax", message: L10n.t("cannot read YAML: {0}", error), location: SourceLocation(path: path, line: 1, column: 1))
    }
  }

  static func diagnostic(_ e: YamlError, file: SourceText) -> Diagnostic {
    switch e {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let ctx = context.map { "\($0.text) " } ?? ""
      var hint: String?
      if problem.contains("mapping values are not allowed"),
        let line = file.lineText(mark.line), line.trimmingCharacters(in: .whitespaces).hasPrefix("formula:")
      {
        hint = L10n.t("a formula with named arguments ('per: 0.4') must be quoted or written as a block: 'formula: |' and the formula on the next lines")
      } else if problem.contains("mapping values are not allowed") {
        hint = L10n.t("text containing ': ' must be quoted")
      }
      return Diagnostic(id: "yaml.syntax", message: L10n.t("YAML syntax: {0}", "\(ctx)\(problem)"), location: file.location(mark), hint: hint)
    default:
      return Diagnostic(id: "yaml.syntax", message: L10n.t("cannot read YAML: {0}", e), location: SourceLocation(path: file.path, line: 1, column: 1))
    }
  }
}
