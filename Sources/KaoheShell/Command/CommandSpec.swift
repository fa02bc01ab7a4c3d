/// What a command's arguments are, for completion.
public enum ArgumentKind: Sendable, Equatable {
  case command, input, indicator, indicatorOrUnit, policy, policyValue, checkpoint, file, rubricOrBaseline, analysisWords, none
}

/// One entry of the command table: the single source for parsing, help, completion and "did you mean".
public struct CommandSpec: Sendable {
  /// The command's name.
  public var name: String
  /// Other names it answers to.
  public var aliases: [String]
  /// How it is written.
  public var usage: String
  /// One line saying what it does.
  public var summary: String
  /// Longer help, with examples.
  public var details: String
  /// What its arguments are, in order, for completion.
  public var arguments: [ArgumentKind]
}
