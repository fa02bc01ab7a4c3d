/// Terminal display width: East Asian wide and fullwidth characters take two columns.
public enum DisplayWidth {
  /// The number of terminal columns `text` occupies.
  public static func of(_ text: String) -> Int {
    var width = 0
    for scalar in text.unicodeScalars { width += of(scalar) }
    return width
  }

  /// The columns one scalar takes: 0 for combining marks and controls, 2 for wide ones, else 1.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v == 0 || (v < 32) || (v >= 0x7F && v < 0xA0) { return 0 }
    if (0x0300...0x036F).contains(v) || v == 0x200B || (0xFE00...0xFE0F).contains(v) { return 0 }
    if isWide(v) { return 2 }
    return 1
  }

  private static func isWide(_ v: UInt32) -> Bool {
    (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
      || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
      || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
      || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
      || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x3FFFD).contains(v)
  }

  /// `text` padded with spaces on the right to `width` columns.
  public static func padRight(_ text: String, to width: Int) -> String {
    let w = of(text)
    return w >= width ? text : text + String(repeating: " ", count: width - w)
  }

  /// `text` padded with spaces on the left to `width` columns.
  public static func padLeft(_ text: String, to width: Int) -> String {
    let w = of(text)
    return w >= width ? text : String(repeating: " ", count: width - w) + text
  }

  /// `text` cut to at most `width` columns, ending with `…` when cut.
  public static func truncate(_ text: String, to width: Int) -> String {
    if of(text) <= width { return text }
    var out = ""
    var used = 0
    for ch in text {
      let w = of(String(ch))
      if used + w > width - 1 { break }
      out.append(ch)
      used += w
    }
    return out + "…"
  }
}
