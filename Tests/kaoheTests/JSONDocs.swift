import Foundation

/// A JSON value, as the schema tests read the output of `--json`.
indirect enum JSONValue: Decodable, Equatable {
  case object([String: JSONValue])
  case array([JSONValue])
  case string(String)
  case number(Double)
  case bool(Bool)
  case null

  init(from decoder: any Decoder) throws {
    let c = try decoder.singleValueContainer()
    if c.decodeNil() {
      self = .null
    } else if let b = try? c.decode(Bool.self) {
      self = .bool(b)
    } else if let n = try? c.decode(Double.self) {
      self = .number(n)
    } else if let s = try? c.decode(String.self) {
      self = .string(s)
    } else if let a = try? c.decode([JSONValue].self) {
      self = .array(a)
    } else {
      self = .object(try c.decode([String: JSONValue].self))
    }
  }

  static func parse(_ text: String) throws -> JSONValue {
    try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
  }

  /// What it is, for messages.
  var kind: String {
    switch self {
    case .object: "an object"
    case .array: "an array"
    case .string: "a string"
    case .number: "a number"
    case .bool: "a boolean"
    case .null: "null"
    }
  }

  /// Every key with the path to it (`rows[].rank`), for comparing the shape of two values.
  func keyPaths(_ prefix: String = "") -> Set<String> {
    switch self {
    case .object(let o):
      return o.reduce(into: Set<String>()) { out, pair in
        let path = prefix.isEmpty ? pair.key : prefix + "." + pair.key
        out.insert(path)
        out.formUnion(pair.value.keyPaths(path))
      }
    case .array(let items):
      return items.reduce(into: Set<String>()) { $0.formUnion($1.keyPaths(prefix + "[]")) }
    default:
      return []
    }
  }
}

/// The field tables of docs/json.md. Each table follows a marker naming the JSON paths it
/// describes, `<!-- json: run.cells[] -->` (a shared type lists several, separated by commas), and
/// has the columns `field | type | present | meaning`. A path starts with the command
/// (`baseline export`), `[]` stands for the elements of an array and `.` for a field.
struct JSONDocs {
  /// A documented type.
  indirect enum FieldType: CustomStringConvertible {
    case string, number, integer, boolean
    /// `object of strings`: names mapped to strings.
    case stringMap
    case array(FieldType)
    /// An object type with its own table.
    case named(String)

    /// Reads a type column: `string`, `array of numbers`, `array of [Cell](#run-cell)`.
    init?(_ text: String) {
      let plain = text.replacingOccurrences(of: #"\[([^\]]+)\]\([^)]*\)"#, with: "$1", options: .regularExpression)
        .trimmingCharacters(in: .whitespaces)
      if plain.hasPrefix("array of ") {
        var element = String(plain.dropFirst("array of ".count))
        if element.hasPrefix("arrays of ") {
          element = "array of " + element.dropFirst("arrays of ".count)
        } else if ["strings", "numbers", "integers", "booleans"].contains(element) {
          element.removeLast()
        }
        guard let e = FieldType(element) else { return nil }
        self = .array(e)
        return
      }
      switch plain {
      case "string": self = .string
      case "number": self = .number
      case "integer": self = .integer
      case "boolean": self = .boolean
      case "object of strings": self = .stringMap
      default:
        guard let first = plain.first, first.isUppercase, !plain.contains(" ") else { return nil }
        self = .named(plain)
      }
    }

    var description: String {
      switch self {
      case .string: "string"
      case .number: "number"
      case .integer: "integer"
      case .boolean: "boolean"
      case .stringMap: "object of strings"
      case .array(let e): "array of \(e)"
      case .named(let n): n
      }
    }
  }

  /// One row of a table.
  struct Field {
    var name: String
    var type: FieldType
    /// Whether the `present` column says `always`.
    var always: Bool
  }

  /// One table: the paths it describes and its fields.
  struct Table {
    var paths: [String]
    var fields: [Field]
  }

  var tables: [Table] = []
  /// Rows the tests could not read, as messages.
  var malformed: [String] = []

  /// The fields documented at a path.
  func fields(at path: String) -> [Field]? {
    tables.first { $0.paths.contains(path) }?.fields
  }

  /// The commands the tables document.
  var commands: Set<String> { Set(tables.flatMap { $0.paths.map(Self.command(of:)) }) }

  /// The command a path starts with: `baseline export` for `baseline export.values[]`.
  static func command(of path: String) -> String {
    String(path.prefix { $0 != "." && $0 != "[" })
  }

  static func load() throws -> JSONDocs {
    let url = CLI.packageRoot.appendingPathComponent("docs/json.md")
    return parse(try String(contentsOf: url, encoding: .utf8))
  }

  static func parse(_ text: String) -> JSONDocs {
    var docs = JSONDocs()
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for (i, line) in lines.enumerated() where line.hasPrefix("<!-- json:") && line.hasSuffix("-->") {
      let paths = line.dropFirst("<!-- json:".count).dropLast("-->".count).split(separator: ",")
        .map { $0.trimmingCharacters(in: .whitespaces) }
      let rows = lines[(i + 1)...].drop { $0.isEmpty }.prefix { $0.hasPrefix("|") }
      guard rows.first?.replacingOccurrences(of: " ", with: "") == "|field|type|present|meaning|" else {
        docs.malformed.append("\(line): not followed by a table with the columns field | type | present | meaning")
        continue
      }
      var fields: [Field] = []
      for row in rows.dropFirst(2) {
        let cells = row.split(separator: "|", omittingEmptySubsequences: false).dropFirst().map {
          $0.trimmingCharacters(in: .whitespaces)
        }
        guard cells.count >= 4, let type = FieldType(cells[1]) else {
          docs.malformed.append("\(paths.joined(separator: ", ")): cannot read the row \(row)")
          continue
        }
        fields.append(Field(name: cells[0].trimmingCharacters(in: ["`"]), type: type, always: cells[2] == "always"))
      }
      for path in paths where docs.fields(at: path) != nil {
        docs.malformed.append("\(path) has two tables in docs/json.md")
      }
      docs.tables.append(Table(paths: paths, fields: fields))
    }
    return docs
  }
}

/// Compares real `--json` output with docs/json.md: every field in the output is documented, with
/// its type; every field documented as always present is there; and, over all the outputs checked,
/// every documented field was seen at least once.
struct JSONSchemaCheck {
  let docs: JSONDocs
  /// What differs, each once.
  var problems: [String] { found }
  private var found: [String] = []
  /// The fields seen at each path.
  private(set) var seen: [String: Set<String>] = [:]

  init(docs: JSONDocs) {
    self.docs = docs
    found = docs.malformed
  }

  /// Checks the output of one run of `command`.
  mutating func check(_ output: JSONValue, command: String, run: String) {
    if case .array(let items) = output {
      for item in items { object(item, at: command + "[]", run: run) }
    } else {
      object(output, at: command, run: run)
    }
  }

  private mutating func object(_ v: JSONValue, at path: String, run: String) {
    guard let fields = docs.fields(at: path) else {
      report("\(run): \(path) has no table in docs/json.md")
      return
    }
    guard case .object(let o) = v else {
      report("\(run): \(path) is \(v.kind), documented as an object")
      return
    }
    let names = Set(fields.map(\.name))
    for key in o.keys.sorted() where !names.contains(key) {
      report("\(run): \(path).\(key) is in the output but not in docs/json.md")
    }
    for field in fields {
      guard let value = o[field.name] else {
        if field.always { report("\(run): \(path).\(field.name) is documented as always present, but is missing") }
        continue
      }
      seen[path, default: []].insert(field.name)
      check(value, field.type, at: path + "." + field.name, run: run)
    }
  }

  private mutating func check(_ v: JSONValue, _ type: JSONDocs.FieldType, at path: String, run: String) {
    switch (type, v) {
    case (.string, .string), (.number, .number), (.boolean, .bool):
      return
    case (.integer, .number(let n)) where n == n.rounded():
      return
    case (.stringMap, .object(let o)):
      for (key, value) in o where value.kind != "a string" {
        report("\(run): \(path).\(key) is \(value.kind), documented as a string")
      }
    case (.array(let element), .array(let items)):
      for item in items { check(item, element, at: path + "[]", run: run) }
    case (.named, .object):
      object(v, at: path, run: run)
    default:
      report("\(run): \(path) is \(v.kind), documented as \(type)")
    }
  }

  private mutating func report(_ problem: String) {
    if !found.contains(problem) { found.append(problem) }
  }

  /// Documented fields of the tables of `commands` never seen in any output checked.
  func unseen(commands: Set<String>) -> [String] {
    var out: [String] = []
    for table in docs.tables where table.paths.contains(where: { commands.contains(JSONDocs.command(of: $0)) }) {
      let seenHere = table.paths.reduce(into: Set<String>()) { $0.formUnion(seen[$1] ?? []) }
      for field in table.fields where !seenHere.contains(field.name) {
        out.append(
          "\(table.paths.joined(separator: ", ")).\(field.name) is documented but never appeared in the outputs checked"
        )
      }
    }
    return out
  }
}
