import KaoheDiagnostics

/// Text in Chinese as the source has it, with English beside it.
public struct LocalizedText: Sendable, Hashable, Codable {
  /// Chinese (zh-Hans), as the source wrote it.
  public var zh: String
  /// English.
  public var en: String

  /// Creates a text.
  public init(zh: String, en: String) {
    self.zh = zh
    self.en = en
  }

  /// The text for the current language: the English in English, the Chinese in Chinese (or the
  /// English when there is no Chinese).
  public var shown: String { L10n.language == .zh && !zh.isEmpty ? zh : en }

  /// "中文 (English)", or whichever of the two exists.
  public var both: String {
    if en.isEmpty { return zh }
    if zh.isEmpty { return en }
    return "\(zh) (\(en))"
  }
}
