#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads lines from a pipe or file, for when standard input is not a terminal.
///
/// It never prints a prompt or an escape sequence, keeps no history, and
/// strips a trailing "\r" so that files with Windows line endings read the
/// same as others. Invalid UTF-8 is replaced by U+FFFD.
public final class PlainLineReader: LineReader {
  /// Where the next line comes from; `nil` means the input has ended.
  private let nextLine: () -> String?

  /// Creates a reader of standard input, using Swift's `readLine(strippingNewline:)`.
  public init() {
    nextLine = { Swift.readLine(strippingNewline: true) }
  }

  /// Creates a reader of an open C stream, such as a pipe or a temporary file.
  ///
  /// The caller keeps ownership of `file` and closes it after the reader is done.
  public init(file: UnsafeMutablePointer<FILE>) {
    nextLine = { PlainLineReader.readLine(from: file) }
  }

  /// Returns the next line, or `.endOfInput` at end of file; `prompt` is ignored.
  public func readLine(prompt: String) -> LineReadResult {
    guard var line = nextLine() else { return .endOfInput }
    if line.hasSuffix("\r") {
      line.removeLast()
    }
    return .line(line)
  }

  /// Does nothing: piped input has no history.
  public func addHistory(_ line: String) {}

  /// Reads one line from `file` without its "\n", or `nil` at end of file or on error.
  private static func readLine(from file: UnsafeMutablePointer<FILE>) -> String? {
    var buffer: UnsafeMutablePointer<CChar>?
    var capacity = 0
    defer { free(buffer) }
    let length = getline(&buffer, &capacity, file)
    guard length >= 0, let buffer else { return nil }
    var bytes = UnsafeBufferPointer(start: buffer, count: length)
      .map { UInt8(bitPattern: $0) }
    if bytes.last == UInt8(ascii: "\n") {
      bytes.removeLast()
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
