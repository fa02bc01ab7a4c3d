import KaoheDiagnostics
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
      throw error("yaml.expected-mapping", "\(path) should be a mapping of 'key: value' lines, but is \(kindName)")
    }
  }

  var kindName: String {
    switch node {
    case .scalar(let s): s.string.isEmpty ? "empty" : "the value '\(s.string)'"
    case .sequence: "a list"
    case .mapping: "a mapping"
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
      throw error("yaml.missing-key", "\(path.isEmpty ? "the file" : path) needs '\(key):'", hint: hint)
    }
    return c
  }

  func string() throws(Diagnostic) -> String {
    guard let s = node.scalar else { throw error("yaml.expected-text", "\(path) should be text, but is \(kindName)") }
    return s.string
  }

  func optionalString(_ key: String) throws(Diagnostic) -> String? {
    try child(key)?.string()
  }

  func number() throws(Diagnostic) -> Double {
    let text = try string()
    guard let v = ValueParser.number(text), v.isFinite else {
      throw error("yaml.expected-number", "\(path) should be a number, but is '\(text)'")
    }
    return v
  }

  func bool() throws(Diagnostic) -> Bool {
    let text = try string().lowercased()
    if ["true", "yes", "on"].contains(text) { return true }
    if ["false", "no", "off"].contains(text) { return false }
    throw error("yaml.expected-boolean", "\(path) should be true or false, but is '\(text)'")
  }

  func list() throws(Diagnostic) -> [YAMLNode] {
    if case .scalar(let s) = node, s.string.isEmpty || s.tag.description.hasSuffix("null") { return [] }
    guard let seq = node.sequence else { throw error("yaml.expected-list", "\(path) should be a list ('- …' lines), but is \(kindName)") }
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

  /// Rejects keys not in `allowed`, with "did you mean".
  func checkKeys(_ allowed: [String]) throws(Diagnostic) {
    guard let mapping else { return }
    for (k, _) in mapping {
      let key = k.scalar?.string ?? ""
      if !allowed.contains(key) {
        throw Diagnostic(
          id: "yaml.unknown-key", message: "unknown key '\(key)' in \(path.isEmpty ? "the file" : path)",
          location: file.location(k.mark),
          hint: Suggestions.hint(for: key, among: allowed) ?? "allowed here: \(allowed.joined(separator: ", "))")
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
    self.lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
      .map(String.init)
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
    do {
      guard let node = try Yams.compose(yaml: text) else {
        throw Diagnostic(id: "yaml.empty", message: "the file is empty", location: SourceLocation(path: path, line: 1, column: 1))
      }
      return YAMLNode(node: node, file: self, path: "")
    } catch let d as Diagnostic {
      throw d
    } catch let e as YamlError {
      throw SourceText.diagnostic(e, file: self)
    } catch {
      throw Diagnostic(id: "yaml.syntax", message: "cannot read YAML: \(error)", location: SourceLocation(path: path, line: 1, column: 1))
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
        hint = "a formula with named arguments ('per: 0.4') must be quoted or written as a block: 'formula: |' and the formula on the next lines"
      } else if problem.contains("mapping values are not allowed") {
        hint = "text containing ': ' must be quoted"
      }
      return Diagnostic(id: "yaml.syntax", message: "YAML syntax: \(ctx)\(problem)", location: file.location(mark), hint: hint)
    default:
      return Diagnostic(id: "yaml.syntax", message: "cannot read YAML: \(e)", location: SourceLocation(path: file.path, line: 1, column: 1))
    }
  }
}
