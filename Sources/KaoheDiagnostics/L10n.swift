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
/// by a replay, from the scenario's header): no global state changes.
public enum L10n {
  /// The language of the current task.
  @TaskLocal public static var language: Language = .en

  /// `english` in the current language, with `{0}`, `{1}`… replaced by `arguments`.
  public static func t(_ english: String, _ arguments: Any...) -> String {
    let template = language == .zh ? (zh[english] ?? english) : english
    return fill(template, arguments.map { "\($0)" })
  }

  /// Fills `{0}`, `{1}`… in `template`.
  static func fill(_ template: String, _ args: [String]) -> String {
    guard !args.isEmpty else { return template }
    var out = template
    for (i, a) in args.enumerated() { out = out.replacingOccurrences(of: "{\(i)}", with: a) }
    return out
  }

  /// Whether the catalog has a Chinese form of `english` (for tests of coverage).
  public static func hasTranslation(_ english: String) -> Bool { zh[english] != nil }
}
