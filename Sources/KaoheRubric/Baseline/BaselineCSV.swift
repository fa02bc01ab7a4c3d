import Foundation
import KaoheDiagnostics

/// Baselines as spreadsheets write them. Two layouts are read:
/// - long: a header row whose first cell is `input` (or 名称/指标/输入), then one row per input:
///   its full name or Chinese label, and its value (more columns are ignored);
/// - wide: a header row of input names or Chinese labels, and one row of values.
/// Values take units as typed (`-3%`, `1500万元`, `是`). Errors name the row and column.
public enum BaselineCSV {
  static let longHeaders = ["input", "name", "名称", "指标", "输入", "输入项"]

  /// Loads a CSV baseline from its bytes (UTF-8 with or without BOM, or GB18030).
  public static func load(data: Data, path: String, rubric: Rubric) throws(DiagnosticError) -> Baseline {
    guard let text = CSVText.decode(data) else {
      throw DiagnosticError(Diagnostic(id: "csv.encoding", message: L10n.t("{0} is neither UTF-8 nor GB18030 text", path), hint: L10n.t("save it from the spreadsheet as CSV UTF-8")))
    }
    return try load(text: text, path: path, rubric: rubric)
  }

  /// Loads a CSV baseline from text.
  public static func load(text: String, path: String, rubric: Rubric) throws(DiagnosticError) -> Baseline {
    let rows = CSVText.rows(text.strippingByteOrderMark)
    guard let header = rows.first else {
      throw DiagnosticError(Diagnostic(id: "csv.empty", message: L10n.t("{0} is empty", path), location: SourceLocation(path: path, line: 1, column: 1), hint: L10n.t("export a baseline with 'kaohe baseline export -o FILE.csv' to see the layout")))
    }
    var pairs: [(name: String, value: String, line: Int, column: Int)] = []
    if longHeaders.contains(header.cells[0].lowercased()) {
      for row in rows.dropFirst() {
        guard row.cells.count >= 2 else {
          throw DiagnosticError(Diagnostic(id: "csv.short-row", message: L10n.t("row {0} has 1 column; expected the input and its value", row.line), location: SourceLocation(path: path, line: row.line, column: 1)))
        }
        pairs.append((row.cells[0], row.cells[1], row.line, 2))
      }
    } else {
      guard rows.count == 2 else {
        throw DiagnosticError(Diagnostic(id: "csv.layout", message: L10n.t("{0} has {1} rows of values; a wide baseline has one", path, rows.count - 1), location: SourceLocation(path: path, line: rows.count > 2 ? rows[2].line : 1, column: 1), hint: L10n.t("use one row of values under the header, or the long layout with a first column headed 'input'")))
      }
      for (i, name) in header.cells.enumerated() where !name.isEmpty {
        let value = i < rows[1].cells.count ? rows[1].cells[i] : ""
        pairs.append((name, value, rows[1].line, i + 1))
      }
    }
    var values: [String: Double] = [:]
    var errors: [Diagnostic] = []
    for p in pairs {
      guard errors.count < BaselineLoader.maximumErrors else {
        errors.append(Diagnostic(id: "baseline.too-many-errors", message: L10n.t("stopped after {0} errors; the rest of the file was not checked", BaselineLoader.maximumErrors), location: SourceLocation(path: path, line: p.line, column: 1)))
        break
      }
      let place = L10n.t("row {0}, column {1}", p.line, p.column)
      guard let input = rubric.inputs.first(where: { $0.name == p.name || $0.label.zh == p.name }) else {
        errors.append(Diagnostic(id: "csv.unknown-input", message: "\(place): " + L10n.t("'{0}' is not an input of '{1}'", p.name, rubric.id), location: SourceLocation(path: path, line: p.line, column: p.column == 2 ? 1 : p.column), hint: Suggestions.hint(for: p.name, among: rubric.inputs.map(\.name)) ?? L10n.t("see 'kaohe inputs'")))
        continue
      }
      if values[input.name] != nil {
        errors.append(Diagnostic(id: "csv.duplicate", message: "\(place): " + L10n.t("'{0}' is given twice", input.name), location: SourceLocation(path: path, line: p.line, column: p.column)))
        continue
      }
      switch InputValues.check(p.value, for: input) {
      case .success(let v): values[input.name] = v
      case .failure(let f):
        errors.append(Diagnostic(id: f.id, message: "\(place): \(input.name): \(f.message)", location: SourceLocation(path: path, line: p.line, column: p.column), hint: f.hint))
      }
    }
    let missing = rubric.inputs.filter { values[$0.name] == nil && $0.defaultValue == nil }
    if !missing.isEmpty, errors.isEmpty {
      errors.append(Diagnostic(id: "baseline.missing-values", message: "\(path): " + L10n.t("{0} have no value: {1}", Plural.of(missing.count, "input"), missing.prefix(8).map(\.name).joined(separator: ", ") + (missing.count > 8 ? ", …" : "")), hint: L10n.t("add a row for each")))
    }
    guard errors.isEmpty else { throw DiagnosticError(errors) }
    for input in rubric.inputs where values[input.name] == nil { values[input.name] = input.defaultValue }
    let id = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    return Baseline(id: id, rubricID: rubric.id, title: LocalizedText(zh: id, en: ""), illustrative: false, note: nil, values: values, path: path)
  }

  /// One row of an exported baseline: an input with its value, unit, labels and range, as the
  /// CSV columns write them.
  public struct Row: Sendable, Hashable, Codable {
    /// The input's full name (column `input`).
    public var input: String
    /// Its value with its unit, as typed (`-3%`, `2家`, `true`, an option).
    public var value: String
    /// The unit (`%`, `家`), empty for booleans, choices and plain numbers.
    public var unit: String
    /// The Chinese label.
    public var label: String
    /// The English label (column `label_en`).
    public var labelEn: String
    /// The valid range (`-100%..100%`), a choice's options (`a/b`), or the kind when it has none.
    public var range: String
  }

  /// The rows of `baseline`, one per input of `rubric`, in the rubric's order.
  public static func rows(_ baseline: Baseline, rubric: Rubric) -> [Row] {
    rubric.inputs.map { input in
      let v = baseline.values[input.name] ?? input.defaultValue ?? 0
      let range: String
      if let r = input.range {
        range = "\(ValueParser.format(r.lowerBound, for: input))..\(ValueParser.format(r.upperBound, for: input))"
      } else {
        range = input.kind == .choice ? input.options.joined(separator: "/") : input.kind.rawValue
      }
      return Row(
        input: input.name, value: ValueParser.format(v, for: input), unit: input.unit, label: input.label.zh,
        labelEn: input.label.en, range: range)
    }
  }

  /// A baseline as long-layout CSV (UTF-8 with a byte-order mark, so spreadsheets open it cleanly).
  public static func export(_ baseline: Baseline, rubric: Rubric) -> String {
    var out = "\u{FEFF}" + CSVText.line(["input", "value", "unit", "label", "label_en", "range"])
    for row in rows(baseline, rubric: rubric) {
      out += CSVText.line([row.input, row.value, row.unit, row.label, row.labelEn, row.range])
    }
    return out
  }
}
