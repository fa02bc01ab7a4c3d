import Foundation
import KaoheDiagnostics
import KaoheRubric
import KaoheScenario

/// The REPL's state with no terminal I/O: the workspace, undo and redo, checkpoints, the
/// transcript of cells so far, and an optional recording.
public struct Session: Sendable {
  /// What a line produced.
  public struct Result: Sendable {
    /// Text to print (no trailing newline); may be empty.
    public var output: String
    /// Whether it was an error.
    public var isError: Bool
    /// Whether the user asked to leave.
    public var quit: Bool
  }

  /// Inputs and policies remembered under a name.
  public struct Checkpoint: Sendable {
    /// Inputs, in rubric order.
    public var inputs: [Double]
    /// Policies, in order.
    public var policies: [Double]
    /// The rubric they belong to.
    public var rubricID: String
  }

  /// The current rubric, baseline, inputs and policies.
  public internal(set) var workspace: Workspace
  var undoStack: [(Workspace, String)] = []
  var redoStack: [(Workspace, String)] = []
  /// Named checkpoints.
  public internal(set) var checkpoints: [String: Checkpoint] = [:]
  /// The header describing the session's start.
  public internal(set) var startHeader: Scenario.Header
  /// Every cell since the start.
  public internal(set) var transcript: [Scenario.Cell] = []
  var recording: (path: String, force: Bool, scenario: Scenario)?
  /// Whether commands may write files (false while replaying someone else's scenario).
  public var allowWrites: Bool
  /// Depth of nested `open`, to refuse loops.
  var openDepth = 0
  /// The last analysis, for `export`.
  public internal(set) var lastAnalysis: AnalysisOutput?
  /// The language of this session's messages (recorded in scenarios, used again on replay).
  public var language: Language = L10n.language
  /// Asked between chunks of a long analysis; true stops it (Ctrl-C in the REPL).
  public var isCancelled: @Sendable () -> Bool = { false }

  /// Starts a session on a workspace.
  public init(workspace: Workspace, allowWrites: Bool = true) {
    self.workspace = workspace
    self.allowWrites = allowWrites
    self.startHeader = Session.header(for: workspace)
  }

  /// The scenario header for a workspace's current state.
  public static func header(for w: Workspace) -> Scenario.Header {
    let base = w.baselineInputs
    let changed = w.rubric.inputs.indices.filter { w.inputs[$0] != base[$0] }.map { i in
      (w.rubric.inputs[i].name, ValueParser.format(w.inputs[i], for: w.rubric.inputs[i]))
    }
    return Scenario.Header(
      rubric: w.rubric.path.hasPrefix("<embedded>") ? w.rubric.id : w.rubric.path, rubricHash: w.rubric.contentHash,
      baseline: w.baseline.path.hasPrefix("<embedded>") ? w.baseline.id : w.baseline.path,
      policies: w.rubric.policies.enumerated().map { ($1.name, $1.valueName(w.policies[$0])) }, inputs: changed,
      language: L10n.language.rawValue)
  }

  /// Whether inputs or policies differ from the baseline and defaults.
  public var isModified: Bool {
    workspace.inputs != workspace.baselineInputs || workspace.policies != workspace.compiled.defaultPolicies
  }

  /// The prompt: rubric, baseline, and a `*` when inputs differ.
  public var prompt: String {
    "kaohe \(workspace.rubric.id) · \(workspace.baseline.id)\(isModified ? " *" : "")> "
  }

  /// Parses and runs one line in the session's language, recording it in the transcript.
  public mutating func run(_ line: String) -> Result {
    L10n.$language.withValue(language) { runInLanguage(line) }
  }

  private mutating func runInLanguage(_ line: String) -> Result {
    switch CommandParser.parse(line) {
    case .failure(let e):
      let result = Result(output: e.rendered, isError: true, quit: false)
      record(line, result)
      return result
    case .success(nil):
      return Result(output: "", isError: false, quit: false)
    case .success(let command?):
      if case .note(let text) = command {
        if !text.isEmpty { note(text) }
        return Result(output: "", isError: false, quit: false)
      }
      let result = execute(command)
      if !isMeta(command) { record(line, result) }
      return result
    }
  }

  private func isMeta(_ c: Command) -> Bool {
    switch c {
    case .record, .recordStop, .save, .open, .quit: true
    default: false
    }
  }

  mutating func note(_ text: String) {
    transcript.append(.prose([text]))
    recording?.scenario.cells.append(.prose([text]))
  }

  mutating func record(_ line: String, _ result: Result) {
    let cell = Scenario.Cell.command(line.trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{FEFF}"))), output: ScenarioPrinter.normalize(result.output))
    transcript.append(cell)
    recording?.scenario.cells.append(cell)
  }

  /// Runs a parsed command.
  public mutating func execute(_ command: Command) -> Result {
    do {
      return Result(output: try perform(command), isError: false, quit: command == .quit)
    } catch {
      return Result(output: error.rendered, isError: true, quit: false)
    }
  }

  /// Saves the state before a change, for undo.
  mutating func pushUndo(_ description: String) {
    undoStack.append((workspace, description))
    if undoStack.count > 1000 { undoStack.removeFirst() }
    redoStack.removeAll()
  }
}
