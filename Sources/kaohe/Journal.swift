import Foundation
import KaoheScenario
import KaoheShell

/// The session journal: every command is written and flushed to disk before it runs, so a session
/// killed at any moment can be brought back with `kaohe recover`.
final class Journal {
  let path: String
  private let fd: Int32

  /// The folder journals live in: $XDG_STATE_HOME/kaohe/sessions or ~/.local/state/kaohe/sessions.
  static var directory: String {
    let env = ProcessInfo.processInfo.environment
    let state = env["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? ((env["HOME"] ?? NSTemporaryDirectory()) + "/.local/state")
    return state + "/kaohe/sessions"
  }

  /// Starts a journal for a session; nil (with a warning printed by the caller) when the folder is not writable.
  init?(header: Scenario.Header) {
    let dir = Journal.directory
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let stamp = Int(Date().timeIntervalSince1970)
    path = "\(dir)/session-\(stamp)-\(getpid()).kaohe"
    fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o600)
    guard fd >= 0 else { return nil }
    let text = ScenarioPrinter.print(Scenario(header: header))
    write(text)
  }

  private func write(_ text: String) {
    let bytes = Array(text.utf8)
    bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let n = Foundation.write(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
        if n <= 0 { return }
        offset += n
      }
    }
    fsync(fd)
  }

  /// Records a command before it runs.
  func command(_ line: String) { write("\n> \(line)\n") }

  /// Records what the command printed.
  func output(_ text: String) {
    let lines = ScenarioPrinter.normalize(text)
    if !lines.isEmpty { write(lines.map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n") + "\n") }
  }

  /// Records a prose note.
  func note(_ text: String) { write("\n\(text)\n") }

  /// Ends the session cleanly: the journal is no longer needed.
  func close() {
    Foundation.close(fd)
    unlink(path)
  }

  /// Journals of sessions that did not end cleanly (their process is gone), oldest first.
  static func abandoned() -> [String] {
    let dir = directory
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
    return names.filter { $0.hasPrefix("session-") && $0.hasSuffix(".kaohe") }.sorted().compactMap { name in
      let parts = name.dropLast(6).split(separator: "-")
      if parts.count == 3, let pid = Int32(parts[2]), pid != getpid(), kill(pid, 0) == 0 { return nil }
      return dir + "/" + name
    }
  }
}
