/// Lays completion candidates out in columns, the way `ls` does, for listing below the line.
enum CandidateColumns {
  /// The most candidates listed; the rest are summarised in a final line.
  static let listLimit = 200

  /// Formats `candidates` column by column to fit in `width` terminal columns.
  ///
  /// East Asian wide characters count as two columns. Every row, including the
  /// last, ends with a newline.
  static func format(_ candidates: [String], width: Int, limit: Int = listLimit) -> String {
    let shown = Array(candidates.prefix(max(limit, 0)))
    guard !shown.isEmpty else { return "" }
    let widths = shown.map(DisplayWidth.columns)
    let columnWidth = (widths.max() ?? 0) + 2
    let columnCount = max(1, (max(width, 1) + 2) / columnWidth)
    let rowCount = (shown.count + columnCount - 1) / columnCount
    var text = ""
    for row in 0..<rowCount {
      text += formatRow(row, rowCount: rowCount, shown: shown, widths: widths, columnWidth: columnWidth)
    }
    if candidates.count > shown.count {
      text += "(\(candidates.count - shown.count) more)\n"
    }
    return text
  }

  /// Formats one row: the candidates at `row`, `row + rowCount`, … padded to `columnWidth`.
  private static func formatRow(
    _ row: Int, rowCount: Int, shown: [String], widths: [Int], columnWidth: Int
  ) -> String {
    let indices = Array(stride(from: row, to: shown.count, by: rowCount))
    var line = ""
    for index in indices {
      line += shown[index]
      if index != indices.last {
        line += String(repeating: " ", count: columnWidth - widths[index])
      }
    }
    return line + "\n"
  }
}
