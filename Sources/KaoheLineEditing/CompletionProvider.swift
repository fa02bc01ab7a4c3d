/// Proposes completions for the word being typed, called when the user presses Tab.
///
/// The provider is pure: it looks at the line and cursor only and has no
/// knowledge of the terminal. The reader decides what to insert or list.
public protocol CompletionProvider: Sendable {
  /// Returns the candidates that could replace the text before `cursor`.
  ///
  /// - Parameters:
  ///   - line: The whole line being edited.
  ///   - cursor: The cursor's offset in `line`, counted in `Character`s.
  func completions(line: String, cursor: Int) -> Completion
}
