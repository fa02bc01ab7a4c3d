import KaoheDiagnostics

/// Why a distribution's text could not be read, with the place in the text (0-based character
/// offset and length) for a caret. Messages are in the current language (`L10n`).
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
      id: "distribution.expected-name", message: L10n.t("expected a distribution"), position: position, length: 1,
      hint: Self.usage)
  }

  static func unknownName(_ name: String, at position: Int, suggestion: String?) -> DistributionParseError {
    DistributionParseError(
      id: "distribution.unknown-name", message: L10n.t("unknown distribution '{0}'", name), position: position,
      length: max(1, name.count), hint: suggestion.map { L10n.t("did you mean '{0}'?", $0) } ?? Self.usage)
  }

  static func expected(_ what: String, at position: Int) -> DistributionParseError {
    DistributionParseError(
      id: "distribution.expected", message: L10n.t("expected {0}", phrase(what)), position: position, length: 1,
      hint: Self.usage)
  }

  static func argumentCount(_ name: String, expected: String, found: Int, at position: Int, length: Int)
    -> DistributionParseError
  {
    DistributionParseError(
      id: "distribution.argument-count", message: L10n.t("{0} takes {1}, found {2}", name, phrase(expected), found),
      position: position, length: max(1, length), hint: Self.usage)
  }

  static func badValue(_ text: String, reason: String?, at position: Int) -> DistributionParseError {
    DistributionParseError(
      id: "distribution.bad-value", message: L10n.t("'{0}' is not a valid value", text), position: position,
      length: max(1, text.count), hint: reason.map(phrase))
  }

  static func expectedPair(_ text: String, at position: Int) -> DistributionParseError {
    DistributionParseError(
      id: "distribution.expected-pair", message: L10n.t("expected VALUE => PROBABILITY, found '{0}'", text),
      position: position, length: max(1, text.count), hint: L10n.t("for example discrete(0 => 0.3, 1 => 0.7)"))
  }

  static func invalid(_ reason: String, at position: Int, length: Int) -> DistributionParseError {
    DistributionParseError(
      id: "distribution.invalid", message: phrase(reason), position: position, length: max(1, length), hint: Self.usage)
  }

  static var usage: String {
    L10n.t("write normal(MEAN, SD), uniform(LO, HI), triangular(LO, MODE, HI) or discrete(V1 => P1, V2 => P2, …)")
  }

  /// A phrase that the distribution parser passes in (what it expected, a reason a value or a
  /// distribution is refused), in the current language. Phrases it does not know (already
  /// translated ones, from the value parser) are returned as they are.
  static func phrase(_ english: String) -> String {
    guard L10n.language != .en else { return english }
    switch english {
    case "2 arguments (mean, standard deviation)": return L10n.t("2 arguments (mean, standard deviation)")
    case "2 arguments (lower, upper)": return L10n.t("2 arguments (lower, upper)")
    case "3 arguments (lower, mode, upper)": return L10n.t("3 arguments (lower, mode, upper)")
    case "at least one VALUE => PROBABILITY": return L10n.t("at least one VALUE => PROBABILITY")
    case "a probability is a number such as 0.3 or 30%": return L10n.t("a probability is a number such as 0.3 or 30%")
    case "write a number such as 2, 0.5 or 2%": return L10n.t("write a number such as 2, 0.5 or 2%")
    case "parameters must be finite": return L10n.t("parameters must be finite")
    case "the standard deviation must not be negative": return L10n.t("the standard deviation must not be negative")
    case "bounds must be finite": return L10n.t("bounds must be finite")
    case "the lower bound is above the upper bound": return L10n.t("the lower bound is above the upper bound")
    case "needs lower ≤ mode ≤ upper": return L10n.t("needs lower ≤ mode ≤ upper")
    case "needs at least one value": return L10n.t("needs at least one value")
    case "needs one probability per value": return L10n.t("needs one probability per value")
    case "values must be finite": return L10n.t("values must be finite")
    case "probabilities must not be negative": return L10n.t("probabilities must not be negative")
    case "the probabilities add up to 0": return L10n.t("the probabilities add up to 0")
    case "resamples": return L10n.t("resamples")
    case "confidence level": return L10n.t("confidence level")
    case "target": return L10n.t("target")
    case "spread": return L10n.t("spread")
    case "bins": return L10n.t("bins")
    default: break
    }
    if english.hasPrefix("'(' after ") { return L10n.t("'(' after {0}", english.dropFirst(10)) }
    if english.hasPrefix("')' to close "), english.hasSuffix("(") {
      return L10n.t("')' to close {0}(", english.dropFirst(13).dropLast())
    }
    return english
  }
}
