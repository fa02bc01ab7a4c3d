import Foundation

/// Where tests write their files: one folder per test process, `kaohe-tests-PID` in the temporary
/// folder, removed when the process exits (and, when a process died before it could, by the next
/// one to start). A test run leaves nothing behind.
public enum Scratch {
  /// The process's folder, made on first use.
  public static let root: String = {
    let temporary = NSTemporaryDirectory()
    let base = temporary.hasSuffix("/") ? temporary : temporary + "/"
    removeAbandoned(in: base)
    let path = base + prefix + "\(getpid())"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(atPath: Scratch.root) }
    return path
  }()

  private static let prefix = "kaohe-tests-"

  /// A path named `name` in the process's folder (made by the caller, as a file or a folder).
  public static func path(_ name: String) -> String { root + "/" + name }

  /// Removes the folders of test processes that no longer run.
  private static func removeAbandoned(in base: String) {
    for entry in (try? FileManager.default.contentsOfDirectory(atPath: base)) ?? [] where entry.hasPrefix(prefix) {
      guard let pid = Int32(entry.dropFirst(prefix.count)), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else {
        continue
      }
      try? FileManager.default.removeItem(atPath: base + entry)
    }
  }
}
