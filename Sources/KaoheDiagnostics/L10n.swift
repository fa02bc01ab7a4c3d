import Foundation

/// The language of messages, headings and help: English or Chinese (zh-Hans). Rubric text is always
/// shown as the source wrote it.
public enum Language: String, Sendable, CaseIterable, Codable {
  case en, zh

  /// The language asked for by `--lang`, else by LC_ALL, LC_MESSAGES or LANG (zh… means Chinese).
  public static func detect(flag: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment)
    -> Language
  {
    if let flag, let l = Language(code: flag) { return l }
    for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      if let v = environment[key], !v.isEmpty { return v.lowercased().hasPrefix("zh") ? .zh : .en }
    }
    return .en
  }

  /// Reads `zh`, `zh-Hans`, `zh_CN.UTF-8`, `中文`, `en`, `English`.
  public init?(code: String) {
    let c = code.lowercased()
    if c.hasPrefix("zh") || c == "中文" || c == "cn" {
      self = .zh
    } else if c.hasPrefix("en") || c == "english" || c == "英文" {
      self = .en
    } else {
      return nil
    }
  }
}

/// Messages in the user's language. Each message is written once, in English, where it is emitted:
/// `L10n.t("no input named '{0}'", name)`; the Chinese catalog (`L10n+zh.swift`) gives its Chinese
/// form with the same meaning. The language is a task-local value set once by the executable (or
/// by a replay, from the scenario's header): no global state changes. In Chinese, a value that
/// starts or ends with a Latin letter or a digit gets a space where it meets a Chinese character
/// (`指标 5 恰好为`), as Chinese typesetting spaces mixed text; English is filled as written.
public enum L10n {
  /// The language of the current task.
  @TaskLocal public static var language: Language = .en

  /// `english` in the current language, with `{0}`, `{1}`… replaced by `arguments`.
  public static func t(_ english: String, _ arguments: Any...) -> String {
    let args = arguments.map { "\($0)" }
    guard language == .zh, let template = zh[english] else { return fill(english, args) }
    return fill(template, args, spaced: true)
  }

  /// Fills `{0}`, `{1}`… in `template` in one pass, so that a value which itself contains `{1}`
  /// is never filled again; `spaced` puts a space between a value and a Chinese character beside it
  /// when the value's edge is a Latin letter or a digit.
  static func fill(_ template: String, _ args: [String], spaced: Bool = false) -> String {
    guard !args.isEmpty, template.contains("{") else { return template }
    var out = ""
    var rest = template[...]
    while let open = rest.firstIndex(of: "{") {
      out += rest[..<open]
      let after = rest[rest.index(after: open)...]
      if let close = after.firstIndex(of: "}"), let n = Int(after[..<close]), args.indices.contains(n) {
        rest = after[after.index(after: close)...]
        var value = args[n]
        if spaced, let first = value.first, let last = value.last {
          if let before = out.last, isHan(before), isLatinOrDigit(first) { value = " " + value }
          if let next = rest.first, isHan(next), isLatinOrDigit(last) { value += " " }
        }
        out += value
      } else {
        out.append("{")
        rest = after
      }
    }
    return out + rest
  }

  /// A Chinese character (CJK unified ideographs, not punctuation).
  static func isHan(_ c: Character) -> Bool {
    guard let s = c.unicodeScalars.first else { return false }
    return (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value)
      || (0xF900...0xFAFF).contains(s.value)
  }

  /// A Latin letter, a digit, or the `%` that ends a number.
  static func isLatinOrDigit(_ c: Character) -> Bool {
    c.isASCII && (c.isLetter || c.isNumber || c == "%")
  }

  /// Whether the catalog has a Chinese form of `english` (for tests of coverage).
  public static func hasTranslation(_ english: String) -> Bool { zh[english] != nil }

  /// Every English message with its Chinese form (for tests of the catalog).
  public static var catalog: [String: String] { zh }

  /// The Chinese counted form of a noun that `Plural.of` is given (`command` → `条命令`), or nil.
  public static func countedNoun(_ english: String) -> String? { zhCountedNouns[english] }
}
