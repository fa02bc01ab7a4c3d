import KaoheDiagnostics

/// A bound on how deeply a YAML text nests, found before the text reaches Yams: Yams composes
/// nodes by recursion, so `[[[[…` ten thousand deep, or ten thousand `- ` on one line, would
/// overflow the stack instead of giving an error.
///
/// It follows libyaml's tokens closely enough for that purpose: flow collections (`[` and `{`
/// outside quoted scalars, comments and block scalars) count one level each; block collections can
/// only nest as far as their indicators' column, so a line whose content starts further right than
/// `maximumColumn` (after its indentation and any `- `, `? ` and `: ` indicators) is refused.
/// Real rubrics use a handful of levels of each.
enum YAMLNesting {
  /// The deepest flow nesting accepted.
  static let maximumFlowDepth = 64
  /// The furthest column (0-based, in bytes) at which a block collection may start.
  static let maximumColumn = 160

  /// The place (1-based line, 0-based byte offset in that line) and kind of the first nesting past
  /// the limits, or nil.
  static func firstTooDeep(_ text: String) -> (line: Int, offset: Int, isFlow: Bool)? {
    var scanner = Scanner()
    var lineNumber = 0
    for line in lines(Array(text.utf8)) {
      lineNumber += 1
      if let (offset, isFlow) = scanner.scan(Array(line)) { return (lineNumber, offset, isFlow) }
    }
    return nil
  }

  /// The text's lines as libyaml breaks them: at `\n`, `\r\n`, a lone `\r`, NEL (U+0085) and the
  /// line and paragraph separators (U+2028, U+2029), each break left out.
  static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
    var out: [ArraySlice<UInt8>] = []
    var start = 0
    var i = 0
    while i < bytes.count {
      var width = 0
      switch bytes[i] {
      case UInt8(ascii: "\n"): width = 1
      case UInt8(ascii: "\r"): width = i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\n") ? 2 : 1
      case 0xC2 where i + 1 < bytes.count && bytes[i + 1] == 0x85: width = 2
      case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
        width = 3
      default: break
      }
      if width == 0 {
        i += 1
        continue
      }
      out.append(bytes[start..<i])
      i += width
      start = i
    }
    out.append(bytes[start...])
    return out
  }

  private struct Scanner {
    var flow = 0
    var quote: UInt8?
    /// Inside a block scalar: the indentation its content must exceed, and (once seen) its own.
    var blockScalar: (parent: Int, content: Int?)?

    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")

    private static func isBlank(_ b: UInt8?) -> Bool { b == nil || b == space || b == tab || b == UInt8(ascii: "\r") }

    /// Scans one line; returns where it nests too deep.
    mutating func scan(_ line: [UInt8]) -> (Int, Bool)? {
      var i = 0
      while i < line.count, line[i] == Self.space { i += 1 }
      let indent = i
      if let block = blockScalar {
        if line[i...].allSatisfy({ Self.isBlank($0) }) { return nil }
        let content = block.content ?? indent
        if indent > block.parent, indent >= content {
          blockScalar = (block.parent, content)
          return nil
        }
        blockScalar = nil
      }
      if flow == 0, quote == nil {
        var lastDash = indent
        while i < line.count, line[i] == UInt8(ascii: "-") || line[i] == UInt8(ascii: "?") || line[i] == UInt8(ascii: ":"),
          Self.isBlank(i + 1 < line.count ? line[i + 1] : nil)
        {
          // An indicator opens a block collection at its own column, whether content follows or
          // not (a line of nothing but `- - - …` nests as deep as it is long).
          if i > YAMLNesting.maximumColumn { return (i, false) }
          lastDash = i
          i += 1
          while i < line.count, line[i] == Self.space || line[i] == Self.tab { i += 1 }
        }
        if i > YAMLNesting.maximumColumn, i < line.count, !Self.isBlank(line[i]) { return (i, false) }
        return scanTokens(line, from: i, tokenStart: true, contentStart: i, dash: lastDash)
      }
      return scanTokens(line, from: i, tokenStart: quote == nil, contentStart: i, dash: indent)
    }

    private mutating func scanTokens(_ line: [UInt8], from start: Int, tokenStart: Bool, contentStart: Int, dash: Int)
      -> (Int, Bool)?
    {
      var i = start
      var atToken = tokenStart
      while i < line.count {
        let b = line[i]
        if let q = quote {
          if q == UInt8(ascii: "\"") && b == UInt8(ascii: "\\") {
            i += 2
            continue
          }
          if b == q {
            if q == UInt8(ascii: "'"), i + 1 < line.count, line[i + 1] == q {
              i += 2
              continue
            }
            quote = nil
          }
          i += 1
          continue
        }
        switch b {
        case UInt8(ascii: "#") where i == 0 || line[i - 1] == Self.space || line[i - 1] == Self.tab:
          return nil
        case Self.space, Self.tab:
          break
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
          if atToken { quote = b }
          atToken = false
        case UInt8(ascii: "["), UInt8(ascii: "{"):
          if flow > 0 || atToken {
            flow += 1
            if flow > YAMLNesting.maximumFlowDepth { return (i, true) }
            atToken = true
          } else {
            atToken = false
          }
        case UInt8(ascii: "]"), UInt8(ascii: "}"):
          if flow > 0 { flow -= 1 }
          atToken = false
        case UInt8(ascii: ","):
          atToken = flow > 0
        case UInt8(ascii: ":") where Self.isBlank(i + 1 < line.count ? line[i + 1] : nil):
          atToken = true
        case UInt8(ascii: "&"), UInt8(ascii: "!"), UInt8(ascii: "*"):
          // An anchor, tag or alias: the token after it may still start a collection or a quote.
          if !atToken { break }
          while i + 1 < line.count, !Self.isBlank(line[i + 1]) { i += 1 }
        case UInt8(ascii: "|") where atToken && flow == 0, UInt8(ascii: ">") where atToken && flow == 0:
          blockScalar = (parent: i == contentStart ? dash : contentStart, content: nil)
          return nil
        default:
          atToken = false
        }
        i += 1
      }
      return nil
    }
  }
}
