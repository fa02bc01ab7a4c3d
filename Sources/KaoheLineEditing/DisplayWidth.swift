/// Counts the terminal columns text takes: two for East Asian wide characters, none for marks.
///
/// A small table of the wide ranges is enough here and keeps the result the
/// same whatever the process's locale.
enum DisplayWidth {
  /// The number of terminal columns `text` occupies.
  static func columns(_ text: String) -> Int {
    text.reduce(0) { $0 + columns($1) }
  }

  /// The number of terminal columns one `Character` (grapheme cluster) occupies.
  static func columns(_ character: Character) -> Int {
    character.unicodeScalars.map(columns).max() ?? 0
  }

  /// The number of terminal columns one scalar occupies on its own.
  static func columns(_ scalar: Unicode.Scalar) -> Int {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .control:
      return 0
    default:
      return wideRanges.contains { $0.contains(scalar.value) } ? 2 : 1
    }
  }

  /// Code point ranges whose East Asian width is Wide or Fullwidth.
  private static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
    0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
    0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60,
    0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD,
    0x30000...0x3FFFD,
  ]
}
