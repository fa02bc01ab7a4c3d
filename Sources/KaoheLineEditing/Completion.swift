/// The candidates a ``CompletionProvider`` offers for the word before the cursor.
public struct Completion: Sendable, Equatable {
  /// The offset, in `Character`s, where the text to replace starts.
  ///
  /// The text from here up to the cursor is replaced by the chosen candidate.
  public var replacementStart: Int

  /// The full replacement texts, in the order they should be listed.
  public var candidates: [String]

  /// Creates a completion that replaces the text from `replacementStart` to the cursor.
  public init(replacementStart: Int, candidates: [String]) {
    self.replacementStart = replacementStart
    self.candidates = candidates
  }

  /// A completion with no candidates.
  public static let none = Completion(replacementStart: 0, candidates: [])

  /// The longest prefix, in whole `Character`s, shared by every candidate.
  ///
  /// It is empty when there are no candidates.
  public var commonPrefix: String {
    guard let first = candidates.first else { return "" }
    var prefix = Substring(first)
    for candidate in candidates.dropFirst() {
      prefix = prefix.commonPrefix(with: candidate)
      if prefix.isEmpty { break }
    }
    return String(prefix)
  }
}

extension Substring {
  /// The longest shared prefix of `self` and `other`, compared `Character` by `Character`.
  fileprivate func commonPrefix(with other: String) -> Substring {
    var end = startIndex
    var otherIndex = other.startIndex
    while end < endIndex, otherIndex < other.endIndex, self[end] == other[otherIndex] {
      end = index(after: end)
      otherIndex = other.index(after: otherIndex)
    }
    return self[startIndex..<end]
  }
}
