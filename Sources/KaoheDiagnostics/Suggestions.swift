/// "Did you mean" suggestions by edit distance.
public enum Suggestions {
  /// The candidate closest to `name`, if it is close enough to be a likely typo.
  public static func closest(to name: String, among candidates: some Sequence<String>) -> String? {
    // A name this long is not a typo of anything, and comparing it would take time in proportion
    // to its length times each candidate's (a pasted megabyte would stall the shell).
    guard name.utf8.count <= maximumLength else { return nil }
    let target = Array(name.lowercased())
    var best: (String, Int)?
    for candidate in candidates {
      let other = Array(candidate.lowercased())
      // A candidate that cannot beat the best so far is not measured in full (the first of equals wins).
      if let current = best, abs(other.count - target.count) >= current.1 { continue }
      let d = distance(target, other, below: best?.1 ?? Int.max)
      if let current = best, current.1 <= d { continue }
      best = (candidate, d)
    }
    guard let (candidate, d) = best else { return nil }
    let limit = max(1, min(3, (target.count + 2) / 3))
    if d <= limit { return candidate }
    let lowered = candidate.lowercased()
    if target.count >= 3, lowered.contains(String(target)) { return candidate }
    return nil
  }

  /// The longest name (in UTF-8 bytes) that gets a suggestion.
  public static let maximumLength = 256

  /// Levenshtein distance between two character arrays; once it is certain to be `bound` or more,
  /// some number not below `bound` is returned without finishing.
  public static func distance(_ a: [Character], _ b: [Character], below bound: Int = Int.max) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      var rowMinimum = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        rowMinimum = Swift.min(rowMinimum, current[j])
      }
      // Every later row's values are at least this row's smallest.
      if rowMinimum >= bound { return rowMinimum }
      swap(&previous, &current)
    }
    return previous[b.count]
  }

  /// A "did you mean" hint, or nil.
  public static func hint(for name: String, among candidates: some Sequence<String>) -> String? {
    closest(to: name, among: candidates).map { L10n.t("did you mean '{0}'?", $0) }
  }
}

/// Counted nouns for messages: `1 command`, `2 commands`; in Chinese `1 条命令`, `2 条命令`.
public enum Plural {
  /// `n` and the word, with an `s` unless `n` is 1 (in Chinese, with the word's measure word).
  public static func of(_ n: Int, _ word: String) -> String {
    if L10n.language == .zh, let noun = L10n.countedNoun(word) { return "\(n) \(noun)" }
    return "\(n) \(word)\(n == 1 ? "" : "s")"
  }
}
