/// A recorded session, notebook-style: a header, then cells of prose and of commands with the
/// output they printed.
public struct Scenario: Sendable, Hashable {
  /// The format version this build writes and reads.
  public static let formatVersion = 1

  /// What the session ran on.
  public struct Header: Sendable, Hashable {
    /// The rubric's id.
    public var rubric: String
    /// The rubric file's content hash when recorded.
    public var rubricHash: String
    /// The baseline's id (or path).
    public var baseline: String
    /// Policy values at the start, in order: name and value.
    public var policies: [(name: String, value: String)]
    /// Inputs that differ from the baseline at the start: name and value as typed.
    public var inputs: [(name: String, value: String)]
    /// The language the outputs were made in.
    public var language: String
    /// Where the header was read from, so that a header that cannot be loaded (an unknown rubric,
    /// a bad policy value) is reported at its line; nil for a header made in a session.
    public var origin: Origin?

    /// A header's file and the line of each of its keys.
    public struct Origin: Sendable, Hashable {
      /// The scenario file's path.
      public var path: String
      /// Each header key's 1-based line, and that line's text.
      public var lines: [String: (number: Int, text: String)]
      /// The 1-based line of each command cell in the file, in order.
      public var commandLines: [Int]

      /// Creates an origin.
      public init(path: String, lines: [String: (number: Int, text: String)], commandLines: [Int] = []) {
        self.path = path
        self.lines = lines
        self.commandLines = commandLines
      }

      public static func == (a: Origin, b: Origin) -> Bool {
        a.path == b.path && a.lines.mapValues(\.number) == b.lines.mapValues(\.number) && a.commandLines == b.commandLines
      }

      public func hash(into hasher: inout Hasher) { hasher.combine(path) }
    }

    /// Creates a header.
    public init(
      rubric: String, rubricHash: String, baseline: String, policies: [(name: String, value: String)],
      inputs: [(name: String, value: String)] = [], language: String = "en"
    ) {
      self.rubric = rubric
      self.rubricHash = rubricHash
      self.baseline = baseline
      self.policies = policies
      self.inputs = inputs
      self.language = language
    }

    public static func == (a: Header, b: Header) -> Bool {
      a.rubric == b.rubric && a.rubricHash == b.rubricHash && a.baseline == b.baseline && a.language == b.language
        && a.policies.map { "\($0.name)=\($0.value)" } == b.policies.map { "\($0.name)=\($0.value)" }
        && a.inputs.map { "\($0.name)=\($0.value)" } == b.inputs.map { "\($0.name)=\($0.value)" }
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(rubric) }
  }

  /// One cell.
  public enum Cell: Sendable, Hashable {
    /// Free prose: lines of text.
    case prose([String])
    /// A command as typed and the lines it printed (no trailing blank lines).
    case command(String, output: [String])
  }

  /// The header.
  public var header: Header
  /// The cells, in order.
  public var cells: [Cell]

  /// Creates a scenario.
  public init(header: Header, cells: [Cell] = []) {
    self.header = header
    self.cells = cells
  }

  /// The commands, in order.
  public var commands: [String] {
    cells.compactMap { if case .command(let c, _) = $0 { return c } else { return nil } }
  }
}
