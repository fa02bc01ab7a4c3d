#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Facts about the process's terminal that decide which ``LineReader`` to use.
public enum Terminal {
  /// Whether both standard input and standard output are terminals.
  ///
  /// When this is false (a pipe, a file, CI), use ``PlainLineReader``.
  public static func isInteractive() -> Bool {
    isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
  }

  /// Selects a UTF-8 character type locale so that libedit decodes multibyte input.
  ///
  /// Uses the user's `LC_CTYPE` when it is UTF-8, and otherwise the first
  /// available of C.UTF-8 and en_US.UTF-8. Only `LC_CTYPE` changes: messages,
  /// numbers and collation keep the C locale. Returns whether a UTF-8 locale
  /// is now in effect.
  @discardableResult
  static func selectUTF8CharacterLocale() -> Bool {
    if setlocale(LC_CTYPE, "") != nil, isUTF8CharacterLocale() {
      return true
    }
    for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil {
      return true
    }
    return false
  }

  /// Whether the current `LC_CTYPE` locale encodes characters as UTF-8.
  private static func isUTF8CharacterLocale() -> Bool {
    guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
    let name = String(cString: codeset).uppercased()
    return name == "UTF-8" || name == "UTF8"
  }
}
