import Foundation
import KaoheDiagnostics

/// Colour for the terminal: gains green, losses red, `error:` red and `hint:` dim. Used only when
/// the stream is a terminal and NO_COLOR is not set.
enum Painter {
  static let delta = try? NSRegularExpression(pattern: #"(?<=[\s(])([+-])\d+\.\d\d(?![\d%])"#)

  /// `text` with ANSI colour added.
  static func paint(_ text: String) -> String {
    var out = text
    if let delta {
      let ns = out as NSString
      var pieces: [String] = []
      var last = 0
      for m in delta.matches(in: out, range: NSRange(location: 0, length: ns.length)) {
        pieces.append(ns.substring(with: NSRange(location: last, length: m.range.location - last)))
        let token = ns.substring(with: m.range)
        pieces.append((token.hasPrefix("+") ? "\u{1B}[32m" : "\u{1B}[31m") + token + "\u{1B}[0m")
        last = m.range.location + m.range.length
      }
      pieces.append(ns.substring(from: last))
      out = pieces.joined()
    }
    let (error, hint) = (L10n.t("error") + ":", L10n.t("hint") + ":")
    out = out.replacingOccurrences(of: error, with: "\u{1B}[1;31m\(error)\u{1B}[0m")
    out = out.replacingOccurrences(of: "  " + hint, with: "  \u{1B}[36m\(hint)\u{1B}[0m")
    return out
  }

  /// Whether standard output should be coloured.
  static var onStdout: Bool { ProcessInfo.processInfo.environment["NO_COLOR"] == nil && isatty(1) == 1 }
  /// Whether standard error should be coloured.
  static var onStderr: Bool { ProcessInfo.processInfo.environment["NO_COLOR"] == nil && isatty(2) == 1 }
}
