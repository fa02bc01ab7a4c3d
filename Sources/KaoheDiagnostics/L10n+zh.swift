extension L10n {
  /// English message → Chinese message. Placeholders `{0}`, `{1}`… stand for the same values.
  static let zh: [String: String] = [
    "error": "错误",
    "warning": "警告",
    "note": "注",
    "hint": "提示",
    "did you mean '{0}'?": "是否想输入“{0}”？",
  ]
}
