import Foundation
import KaoheDiagnostics

/// Reads a scenario file. Errors name the file and line.
public enum ScenarioParser {
  /// Parses `text`; `path` names it in diagnostics.
  public static func parse(_ text: String, path: String) throws(DiagnosticError) -> Scenario {
    let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    let lines = body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init)
    func fail(_ line: Int, _ message: String, hint: String? = nil) -> DiagnosticError {
      let text = lines.indices.contains(line - 1) ? lines[line - 1] : nil
      return DiagnosticError(Diagnostic(id: "scenario.syntax", message: message, location: SourceLocation(path: path, line: line, column: 1, length: max(1, text?.count ?? 1), lineText: text), hint: hint))
    }
    guard let first = lines.first, first.hasPrefix("kaohe scenario ") else {
      throw fail(1, L10n.t("not a Kaohe scenario: the first line should be 'kaohe scenario {0}'", Scenario.formatVersion), hint: L10n.t("record one in the REPL with 'record FILE' or 'save FILE'"))
    }
    guard Int(first.dropFirst("kaohe scenario ".count)) == Scenario.formatVersion else {
      throw fail(1, L10n.t("unsupported scenario version '{0}'", first.dropFirst("kaohe scenario ".count)), hint: L10n.t("this Kaohe reads version {0}", Scenario.formatVersion))
    }
    var fields: [String: String] = [:]
    var fieldLines: [String: (number: Int, text: String)] = [:]
    var index = 1
    while index < lines.count, lines[index] != "---" {
      let line = lines[index]
      if line.trimmingCharacters(in: .whitespaces).isEmpty {
        index += 1
        continue
      }
      guard let colon = line.firstIndex(of: ":") else { throw fail(index + 1, L10n.t("header line should read 'key: value'"), hint: L10n.t("end the header with a line '---'")) }
      let key = String(line[..<colon])
      guard fields[key] == nil else { throw fail(index + 1, L10n.t("the header gives '{0}' twice", key), hint: L10n.t("keep one of them")) }
      fields[key] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      fieldLines[key] = (index + 1, line)
      index += 1
    }
    guard index < lines.count else { throw fail(max(1, lines.count - (lines.last == "" ? 1 : 0)), L10n.t("the header never ends: no '---' line"), hint: L10n.t("the file may be cut off; add '---' after the header")) }
    guard let rubricField = fields["rubric"], !rubricField.isEmpty else { throw fail(2, L10n.t("the header has no 'rubric:' line")) }
    let rubricParts = rubricField.split(separator: " ").map(String.init)
    func pairs(_ field: String) -> [(String, String)] {
      (fields[field] ?? "").split(separator: ",").compactMap { part in
        let kv = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        return kv.count == 2 ? (kv[0], kv[1]) : nil
      }
    }
    let policies = pairs("policies")
    var header = Scenario.Header(rubric: rubricParts[0], rubricHash: rubricParts.count > 1 ? rubricParts[1] : "", baseline: fields["baseline"] ?? "", policies: policies, inputs: pairs("inputs"), language: fields["language"] ?? "en")
    let (cells, commandLines) = cells(lines, from: index + 1)
    header.origin = Scenario.Header.Origin(path: path, lines: fieldLines, commandLines: commandLines)
    return Scenario(header: header, cells: cells)
  }

  /// Cells after the header: `> ` starts a command whose output lines are indented by two spaces
  /// (a blank line inside output is kept when more output follows); other lines are prose, one
  /// paragraph per run of non-blank lines.
  private static func cells(_ lines: [String], from start: Int) -> ([Scenario.Cell], [Int]) {
    var cells: [Scenario.Cell] = []
    var commandLines: [Int] = []
    var prose: [String] = []
    var i = start
    func flushProse() {
      if !prose.isEmpty { cells.append(.prose(prose)) }
      prose = []
    }
    while i < lines.count {
      let line = lines[i]
      if line.hasPrefix("> ") || line == ">" {
        flushProse()
        commandLines.append(i + 1)
        var output: [String] = []
        i += 1
        while i < lines.count {
          let l = lines[i]
          if l.hasPrefix("  ") {
            output.append(String(l.dropFirst(2)))
          } else if l.trimmingCharacters(in: .whitespaces).isEmpty, i + 1 < lines.count, lines[i + 1].hasPrefix("  ") {
            output.append("")
          } else {
            break
          }
          i += 1
        }
        cells.append(.command(String(line.dropFirst(2)), output: output))
      } else if line.trimmingCharacters(in: .whitespaces).isEmpty {
        flushProse()
        i += 1
      } else {
        prose.append(line)
        i += 1
      }
    }
    flushProse()
    return (cells, commandLines)
  }
}
