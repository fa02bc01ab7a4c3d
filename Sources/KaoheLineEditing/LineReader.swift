/// A source of input lines for the REPL, with or without a terminal.
///
/// The REPL reads through this protocol so that it never depends on how the
/// line was typed: ``EditLineReader`` edits lines in a terminal with libedit,
/// ``PlainLineReader`` reads piped or redirected input, and tests can supply
/// their own conforming type.
public protocol LineReader {
  /// Reads the next line, showing `prompt` first when the reader is interactive.
  ///
  /// The returned line has no trailing line terminator.
  mutating func readLine(prompt: String) -> LineReadResult

  /// Records a line the user entered so that it can be recalled later.
  ///
  /// Readers without history ignore this. Empty and whitespace-only lines are
  /// never recorded.
  mutating func addHistory(_ line: String)
}
