#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension EditLineReader {
  /// The history file for `appName`, with its folder created if missing.
  ///
  /// The file is `$XDG_STATE_HOME/APP/history` when `XDG_STATE_HOME` is an
  /// absolute path, and `~/.local/state/APP/history` otherwise. New folders
  /// are readable by the user only.
  public static func defaultHistoryPath(appName: String) -> String {
    let path = historyPath(
      appName: appName,
      environment: { name in getenv(name).map { String(cString: $0) } },
      homeDirectory: passwordFileHomeDirectory()
    )
    createDirectories(parentOf: path)
    return path
  }

  /// Works out the history file from the environment without touching the file system.
  ///
  /// - Parameters:
  ///   - environment: Looks up an environment variable.
  ///   - homeDirectory: The home directory to use when `HOME` is unset or empty.
  static func historyPath(
    appName: String, environment: (String) -> String?, homeDirectory: String?
  ) -> String {
    if let state = environment("XDG_STATE_HOME"), state.hasPrefix("/") {
      return joined(state, appName, "history")
    }
    let home = environment("HOME").flatMap { $0.isEmpty ? nil : $0 } ?? homeDirectory ?? "."
    return joined(home, ".local/state", appName, "history")
  }

  /// Creates every missing folder above `path`; returns whether they all exist afterwards.
  @discardableResult
  static func createDirectories(parentOf path: String) -> Bool {
    let components = path.split(separator: "/", omittingEmptySubsequences: true).dropLast()
    var folder = path.hasPrefix("/") ? "" : "."
    for component in components {
      folder += "/" + component
      if mkdir(folder, 0o700) != 0, errno != EEXIST {
        return false
      }
    }
    return true
  }

  /// Joins path components with "/", dropping a trailing "/" from each.
  private static func joined(_ components: String...) -> String {
    components.enumerated().map { index, component in
      var component = Substring(component)
      while component.count > 1, component.hasSuffix("/") { component.removeLast() }
      return index == 0 ? String(component) : String(component.drop { $0 == "/" })
    }.joined(separator: "/")
  }

  /// The current user's home directory from the password database, if any.
  private static func passwordFileHomeDirectory() -> String? {
    guard let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir else { return nil }
    return String(cString: directory)
  }
}
