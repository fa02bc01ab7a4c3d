/// A range of characters in a formula's text: `start ..< end`, counted in characters.
public struct Span: Sendable, Hashable, Codable {
  /// The first character.
  public var start: Int
  /// One past the last character.
  public var end: Int

  /// Creates a span.
  public init(_ start: Int, _ end: Int) {
    self.start = start
    self.end = max(start, end)
  }

  /// The smallest span covering both.
  public func union(_ other: Span) -> Span { Span(min(start, other.start), max(end, other.end)) }
}
