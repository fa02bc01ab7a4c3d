import CLibEdit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads lines from a terminal with libedit: Emacs key bindings, history and Tab completion.
///
/// - Keys: the usual Emacs bindings; Up and Down walk the history; Ctrl-R
///   searches it backwards incrementally; Tab asks the ``CompletionProvider``.
/// - Ctrl-C abandons the line being edited, shows "^C" after it, moves to a
///   fresh line and returns ``LineReadResult/interrupted``. Creating a reader
///   installs the ``InterruptFlag`` SIGINT handler if none is installed yet,
///   since libedit passes the signal on to the process's own handler.
/// - Ctrl-D on an empty line, or the terminal closing, returns
///   ``LineReadResult/endOfInput``.
/// - History is loaded from `historyPath` when the reader is created and the
///   file is rewritten after every ``addHistory(_:)``, so it survives a crash;
///   when two sessions run at once, the last to add a line wins the file.
/// - Wide characters (Chinese, for example) are typed, moved over and deleted
///   one character at a time: creating a reader selects a UTF-8 `LC_CTYPE`
///   locale for the process.
/// - The user's `~/.editrc` (or `$EDITRC`) is read last, so its bindings win.
///
/// Use one reader at a time per process, since libedit's signal handling is
/// global, and create and use it on one thread. Any thread will do: Ctrl-C
/// reaches it even when the signal is delivered to another.
public final class EditLineReader: LineReader {
  /// The libedit editor (`EditLine *`).
  let editLine: OpaquePointer
  /// The wide history attached to the editor (`HistoryW *`).
  private let history: OpaquePointer
  /// Where the history is kept between sessions, or `nil` for none.
  private let historyPath: String?
  /// The source of Tab completions, or `nil` to beep on Tab.
  let completionProvider: (any CompletionProvider)?
  /// The stream the editor draws on; completion lists are written here too.
  let output: UnsafeMutablePointer<FILE>
  /// The current prompt, NUL-terminated, which libedit reads through the prompt function.
  private var prompt: UnsafeMutableBufferPointer<wchar_t>

  /// The name under which the Tab completion command is registered with libedit.
  private static let completionCommand = "kaohe-complete"

  /// Creates a reader on the terminal, or returns `nil` if libedit cannot be set up.
  ///
  /// - Parameters:
  ///   - programName: The name libedit uses to pick this program's lines in `~/.editrc`.
  ///   - historyPath: The history file, for example ``defaultHistoryPath(appName:)``;
  ///     `nil` keeps history for this session only.
  ///   - maxHistory: The most lines the history keeps; the oldest go first.
  ///   - completion: What Tab completes; `nil` makes Tab ring the bell.
  ///   - input: The terminal to read; standard input when `nil`.
  ///   - output: The terminal to draw on; standard output when `nil`.
  public init?(
    programName: String = "kaohe",
    historyPath: String? = nil,
    maxHistory: Int = 1000,
    completion: (any CompletionProvider)? = nil,
    input: UnsafeMutablePointer<FILE>? = nil,
    output: UnsafeMutablePointer<FILE>? = nil
  ) {
    Terminal.selectUTF8CharacterLocale()
    InterruptFlag.installHandlerIfNeeded()
    guard let output = output ?? kaohe_stdout(),
      let editLine = el_init(programName, input ?? kaohe_stdin(), output, kaohe_stderr())
    else { return nil }
    guard let history = history_winit() else {
      el_end(editLine)
      return nil
    }
    self.editLine = editLine
    self.history = history
    self.historyPath = historyPath
    self.completionProvider = completion
    self.output = output
    self.prompt = Self.allocatePrompt("")
    configureHistory(maxSize: maxHistory)
    configureEditor()
  }

  deinit {
    el_end(editLine)
    history_wend(history)
    prompt.deallocate()
  }

  /// Reads one edited line, showing `prompt` first.
  ///
  /// Wrap escape sequences that take no columns (colours) in "\u{1}" pairs, as
  /// in `"\u{1}\u{1B}[1m\u{1}kaohe>\u{1}\u{1B}[0m\u{1} "`, so that libedit
  /// measures the prompt correctly.
  public func readLine(prompt: String) -> LineReadResult {
    setPrompt(prompt)
    InterruptFlag.shared.clear()
    InterruptFlag.beginEditing()
    defer { InterruptFlag.endEditing() }
    while true {
      var count: Int32 = 0
      errno = 0
      let characters = kaohe_el_gets(editLine, &count)
      let error = errno
      if let characters, count > 0 {
        var line = WideString.string(characters, count: Int(count))
        if line.hasSuffix("\n") {
          line.removeLast()
        }
        return .line(line)
      }
      guard count < 0, error == EINTR else {
        write("\n")
        return .endOfInput
      }
      if Self.awaitInterrupt() {
        write(textAfterCursor() + "^C\n")
        return .interrupted
      }
      // Another signal, with a handler that does not restart reads: start the line again.
    }
  }

  /// Waits briefly for the SIGINT handler to mark the flag, and consumes it.
  ///
  /// libedit's own handler interrupts the read and then raises SIGINT again for
  /// the process's handler. In a multithreaded process another thread may run
  /// that handler, a moment after the read has already returned; waiting here
  /// keeps that late mark from stopping the next command instead.
  private static func awaitInterrupt() -> Bool {
    for _ in 0..<100 {
      if InterruptFlag.shared.consume() { return true }
      usleep(1_000)
    }
    return false
  }

  /// Adds `line` to the history and rewrites the history file.
  ///
  /// Empty and whitespace-only lines, and a line equal to the one before, are
  /// not added. A history file that cannot be written is ignored.
  public func addHistory(_ line: String) {
    guard line.contains(where: { !$0.isWhitespace }) else { return }
    kaohe_history_enter(history, WideString.nulTerminated(line))
    if let historyPath {
      kaohe_history_save(history, historyPath)
    }
  }

  /// The number of lines in the history.
  public var historyCount: Int {
    Int(kaohe_history_count(history))
  }

  /// Sets the size limit and duplicate rule, loads the history file and attaches it.
  private func configureHistory(maxSize: Int) {
    kaohe_history_set_size(history, Int32(clamping: max(maxSize, 1)))
    kaohe_history_set_unique(history, 1)
    if let historyPath {
      kaohe_history_load(history, historyPath)
    }
    kaohe_el_set_hist(editLine, history)
  }

  /// Chooses Emacs bindings and signal handling and binds Tab and Ctrl-R.
  private func configureEditor() {
    kaohe_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
    kaohe_el_set_editor_emacs(editLine)
    kaohe_el_set_signal(editLine, 1)
    kaohe_el_set_prompt(editLine) { editLine in
      EditLineReader.reader(of: editLine)?.prompt.baseAddress
    }
    let command = WideString.nulTerminated(Self.completionCommand)
    kaohe_el_set_addfn(editLine, command, WideString.nulTerminated("Complete the word")) {
      editLine, _ in
      EditLineReader.reader(of: editLine)?.complete() ?? UInt8(CC_ERROR)
    }
    kaohe_el_bind_tab_to_completion(editLine, command)
    kaohe_el_bind_ctrl_r_to_search(editLine)
    el_source(editLine, nil)
  }

  /// Replaces the prompt that libedit shows.
  private func setPrompt(_ text: String) {
    prompt.deallocate()
    prompt = Self.allocatePrompt(text)
  }

  /// The abandoned line's text from the cursor to its end, as libedit displays it.
  ///
  /// Writing it again moves the terminal's cursor to the end of the line, even
  /// when the line wraps over several rows, so that what follows starts below it.
  private func textAfterCursor() -> String {
    guard let info = el_wline(editLine)?.pointee, info.cursor < info.lastchar else { return "" }
    let tail = WideString.string(info.cursor, count: info.lastchar - info.cursor)
    var visible = ""
    for scalar in tail.unicodeScalars {
      switch scalar.value {
      case 0x09: visible += " "
      case 0x00..<0x20: visible += "^" + String(Unicode.Scalar(UInt8(scalar.value) + 0x40))
      case 0x7F: visible += "^?"
      default: visible.unicodeScalars.append(scalar)
      }
    }
    return visible
  }

  /// Writes `text` straight to the terminal.
  func write(_ text: String) {
    fputs(text, output)
    fflush(output)
  }

  /// A newly allocated NUL-terminated wide copy of `text`.
  private static func allocatePrompt(_ text: String) -> UnsafeMutableBufferPointer<wchar_t> {
    let wide = WideString.nulTerminated(text)
    let buffer = UnsafeMutableBufferPointer<wchar_t>.allocate(capacity: wide.count)
    _ = buffer.initialize(from: wide)
    return buffer
  }

  /// The reader that owns `editLine`, found through libedit's client data.
  private static func reader(of editLine: OpaquePointer?) -> EditLineReader? {
    guard let editLine, let data = kaohe_el_get_clientdata(editLine) else { return nil }
    return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
  }
}
