/// The edit that one press of Tab makes, worked out from a provider's ``Completion``.
///
/// Kept apart from libedit so that the rules can be tested without a terminal:
/// a unique candidate is inserted, followed by a space unless it ends with "/";
/// several candidates are first completed to their common prefix, and when that
/// adds nothing (the second Tab) they are listed.
enum CompletionAction: Equatable {
  /// Replaces `word`, the text just before the cursor, by `replacement`.
  case replace(word: String, replacement: String)
  /// Lists the candidates below the line and redraws it unchanged.
  case list([String])
  /// Nothing to complete: ring the bell.
  case beep

  /// Plans the edit for `completion` on `line` with the cursor at `cursor` (in `Character`s).
  static func plan(line: String, cursor: Int, completion: Completion) -> CompletionAction {
    let characters = Array(line)
    let cursor = min(max(cursor, 0), characters.count)
    let start = min(max(completion.replacementStart, 0), cursor)
    let word = String(characters[start..<cursor])
    let candidates = uniqued(completion.candidates)
    switch candidates.count {
    case 0:
      return .beep
    case 1:
      let atSpace = cursor < characters.count && characters[cursor].isWhitespace
      let candidate = candidates[0]
      let needsSpace = !candidate.hasSuffix("/") && !atSpace
      return .replace(word: word, replacement: candidate + (needsSpace ? " " : ""))
    default:
      let prefix = Completion(replacementStart: start, candidates: candidates).commonPrefix
      if prefix.count > word.count, prefix.hasPrefix(word) {
        return .replace(word: word, replacement: prefix)
      }
      return .list(candidates)
    }
  }

  /// Drops repeated candidates, keeping the first of each.
  private static func uniqued(_ candidates: [String]) -> [String] {
    var seen = Set<String>()
    return candidates.filter { seen.insert($0).inserted }
  }
}
