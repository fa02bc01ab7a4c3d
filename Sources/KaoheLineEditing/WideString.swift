#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Converts between Swift strings and the NUL-terminated `wchar_t` strings of libedit's wide API.
///
/// On the platforms Kaohe supports `wchar_t` holds one Unicode scalar (UTF-32).
enum WideString {
  /// The scalars of `text` as `wchar_t`s followed by a terminating zero.
  ///
  /// Pass the array straight to a C parameter of type `const wchar_t *`.
  static func nulTerminated(_ text: String) -> [wchar_t] {
    text.unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0]
  }

  /// Decodes `count` wide characters starting at `start`; invalid values become U+FFFD.
  static func string(_ start: UnsafePointer<wchar_t>, count: Int) -> String {
    var scalars = String.UnicodeScalarView()
    for offset in 0..<max(count, 0) {
      let value = UInt32(bitPattern: start[offset])
      scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
    }
    return String(scalars)
  }
}
