/// Why a distribution's text could not be read, with the place in the text (0-based character
/// offset and length) for a caret.
public struct DistributionParseError: Error, Sendable, Hashable {
  /// Stable id, such as `distribution.unknown-name`.
  public var id: String
  /// One line saying what is wrong.
  public var message: String
  /// Where, as a character offset into the text.
  public var position: Int
  /// How many characters are at fault (at least 1).
  public var length: Int
  /// How to fix it.
  public var hint: String?

  static func expectedName(at position: Int) -> DistributionParseError {
    DistributionParseError(
      id: "distribution.expected-name", message: "expected a distribution", position: position, length: 1,
      hint: Self.usage)
  }

  static func unknownName(_ name: String, at position: Int, suggestion: String?) -> DistributionParseError {
    DistributionParseError(
      id: "distribution.unknown-name", message: "unknown distribution '\(name)'", position: position,
      length: max(1, name.count), hint: suggestion.map { "did you mean '\($0)'?" } ?? Self.usage)
  }

  static func expected(_ what: String, at position: Int) -> DistributionParseError {
    DistributionParseError(
      id: "distribution.expected", message: "expected \(what)", position: position, length: 1, hint: Self.usage)
  }

  static func argumentCount(_ name: String, expected: String, found: Int, at position: Int, length: Int)
    -> DistributionParseError
  {
    DistributionParseError(
      id: "distribution.argument-count", message: "\(name) takes \(expected), found \(found)", position: position,
      length: max(1, length), hint: Self.usage)
  }

  static func badValue(_ text: String, reason: String?, at position: Int) -> DistributionParseError {
    DistributionParseError(
      id: "distribution.bad-value", message: "'\(text)' is not a valid value", position: position,
      length: max(1, text.count), hint: reason)
  }

  static func expectedPair(_ text: String, at position: Int) -> DistributionParseError {
    DistributionParseError(
      id: "distribution.expected-pair", message: "expected VALUE => PROBABILITY, found '\(text)'",
      position: position, length: max(1, text.count), hint: "for example discrete(0 => 0.3, 1 => 0.7)")
  }

  static func invalid(_ reason: String, at position: Int, length: Int) -> DistributionParseError {
    DistributionParseError(
      id: "distribution.invalid", message: reason, position: position, length: max(1, length), hint: Self.usage)
  }

  static let usage =
    "write normal(MEAN, SD), uniform(LO, HI), triangular(LO, MODE, HI) or discrete(V1 => P1, V2 => P2, …)"
}
