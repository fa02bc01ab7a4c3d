import ArgumentParser
import Foundation
import KaoheDiagnostics

/// The words that swift-argument-parser writes itself (help headings, its built-in options, its
/// parse errors) put into the current language. Kaohe's own abstracts and option help are
/// translated where they are declared; these are the library's, so they are translated in the
/// finished text. In English the text is left exactly as the library wrote it.
enum ArgumentParserText {
  /// One rewrite: a pattern over the library's text, and its replacement from the match's groups.
  struct Rule: Sendable {
    let pattern: NSRegularExpression?
    let replacement: @Sendable ([String]) -> String
    /// Whether the replacement keeps the matched text's display width (for aligned columns).
    var keepsWidth = false
  }

  static let rules: [Rule] = [
    rule(#"^OVERVIEW: "#) { _ in L10n.t("OVERVIEW: ") },
    rule(#"^USAGE: "#) { _ in L10n.t("USAGE: ") },
    rule(#"^ARGUMENTS:$"#) { _ in L10n.t("ARGUMENTS:") },
    rule(#"^OPTIONS:$"#) { _ in L10n.t("OPTIONS:") },
    rule(#"^SUBCOMMANDS:$"#) { _ in L10n.t("SUBCOMMANDS:") },
    rule(#"Show the version\."#) { _ in L10n.t("Show the version.") },
    rule(#"Show help information\."#) { _ in L10n.t("Show help information.") },
    rule(#"See '([^']*) <subcommand>' for detailed help\."#) {
      L10n.t("See '{0} <subcommand>' for detailed help.", $0[0])
    },
    rule(#"See '([^']*)' for more information\."#) { L10n.t("See '{0}' for more information.", $0[0]) },
    rule(#"^Error:"#) { _ in L10n.t("Error:") },
    rule(#"^Help:"#) { _ in L10n.t("Help:") },
    rule(#"^Usage:"#) { _ in L10n.t("Usage:") },
    rule(#"Missing expected argument '([^']*)'"#) { L10n.t("Missing expected argument '{0}'", $0[0]) },
    rule(#"Missing one of: '(.*)'$"#) { L10n.t("Missing one of: '{0}'", $0[0]) },
    rule(#"Missing required subcommand\."#) { _ in L10n.t("Missing required subcommand.") },
    rule(#"Unknown option '([^']*)'\. Did you mean '([^']*)'\?"#) {
      L10n.t("Unknown option '{0}'. Did you mean '{1}'?", $0[0], $0[1])
    },
    rule(#"Unknown option '([^']*)'"#) { L10n.t("Unknown option '{0}'", $0[0]) },
    rule(#"Missing value for '([^']*)'"#) { L10n.t("Missing value for '{0}'", $0[0]) },
    rule(#"Unexpected argument '([^']*)'"#) { L10n.t("Unexpected argument '{0}'", $0[0]) },
    rule(#"(\d+) unexpected arguments: '(.*)'$"#) { L10n.t("{0} unexpected arguments: '{1}'", $0[0], $0[1]) },
    rule(#"The value '([^']*)' is invalid for '([^']*)'"#) {
      L10n.t("The value '{0}' is invalid for '{1}'", $0[0], $0[1])
    },
    rule(#"The option '([^']*)' does not take any value, but '([^']*)' was specified\."#) {
      L10n.t("The option '{0}' does not take any value, but '{1}' was specified.", $0[0], $0[1])
    },
    rule(#"\(default: ([^)]*)\)"#) { L10n.t("(default: {0})", $0[0]) },
    Rule(pattern: regex(#"\(default\)(?= )"#), replacement: { _ in L10n.t("(default)") }, keepsWidth: true),
  ]

  /// `text` with the library's words in the current language.
  static func translate(_ text: String) -> String {
    guard L10n.language != .en else { return text }
    return rules.reduce(text) { apply($1, to: $0) }
  }

  private static func apply(_ rule: Rule, to text: String) -> String {
    guard let pattern = rule.pattern else { return text }
    let ns = text as NSString
    var out = ""
    var last = 0
    for m in pattern.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
      out += ns.substring(with: NSRange(location: last, length: m.range.location - last))
      let groups = (1..<m.numberOfRanges).map { i in
        m.range(at: i).location == NSNotFound ? "" : ns.substring(with: m.range(at: i))
      }
      var replacement = rule.replacement(groups)
      if rule.keepsWidth {
        let gap = DisplayWidth.of(ns.substring(with: m.range)) - DisplayWidth.of(replacement)
        replacement += String(repeating: " ", count: max(0, gap))
      }
      out += replacement
      last = m.range.location + m.range.length
    }
    return out + ns.substring(from: last)
  }

  private static func rule(_ pattern: String, _ replacement: @escaping @Sendable ([String]) -> String) -> Rule {
    Rule(pattern: regex(pattern), replacement: replacement)
  }

  private static func regex(_ pattern: String) -> NSRegularExpression? {
    try? NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
  }
}

extension KaoheCommand {
  /// Runs the command line as `main` does, with the library's own words in the current language.
  static func mainInCurrentLanguage(_ arguments: [String]) -> Never {
    do {
      var command = try parseAsRoot(arguments)
      try command.run()
      exit(withError: nil)
    } catch {
      let text = ArgumentParserText.translate(fullMessage(for: error))
      let code = exitCode(for: error)
      if !text.isEmpty {
        let handle = code.isSuccess ? FileHandle.standardOutput : FileHandle.standardError
        handle.write(Data((text + "\n").utf8))
      }
      exit(withError: code)
    }
  }
}
