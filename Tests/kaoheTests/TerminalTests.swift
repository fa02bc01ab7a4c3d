import Foundation
import KaoheTestSupport
import Synchronization
import Testing

/// Drives the real REPL through a pseudo-terminal (util-linux `script` allocates it): Tab completes,
/// Up recalls the previous line, Ctrl-C abandons a line and leaves the session at its prompt.
@Suite(.serialized) struct TerminalTests {
  final class Screen: Sendable {
    let text = Mutex("")
    func append(_ s: String) { text.withLock { $0 += s } }
    var contents: String { text.withLock { $0 } }
  }

  /// Waits until the screen shows `needle` after `offset`, or 10 s pass.
  func waitFor(_ needle: String, on screen: Screen, after offset: Int) -> Bool {
    let deadline = Date().addingTimeInterval(10)
    while Date() < deadline {
      let c = screen.contents
      if c.count > offset, c.dropFirst(offset).contains(needle) { return true }
      usleep(20_000)
    }
    return false
  }

  @Test func tabHistoryAndCtrlC() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/script")
    p.arguments = ["-q", "-f", "-c", "\(CLI.binary) --lang en repl --rubric ankang-selenium-2020 --no-journal", "/dev/null"]
    var env = ProcessInfo.processInfo.environment
    env["XDG_STATE_HOME"] = Scratch.path("kaohe-pty-state")
    env["TERM"] = "xterm"
    env["NO_COLOR"] = "1"
    p.environment = env
    let input = Pipe()
    let output = Pipe()
    p.standardInput = input
    p.standardOutput = output
    p.standardError = output
    let screen = Screen()
    output.fileHandleForReading.readabilityHandler = { handle in
      let data = handle.availableData
      if !data.isEmpty { screen.append(String(decoding: data, as: UTF8.self)) }
    }
    try p.run()
    defer {
      if p.isRunning { p.terminate() }
      // Foundation keeps a Process (and its pipes) alive until its exit has been handled, which
      // waitUntilExit does; without it, AddressSanitizer reports them as leaked.
      p.waitUntilExit()
      output.fileHandleForReading.readabilityHandler = nil
    }
    func type(_ keys: String) { input.fileHandleForWriting.write(Data(keys.utf8)) }
    let prompt = "ankang-example-2020> "
    #expect(waitFor(prompt, on: screen, after: 0), "no prompt: \(screen.contents)")

    var mark = screen.contents.count
    type("sh\t")
    #expect(waitFor("ow", on: screen, after: mark), "Tab did not complete 'sh': \(screen.contents)")
    type("total\r")
    #expect(waitFor("mean 80.71 / 100", on: screen, after: mark), "no result: \(screen.contents)")

    mark = screen.contents.count
    type("\u{1B}[A")
    #expect(waitFor("show total", on: screen, after: mark), "Up did not recall the line: \(screen.contents)")
    type("\r")
    #expect(waitFor("mean 80.71 / 100", on: screen, after: mark))

    mark = screen.contents.count
    type("set abc")
    #expect(waitFor("set abc", on: screen, after: mark))
    type("\u{03}")
    #expect(waitFor(prompt, on: screen, after: mark + 7), "no prompt after Ctrl-C: \(screen.contents)")
    mark = screen.contents.count
    type("show total\r")
    #expect(waitFor("mean 80.71 / 100", on: screen, after: mark), "session did not go on after Ctrl-C")
    #expect(!screen.contents.contains("unknown input"))

    type("\u{04}")
    let deadline = Date().addingTimeInterval(10)
    while p.isRunning, Date() < deadline { usleep(20_000) }
    #expect(!p.isRunning, "Ctrl-D on an empty line did not leave")
  }
}
