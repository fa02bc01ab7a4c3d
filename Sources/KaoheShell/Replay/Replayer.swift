import KaoheDiagnostics
import KaoheRubric
import KaoheScenario

/// Replays a scenario against a fresh session: the outputs it prints now, and where they differ
/// from those recorded.
public enum Replayer {
  /// The outcome of a replay.
  public struct Outcome: Sendable {
    /// The scenario with fresh outputs.
    public var replayed: Scenario
    /// Commands whose output differs from the recording.
    public var mismatches: [ScenarioDiff.Mismatch]
    /// Set when the rubric's content differs from the one recorded.
    public var rubricChanged: String?
    /// The content hash of the rubric as replayed.
    public var rubricHash: String
    /// The 1-based numbers of the cells whose command printed an error.
    public var erroredCells: [Int] = []
  }

  /// The session a scenario starts from: its rubric, baseline and policies.
  public static func session(for s: Scenario, allowWrites: Bool) throws(DiagnosticError) -> Session {
    var session = Session(workspace: try Workspace.load(header: s.header), allowWrites: allowWrites)
    session.language = Language(code: s.header.language) ?? .en
    return session
  }

  /// Replays every command; `isCancelled` is checked between commands.
  public static func replay(_ s: Scenario, allowWrites: Bool = false, isCancelled: () -> Bool = { false }) throws(DiagnosticError) -> Outcome {
    var session = try session(for: s, allowWrites: allowWrites)
    var changed: String?
    let hash = session.workspace.rubric.contentHash
    if !s.header.rubricHash.isEmpty, s.header.rubricHash != hash {
      changed = L10n.t("rubric {0} has changed since this scenario was recorded (hash {1}, now {2})", s.header.rubric, s.header.rubricHash, hash)
    }
    var cells: [Scenario.Cell] = []
    var mismatches: [ScenarioDiff.Mismatch] = []
    var errored: [Int] = []
    let lines = ScenarioDiff.commandLines(s)
    var commandIndex = 0
    replaying: for (i, cell) in s.cells.enumerated() {
      switch cell {
      case .prose: cells.append(cell)
      case .command(let line, let expected):
        if isCancelled() { break replaying }
        let result = session.run(line)
        let actual = ScenarioPrinter.normalize(result.output)
        cells.append(.command(line, output: actual))
        if result.isError { errored.append(i + 1) }
        if actual != expected {
          mismatches.append(.init(cell: i + 1, line: lines[commandIndex], command: line, expected: expected, actual: actual))
        }
        commandIndex += 1
        if result.quit { break replaying }
      }
    }
    return Outcome(replayed: Scenario(header: s.header, cells: cells), mismatches: mismatches, rubricChanged: changed, rubricHash: hash,
      erroredCells: errored)
  }
}
