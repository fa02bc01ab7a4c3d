/// Horizontal bars for terminal charts, in eighths of a column.
enum Bars {
  static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

  /// A bar of `fraction` (0…1) of `width` columns.
  static func bar(_ fraction: Double, width: Int) -> String {
    guard fraction.isFinite, fraction > 0 else { return "" }
    let units = Int((min(1, fraction) * Double(width * 8)).rounded())
    return String(repeating: "█", count: units / 8) + eighths[units % 8]
  }

  /// A bar that grows leftwards from its right end, padded to `width` columns.
  static func leftBar(_ fraction: Double, width: Int) -> String {
    guard fraction.isFinite, fraction > 0 else { return String(repeating: " ", count: width) }
    let cells = min(width, max(1, Int((min(1, fraction) * Double(width)).rounded())))
    return String(repeating: " ", count: width - cells) + String(repeating: "█", count: cells)
  }
}
