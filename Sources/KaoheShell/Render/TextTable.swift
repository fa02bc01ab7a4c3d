import KaoheDiagnostics

/// A plain-text table whose columns line up with Chinese text counted as two columns wide.
public struct TextTable: Sendable {
  /// How a column's cells are aligned.
  public enum Alignment: Sendable { case left, right }

  /// Column headings.
  public var headers: [String]
  /// Column alignments.
  public var alignments: [Alignment]
  /// The rows (each as many cells as headers).
  public var rows: [[String]] = []
  /// The widest a left-aligned cell may be before it is cut with `…`.
  public var maximumCellWidth = 60
  /// Columns never cut, such as names a user copies.
  public var untruncated: Set<Int> = []

  /// Creates an empty table.
  public init(_ headers: [String], alignments: [Alignment]? = nil) {
    self.headers = headers
    self.alignments = alignments ?? headers.map { _ in .left }
  }

  /// Adds a row.
  public mutating func add(_ row: [String]) { rows.append(row) }

  /// The table as lines of text, with a rule under the headings; no trailing spaces.
  public func render() -> String {
    let all = [headers] + rows
    let cut = all.map { row in row.enumerated().map { i, c in alignment(i) == .left && !untruncated.contains(i) ? DisplayWidth.truncate(c, to: maximumCellWidth) : c } }
    var widths = [Int](repeating: 0, count: headers.count)
    for row in cut { for (i, c) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], DisplayWidth.of(c)) } }
    func line(_ row: [String]) -> String {
      var parts: [String] = []
      for i in 0..<headers.count {
        let c = i < row.count ? row[i] : ""
        parts.append(alignment(i) == .left ? DisplayWidth.padRight(c, to: widths[i]) : DisplayWidth.padLeft(c, to: widths[i]))
      }
      return trimTrailing(parts.joined(separator: "  "))
    }
    var out = [line(cut[0]), widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")]
    out += cut.dropFirst().map(line)
    return out.joined(separator: "\n")
  }

  private func alignment(_ i: Int) -> Alignment { i < alignments.count ? alignments[i] : .left }

  private func trimTrailing(_ s: String) -> String {
    var t = s
    while t.hasSuffix(" ") { t.removeLast() }
    return t
  }
}
