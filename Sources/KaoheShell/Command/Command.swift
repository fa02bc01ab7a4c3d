/// A REPL line parsed once into a typed command.
public enum Command: Sendable, Equatable {
  /// How `set` changes a value.
  public enum SetOperation: String, Sendable, Equatable {
    case assign = "=", add = "+=", subtract = "-=", multiply = "*=", divide = "/="
  }

  case help(String?)
  case rubrics
  case load(rubric: Bool, reference: String)
  case inputs(String?)
  case set(name: String, operation: SetOperation, value: String)
  case reset(String?)
  case show(String?)
  case explain(String)
  case diff(String?)
  case checkpoint(String)
  case compare(String, String)
  case undo
  case redo
  case policy(String?, String?)
  case record(String?, force: Bool)
  case recordStop
  case save(String, force: Bool)
  case open(String)
  case note(String)
  case analysis(AnalysisRequest)
  case vary(String?, String?)
  case cost(String?, String?)
  case export(String, force: Bool)
  case quit
}
