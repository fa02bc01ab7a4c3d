import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Reading spreadsheet CSV: UTF-8 with or without a byte-order mark, or GB18030 (as Chinese
/// spreadsheets save it), quoted cells, commas and line breaks inside quotes.
public enum CSVText {
  /// The text of CSV bytes: UTF-8 (a byte-order mark is dropped), else GB18030.
  public static func decode(_ data: Data) -> String? {
    var bytes = data
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    if let s = String(data: bytes, encoding: .utf8) { return s }
    return gb18030(Array(bytes))
  }

  /// Converts GB18030 bytes to a String with iconv.
  static func gb18030(_ input: [UInt8]) -> String? {
    let cd = iconv_open("UTF-8", "GB18030")
    guard cd != iconv_t(bitPattern: -1) else { return nil }
    defer { iconv_close(cd) }
    var inBytes = input.map { CChar(bitPattern: $0) }
    var outBytes = [CChar](repeating: 0, count: input.count * 4 + 16)
    let ok: Bool = inBytes.withUnsafeMutableBufferPointer { inBuf in
      outBytes.withUnsafeMutableBufferPointer { outBuf in
        var inPtr = inBuf.baseAddress
        var inLeft = inBuf.count
        var outPtr = outBuf.baseAddress
        var outLeft = outBuf.count
        return iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) != -1 && inLeft == 0
      }
    }
    guard ok else { return nil }
    let end = outBytes.firstIndex(of: 0) ?? outBytes.count
    return String(decoding: outBytes[..<end].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Rows of cells, each with its 1-based line number.
  public static func rows(_ text: String) -> [(line: Int, cells: [String])] {
    var rows: [(Int, [String])] = []
    var cells: [String] = []
    var cell = ""
    var quoted = false
    var line = 1
    var rowLine = 1
    var chars = text.makeIterator()
    var pending: Character? = nil
    func next() -> Character? {
      if let p = pending {
        pending = nil
        return p
      }
      return chars.next()
    }
    while let c = next() {
      if quoted {
        if c == "\"" {
          if let n = next() {
            if n == "\"" { cell.append("\"") } else { quoted = false; pending = n }
          } else {
            quoted = false
          }
        } else {
          if c == "\n" || c == "\r\n" { line += 1 }
          cell.append(c)
        }
      } else if c == "\"" && cell.isEmpty {
        quoted = true
      } else if c == "," {
        cells.append(cell)
        cell = ""
      } else if c == "\n" || c == "\r\n" || c == "\r" {
        cells.append(cell)
        rows.append((rowLine, cells))
        cells = []
        cell = ""
        line += 1
        rowLine = line
      } else {
        cell.append(c)
      }
    }
    if !cell.isEmpty || !cells.isEmpty {
      cells.append(cell)
      rows.append((rowLine, cells))
    }
    return rows.map { ($0.0, $0.1.map { $0.trimmingCharacters(in: .whitespaces) }) }
      .filter { !$0.1.allSatisfy(\.isEmpty) }
  }

  /// One CSV line of cells (quoted where needed), ending with CRLF.
  public static func line(_ cells: [String]) -> String {
    cells.map { c in
      c.contains(",") || c.contains("\"") || c.contains("\n") ? "\"" + c.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : c
    }.joined(separator: ",") + "\r\n"
  }
}
