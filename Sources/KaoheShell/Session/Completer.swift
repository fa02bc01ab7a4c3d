import KaoheRubric

/// Tab completion from the command table and the session: commands, input names, indicator ids,
/// department names (Chinese too), policy names and values, checkpoints and file paths.
public struct Completer: Sendable {
  /// Lists a folder, for file completion (injected so tests need no disk).
  public var listDirectory: @Sendable (String) -> [String]

  /// Creates a completer.
  public init(listDirectory: @escaping @Sendable (String) -> [String]) { self.listDirectory = listDirectory }

  /// The start (in characters) of the word being completed, and the candidates for it.
  public func complete(_ line: String, cursor: Int, session: Session) -> (start: Int, candidates: [String]) {
    let chars = Array(line.prefix(cursor))
    var start = chars.count
    while start > 0, chars[start - 1] != " " { start -= 1 }
    let word = String(chars[start...])
    let before = String(chars[..<start]).split(separator: " ").map(String.init)
    guard let first = before.first else {
      return (start, CommandTable.specs.map(\.name).filter { $0.hasPrefix(word) }.sorted())
    }
    guard let spec = CommandTable.spec(first) else { return (start, []) }
    let position = before.count - 1
    let kind = position < spec.arguments.count ? spec.arguments[position] : (spec.arguments.last == .file ? .file : .none)
    return (start, candidates(kind, word, previous: before.last ?? "", session: session).sorted())
  }

  private func candidates(_ kind: ArgumentKind, _ word: String, previous: String, session: Session) -> [String] {
    let w = session.workspace
    let rubric = w.rubric
    func matching(_ names: [String]) -> [String] { Array(Set(names.filter { $0.hasPrefix(word) })) }
    switch kind {
    case .command: return matching(CommandTable.specs.map(\.name))
    case .input: return matching(rubric.inputs.map(\.name) + rubric.inputs.map(\.label.zh).filter { !$0.isEmpty && !$0.contains(" ") })
    case .indicator: return matching(rubric.indicators.map(\.id) + (rubric.isMultiUnit ? [] : rubric.indicators.flatMap { $0.numbers.map(String.init) }))
    case .indicatorOrUnit:
      return matching(["total", "areas"] + rubric.indicators.map(\.id) + (rubric.isMultiUnit ? rubric.units.flatMap { [$0.id, $0.name.zh] } : []))
    case .policy: return matching(rubric.policies.map(\.name))
    case .policyValue: return matching(rubric.policy(named: previous)?.valueNames ?? [])
    case .checkpoint: return matching(Array(session.checkpoints.keys) + ["baseline", "now"])
    case .rubricOrBaseline: return matching(["rubric", "baseline"])
    case .file:
      if previous == "rubric" || previous == "baseline" {
        let ids = previous == "rubric" ? Catalog.rubrics.map(\.id) : Catalog.baselineIDs(for: rubric.id)
        let embedded = ids.filter { $0.hasPrefix(word) }
        if !embedded.isEmpty && !word.contains("/") { return embedded + files(word) }
      }
      return files(word)
    case .analysisWords:
      return matching(["for", "step", "points", "seed", "reach", "by", "x"] + rubric.inputs.map(\.name))
    case .none: return []
    }
  }

  private func files(_ word: String) -> [String] {
    let slash = word.lastIndex(of: "/")
    let directory = slash.map { String(word[...$0]) } ?? ""
    let prefix = slash.map { String(word[word.index(after: $0)...]) } ?? word
    return listDirectory(directory.isEmpty ? "." : directory).filter { $0.hasPrefix(prefix) && !$0.hasPrefix(".") }.map { directory + $0 }
  }
}
