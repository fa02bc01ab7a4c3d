import Foundation
import KaoheDiagnostics

/// Baselines as spreadsheets write them: a header row `input,value` (or Chinese labels), one input a row.
public enum BaselineCSV {
  /// Loads a CSV baseline; rows name an input (full name or Chinese label) and its value.
  public static func load(text: String, path: String, rubric: Rubric) throws(DiagnosticError) -> Baseline {
    let lines = text.strippingByteOrderMark.split(whereSeparator: \.isNewline).map(String.init)
    var values: [String: Double] = [:]
    var errors: [Diagnostic] = []
    for (i, line) in lines.enumerated() where i > 0 && !line.trimmingCharacters(in: .whitespaces).isEmpty {
      let cells = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \"")) }
      guard cells.count >= 2 else {
        errors.append(Diagnostic(id: "csv.short-row", message: "row \(i + 1) has \(cells.count) column; expected input,value", location: SourceLocation(path: path, line: i + 1, column: 1, lineText: line)))
        continue
      }
      let key = cells[0]
      guard let input = rubric.inputs.first(where: { $0.name == key || $0.label.zh == key }) else {
        errors.append(Diagnostic(id: "csv.unknown-input", message: "row \(i + 1), column 1: '\(key)' is not an input of '\(rubric.id)'", location: SourceLocation(path: path, line: i + 1, column: 1, length: key.count, lineText: line), hint: Suggestions.hint(for: key, among: rubric.inputs.map(\.name))))
        continue
      }
      switch InputValues.check(cells[1], for: input) {
      case .success(let v): values[input.name] = v
      case .failure(let f):
        errors.append(Diagnostic(id: f.id, message: "row \(i + 1), column 2: \(input.name): \(f.message)", location: SourceLocation(path: path, line: i + 1, column: cells[0].count + 2, lineText: line), hint: f.hint))
      }
    }
    let missing = rubric.inputs.filter { values[$0.name] == nil && $0.defaultValue == nil }
    if !missing.isEmpty {
      errors.append(Diagnostic(id: "baseline.missing-values", message: "\(path): \(missing.count) inputs have no value: \(missing.prefix(8).map(\.name).joined(separator: ", "))"))
    }
    guard errors.isEmpty else { throw DiagnosticError(errors) }
    for input in rubric.inputs where values[input.name] == nil { values[input.name] = input.defaultValue }
    let id = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    return Baseline(id: id, rubricID: rubric.id, title: LocalizedText(zh: id, en: ""), illustrative: false, note: nil, values: values, path: path)
  }
}
