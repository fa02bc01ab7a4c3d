import KaoheScenario

/// `kaohe run --json`: a scenario replayed, as data.
public struct RunReport: Sendable, Codable {
  /// One cell of the scenario: prose, or a command with the output it gives now.
  public struct Cell: Sendable, Codable {
    /// The cell's number in the file, from 1 (the numbering `kaohe test` uses).
    public var index: Int
    /// `prose` or `command`.
    public var kind: String
    /// The prose, its lines joined with newlines.
    public var text: String?
    /// The command as typed.
    public var command: String?
    /// What the command printed now, its lines joined with newlines.
    public var output: String?
    /// `ok`, or `error` when the command printed an error.
    public var status: String?
    /// Whether `output` equals the output recorded in the file.
    public var matches: Bool?
  }

  /// The scenario file as given.
  public var file: String
  /// The rubric the header names (an embedded id or a path).
  public var rubric: String
  /// The content hash of the rubric as replayed.
  public var rubricHash: String
  /// The hash recorded in the header, when it has one.
  public var recordedRubricHash: String?
  /// Set when the two hashes differ: the note also printed on standard error.
  public var rubricChanged: String?
  /// The baseline the header names.
  public var baseline: String
  /// The language the outputs are made in (`en` or `zh`).
  public var language: String
  /// The header's policy values, by name.
  public var policies: [String: String]
  /// The header's inputs that differ from the baseline, by name, as typed.
  public var inputs: [String: String]
  /// Every cell, in order.
  public var cells: [Cell]
  /// How many commands were replayed.
  public var commands: Int
  /// How many of them printed an error.
  public var errors: Int
  /// How many outputs differ from the recorded ones.
  public var mismatches: Int
  /// The exit status of `kaohe run`: 0 whenever the scenario was replayed.
  public var exitCode: Int

  /// The report of `outcome`, the replay of the scenario read from `file`.
  public static func make(file: String, scenario: Scenario, outcome: Replayer.Outcome) -> RunReport {
    let header = scenario.header
    let errored = Set(outcome.erroredCells)
    let differing = Set(outcome.mismatches.map(\.cell))
    let cells = outcome.replayed.cells.enumerated().map { i, cell -> Cell in
      switch cell {
      case .prose(let lines):
        return Cell(index: i + 1, kind: "prose", text: lines.joined(separator: "\n"))
      case .command(let line, let output):
        return Cell(
          index: i + 1, kind: "command", command: line, output: output.joined(separator: "\n"),
          status: errored.contains(i + 1) ? "error" : "ok", matches: !differing.contains(i + 1))
      }
    }
    return RunReport(
      file: file, rubric: header.rubric, rubricHash: outcome.rubricHash,
      recordedRubricHash: header.rubricHash.isEmpty ? nil : header.rubricHash, rubricChanged: outcome.rubricChanged,
      baseline: header.baseline, language: header.language,
      policies: Dictionary(header.policies.map { ($0.name, $0.value) }, uniquingKeysWith: { _, last in last }),
      inputs: Dictionary(header.inputs.map { ($0.name, $0.value) }, uniquingKeysWith: { _, last in last }),
      cells: cells, commands: outcome.replayed.commands.count, errors: errored.count,
      mismatches: outcome.mismatches.count, exitCode: 0)
  }
}
