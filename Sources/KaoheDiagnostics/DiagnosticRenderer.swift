/// Renders diagnostics the way the Swift compiler does: `file:line:col: error: message`, the source
/// line, and a caret under the span, wide characters counted as two columns.
public enum DiagnosticRenderer {
  /// Renders one diagnostic as text (several lines, no trailing newline).
  public static func render(_ diagnostic: Diagnostic, color: Bool = false) -> String {
    var lines: [String] = []
    let label = paint(L10n.t(diagnostic.severity.rawValue), severityColor(diagnostic.severity), color)
    if let loc = diagnostic.location {
      lines.append("\(loc.path):\(loc.line):\(loc.column): \(label): \(diagnostic.message)")
      if let text = loc.lineText {
        lines.append(contentsOf: caretLines(text: text, column: loc.column, length: loc.length, color: color))
      }
    } else {
      lines.append("\(label): \(diagnostic.message)")
    }
    for note in diagnostic.notes { lines.append("  \(L10n.t("note")): \(note)") }
    if let hint = diagnostic.hint { lines.append("  \(L10n.t("hint")): \(hint)") }
    return lines.joined(separator: "\n")
  }

  /// Renders many diagnostics, one after another.
  public static func render(_ diagnostics: [Diagnostic], color: Bool = false) -> String {
    diagnostics.map { render($0, color: color) }.joined(separator: "\n")
  }

  /// The source line and a caret line under `column ..< column+length` (1-based, in characters).
  public static func caretLines(text: String, column: Int, length: Int, color: Bool = false) -> [String] {
    var chars = Array(text.replacingTabs())
    var start = min(max(0, column - 1), chars.count)
    var end = min(chars.count, start + max(1, length))
    // A very long line (a 1 MB formula, say) is cut to a window around the span.
    let window = 100
    if chars.count > 2 * window {
      let from = max(0, start - window / 2)
      let to = min(chars.count, max(end, start + 1) + window / 2)
      let clippedEnd = min(end, from + 2 * window)
      let head = from > 0 ? Array("…") : []
      let tail = to < chars.count ? Array("…") : []
      chars = head + Array(chars[from..<min(to, from + 2 * window)]) + tail
      start = start - from + head.count
      end = clippedEnd - from + head.count
    }
    let pad = DisplayWidth.of(String(chars[0..<start]))
    let spanWidth = max(1, DisplayWidth.of(String(chars[start..<min(end, chars.count)])))
    let marker = "^" + String(repeating: "~", count: max(0, min(spanWidth, 2 * window) - 1))
    return ["  " + String(chars), "  " + String(repeating: " ", count: pad) + paint(marker, "32", color)]
  }


  private static func severityColor(_ severity: Severity) -> String {
    switch severity {
    case .error: "31"
    case .warning: "33"
    case .note: "36"
    }
  }

  private static func paint(_ text: String, _ code: String, _ on: Bool) -> String {
    on ? "\u{1B}[1;\(code)m\(text)\u{1B}[0m" : text
  }
}

extension String {
  fileprivate func replacingTabs() -> String {
    var out = ""
    for ch in self { out.append(ch == "\t" ? " " : ch) }
    return out
  }
}
