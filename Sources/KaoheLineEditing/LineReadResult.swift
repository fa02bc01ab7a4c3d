/// The outcome of one ``LineReader/readLine(prompt:)`` call.
public enum LineReadResult: Sendable, Equatable {
  /// A complete line, without its line terminator.
  case line(String)
  /// The user pressed Ctrl-C while editing; the partly typed line was abandoned.
  case interrupted
  /// The input has ended: Ctrl-D on an empty line, end of file, or a closed terminal.
  case endOfInput
}
