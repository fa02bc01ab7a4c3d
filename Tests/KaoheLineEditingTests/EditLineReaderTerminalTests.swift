import KaoheLineEditing
import Synchronization
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

#if os(Linux)
  /// Drives ``EditLineReader`` end to end through a real pseudo-terminal.
  ///
  /// The run happens in a child process (an exit test) that starts its own
  /// session and takes the pseudo-terminal as its controlling terminal, so that
  /// Ctrl-C typed into it raises a real SIGINT for that child alone; locale,
  /// signal handlers and libedit's global state stay out of the test process.
  @Suite("EditLineReader in a terminal")
  struct EditLineReaderTerminalTests {
    @Test("typing, Tab, history, Ctrl-R, Ctrl-C and Ctrl-D")
    func session() async {
      // The child always exits successfully and reports on standard error after
      // a marker, since a failed exit test returns no output to show.
      let result = await #expect(processExitsWith: .success, observing: [\.standardErrorContent]) {
        TerminalSession.run()
        exit(EXIT_SUCCESS)
      }
      let errors = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
      let report = errors.firstRange(of: TerminalSession.marker).map { errors[$0.upperBound...] }
      #expect(report == "ok", "\(report ?? "no report")")
    }
  }

  /// Words that Tab completes, some of them Chinese.
  private struct Words: CompletionProvider {
    let words = ["sweep", "switch", "set", "收入", "收益", "支出", "data/"]

    func completions(line: String, cursor: Int) -> Completion {
      let characters = Array(line)
      var start = cursor
      while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
      let word = String(characters[start..<cursor])
      return Completion(replacementStart: start, candidates: words.filter { $0.hasPrefix(word) })
    }
  }

  /// One step of the typing script: keys to type, then what to wait for.
  private struct Step: Sendable {
    enum Wait: Sendable {
      /// Wait until the terminal has shown this text.
      case output(String)
      /// Wait until the reader has returned this many results in all.
      case results(Int)
    }

    var keys: String
    var wait: Wait
  }

  /// The child process's side of the end-to-end test.
  private enum TerminalSession {
    static let up = "\u{1B}[A"
    static let left = "\u{1B}[D"

    /// The keys of the first session; each line's comment is the result it produces.
    static let firstSession: [Step] = [
      Step(keys: "", wait: .output("kaohe> ")),
      Step(keys: "hello 收入支出\u{7F}", wait: .output("支")),
      Step(keys: left + left, wait: .output("\u{8}\u{8}")),
      Step(keys: "X\r", wait: .results(1)),  // hello 收X入支
      Step(keys: "sw\t", wait: .output("switch")),  // lists sweep and switch
      Step(keys: "e\t\r", wait: .results(2)),  // "sweep "
      Step(keys: "收\t", wait: .output("收益")),  // lists 收入 and 收益
      Step(keys: "入\t\r", wait: .results(3)),  // "收入 "
      Step(keys: "支\t", wait: .output("出 ")),
      Step(keys: "\r", wait: .results(4)),  // "支出 "
      Step(keys: "partial", wait: .output("partial")),
      Step(keys: left + left, wait: .output("\u{8}\u{8}")),
      Step(keys: "\u{3}", wait: .results(5)),  // interrupted
      Step(keys: up + "\r", wait: .results(6)),  // "支出": recalling drops a trailing space
      Step(keys: "\u{12}hel", wait: .output("hel")),
      Step(keys: "\r", wait: .results(7)),  // hello 收X入支, found by Ctrl-R
      Step(keys: "ab" + left, wait: .output("\u{8}")),
      Step(keys: "\u{4}\r", wait: .results(8)),  // "a": Ctrl-D deleted the b
      Step(keys: "\u{4}", wait: .output("^D\r\nkaohe> ")),  // end of input; the second session starts
    ]

    static let firstResults: [LineReadResult] = [
      .line("hello 收X入支"), .line("sweep "), .line("收入 "), .line("支出 "), .interrupted,
      .line("支出"), .line("hello 收X入支"), .line("a"), .endOfInput,
    ]

    /// The keys of the second session, which starts with the saved history.
    static let secondSession: [Step] = [
      Step(keys: up + up + "\r", wait: .results(10)),  // hello 收X入支
      Step(keys: "\u{4}", wait: .results(11)),
    ]

    static let secondResults: [LineReadResult] = [.line("hello 收X入支"), .endOfInput]

    /// Starts the report on standard error, which may hold other text too.
    static let marker = "\n=== terminal session: "

    /// Runs both sessions, reporting on standard error what did not match, or "ok".
    static func run() {
      alarm(60)  // Never hang the test run.
      setenv("TERM", "xterm", 1)
      setenv("EDITRC", "/dev/null", 1)
      guard setsid() != -1, let terminal = PseudoTerminal.open() else {
        return report("cannot set up a pseudo-terminal: errno \(errno)")
      }
      var template = Array("/tmp/kaohe-pty-XXXXXX".utf8CString)
      guard let folder = template.withUnsafeMutableBufferPointer({ $0.baseAddress.flatMap(mkdtemp) }) else {
        return report("mkdtemp failed")
      }
      let history = String(cString: folder) + "/history"
      defer {
        unlink(history)
        rmdir(String(cString: folder))
      }
      let log = ResultLog()
      let typist = Typist(terminal: terminal, log: log)
      typist.start(firstSession + secondSession)
      for expected in [firstResults, secondResults] {
        guard let reader = terminal.makeReader(historyPath: history) else {
          return report("EditLineReader could not be created")
        }
        readUntilEnd(reader, into: log, limit: expected.count)
      }
      typist.finish()
      let actual = log.results.withLock { $0 }
      guard actual == firstResults + secondResults else {
        return report("results: \(actual)\noutput:\n\(typist.output.debugDescription)")
      }
      for shown in ["al^C\r\n", "sweep   switch\r\n", "收入  收益\r\n"] where !typist.output.contains(shown) {
        return report("output lacks \(shown.debugDescription):\n\(typist.output.debugDescription)")
      }
      let saved = (try? String(contentsOfHistory: history)) ?? ""
      guard saved.split(separator: "\n").count == 6 else {  // a header and maxHistory lines
        return report("history file:\n\(saved)")
      }
      report("ok")
    }

    /// Reads lines, recording each result, until the end of input.
    private static func readUntilEnd(
      _ reader: EditLineReader, into log: ResultLog, limit: Int
    ) {
      for _ in 0..<limit {
        let result = reader.readLine(prompt: "kaohe> ")
        if case .line(let line) = result {
          reader.addHistory(line)
        }
        log.results.withLock { $0.append(result) }
        if result == .endOfInput { return }
      }
    }

    /// Writes the report: "ok", or what went wrong.
    private static func report(_ message: String) {
      let bytes = Array((marker + message).utf8)
      _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
  }

  /// The results the reader returned, shared with the typing thread.
  private final class ResultLog: Sendable {
    let results = Mutex<[LineReadResult]>([])
  }

  extension String {
    /// Reads a whole small file as UTF-8.
    fileprivate init(contentsOfHistory path: String) throws {
      guard let file = fopen(path, "r") else { throw FileError.unreadable }
      defer { fclose(file) }
      var bytes: [UInt8] = []
      while case let byte = fgetc(file), byte != EOF { bytes.append(UInt8(byte)) }
      self = String(decoding: bytes, as: UTF8.self)
    }
  }

  /// A file that could not be read.
  private enum FileError: Error { case unreadable }

  /// A pseudo-terminal whose slave side is this process's controlling terminal.
  private struct PseudoTerminal: Sendable {
    var master: Int32
    var slave: Int32

    static func open() -> PseudoTerminal? {
      // posix_openpt and friends are hidden from Swift by glibc's feature macros,
      // so this uses Linux's /dev/ptmx and ioctls directly.
      let master = Glibc.open("/dev/ptmx", O_RDWR | O_NOCTTY)
      var unlock: Int32 = 0
      var number: UInt32 = 0
      guard master >= 0, ioctl(master, unlockRequest, &unlock) == 0,
        ioctl(master, numberRequest, &number) == 0
      else { return nil }
      var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
      _ = ioctl(master, UInt(TIOCSWINSZ), &size)
      let slave = Glibc.open("/dev/pts/\(number)", O_RDWR)
      guard slave >= 0, ioctl(slave, UInt(TIOCSCTTY), 0) == 0 else { return nil }
      let flags = fcntl(master, F_GETFL)
      _ = fcntl(master, F_SETFL, flags | O_NONBLOCK)
      return PseudoTerminal(master: master, slave: slave)
    }

    /// TIOCSPTLCK, `_IOW('T', 0x31, int)`: locks or unlocks the slave side.
    private static let unlockRequest: UInt = 0x4004_5431
    /// TIOCGPTN, `_IOR('T', 0x30, unsigned int)`: the slave's number under /dev/pts.
    private static let numberRequest: UInt = 0x8004_5430

    func makeReader(historyPath: String) -> EditLineReader? {
      guard let input = fdopen(dup(slave), "r"), let output = fdopen(dup(slave), "w") else {
        return nil
      }
      return EditLineReader(
        historyPath: historyPath, maxHistory: 5, completion: Words(), input: input, output: output)
    }
  }

  /// Types the script into the terminal's master side from another thread and collects the output.
  private final class Typist: @unchecked Sendable {
    private let terminal: PseudoTerminal
    private let log: ResultLog
    private var thread: pthread_t?
    private var steps: [Step] = []
    /// Everything the terminal showed; read it only after ``finish()``.
    private(set) var output = ""
    private var outputBytes: [UInt8] = []

    init(terminal: PseudoTerminal, log: ResultLog) {
      self.terminal = terminal
      self.log = log
    }

    func start(_ steps: [Step]) {
      self.steps = steps
      let context = Unmanaged.passRetained(self).toOpaque()
      var thread = pthread_t()
      pthread_create(
        &thread, nil,
        { context in
          guard let context else { return nil }
          let typist = Unmanaged<Typist>.fromOpaque(context).takeRetainedValue()
          typist.type()
          return nil
        }, context)
      self.thread = thread
    }

    /// Waits for the typing thread to type every step.
    ///
    /// A step that times out ends the process with a report on standard error.
    func finish() {
      if let thread { pthread_join(thread, nil) }
    }

    private func type() {
      for (index, step) in steps.enumerated() {
        let seen = outputBytes.count
        _ = Array(step.keys.utf8).withUnsafeBytes { write(terminal.master, $0.baseAddress, $0.count) }
        if !waitFor(step.wait, outputAfter: seen) {
          // The reader is stuck in readLine: report from here and end the process.
          let shown = String(decoding: outputBytes, as: UTF8.self)
          let results = log.results.withLock { $0 }
          let report = Array(
            """
            \(TerminalSession.marker)step \(index) (\(step.keys.debugDescription)) timed out waiting for \(step.wait)
            results so far: \(results)
            output:
            \(shown.debugDescription)
            """.utf8)
          _ = report.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
          _exit(EXIT_SUCCESS)
        }
      }
      drain()
      output = String(decoding: outputBytes, as: UTF8.self)
    }

    private func waitFor(_ wait: Step.Wait, outputAfter seen: Int) -> Bool {
      for _ in 0..<2000 {
        drain()
        switch wait {
        case .output(let text):
          let shown = String(decoding: outputBytes[seen...], as: UTF8.self)
          if shown.contains(text) { return true }
        case .results(let count):
          if log.results.withLock({ $0.count }) >= count { return true }
        }
        usleep(5_000)
      }
      return false
    }

    private func drain() {
      var buffer = [UInt8](repeating: 0, count: 4096)
      while true {
        let count = buffer.withUnsafeMutableBytes { read(terminal.master, $0.baseAddress, $0.count) }
        guard count > 0 else { return }
        outputBytes += buffer[0..<count]
      }
    }
  }
#endif
