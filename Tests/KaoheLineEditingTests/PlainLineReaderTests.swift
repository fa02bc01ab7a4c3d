import Testing

@testable import KaoheLineEditing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("PlainLineReader")
struct PlainLineReaderTests {
  /// Reads every result from a reader fed `text` through a pipe, up to and including `.endOfInput`.
  private func readAll(piping text: String) -> [LineReadResult] {
    var fds: [Int32] = [0, 0]
    #expect(pipe(&fds) == 0)
    let bytes = Array(text.utf8)
    #expect(bytes.withUnsafeBytes { write(fds[1], $0.baseAddress, $0.count) } == bytes.count)
    close(fds[1])
    guard let file = fdopen(fds[0], "r") else {
      Issue.record("fdopen failed")
      return []
    }
    defer { fclose(file) }
    return readAll(PlainLineReader(file: file))
  }

  private func readAll(_ reader: PlainLineReader) -> [LineReadResult] {
    var results: [LineReadResult] = []
    while results.count < 100 {
      let result = reader.readLine(prompt: "kaohe> ")
      results.append(result)
      if result == .endOfInput { break }
    }
    return results
  }

  @Test(
    "splits input into lines",
    arguments: [
      ("one line", "set x 1\n", [LineReadResult.line("set x 1"), .endOfInput]),
      ("no final newline", "a\nb", [.line("a"), .line("b"), .endOfInput]),
      ("Windows line endings", "a\r\nb\r\n", [.line("a"), .line("b"), .endOfInput]),
      ("empty lines kept", "\n\nx\n", [.line(""), .line(""), .line("x"), .endOfInput]),
      ("empty input", "", [.endOfInput]),
      ("Chinese text", "收入 = 100\n", [.line("收入 = 100"), .endOfInput]),
      ("only the final carriage return", "a\rb\r\r\n", [.line("a\rb\r"), .endOfInput]),
    ] as [(String, String, [LineReadResult])]
  )
  func splitsLines(_ id: String, input: String, expected: [LineReadResult]) {
    #expect(readAll(piping: input) == expected, "\(id)")
  }

  @Test("repairs invalid UTF-8")
  func repairsInvalidUTF8() {
    var fds: [Int32] = [0, 0]
    #expect(pipe(&fds) == 0)
    let bytes: [UInt8] = [0x61, 0xFF, 0x62, 0x0A]
    _ = bytes.withUnsafeBytes { write(fds[1], $0.baseAddress, $0.count) }
    close(fds[1])
    guard let file = fdopen(fds[0], "r") else { return }
    defer { fclose(file) }
    #expect(readAll(PlainLineReader(file: file)) == [.line("a\u{FFFD}b"), .endOfInput])
  }

  @Test("reads a temporary file and keeps reading after the end")
  func readsTemporaryFile() throws {
    let file = try #require(tmpfile())
    defer { fclose(file) }
    fputs("help\nquit\n", file)
    rewind(file)
    let reader = PlainLineReader(file: file)
    reader.addHistory("ignored")
    #expect(reader.readLine(prompt: "> ") == .line("help"))
    #expect(reader.readLine(prompt: "> ") == .line("quit"))
    #expect(reader.readLine(prompt: "> ") == .endOfInput)
    #expect(reader.readLine(prompt: "> ") == .endOfInput)
  }
}
