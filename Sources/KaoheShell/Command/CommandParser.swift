import Foundation
import KaoheDiagnostics

/// Parses a REPL line into a `Command`, once.
public enum CommandParser {
  /// The command on `line`, or nil for an empty line or a comment.
  public static func parse(_ line: String) -> Result<Command?, ShellError> {
    // A line read from a file may keep its "\r" (Windows line endings) or start with a byte-order mark.
    let trimmed = line.trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{FEFF}")))
    if trimmed.isEmpty { return .success(nil) }
    if trimmed.hasPrefix("#") {
      return .success(.note(trimmed.dropFirst().trimmingCharacters(in: .whitespaces)))
    }
    let (word, rest) = split(trimmed)
    guard let spec = CommandTable.spec(word.lowercased()) else {
      let suggestion = Suggestions.closest(to: word, among: CommandTable.allNames)
      let start = line.distance(from: line.startIndex, to: line.range(of: word)?.lowerBound ?? line.startIndex)
      return .failure(ShellError(L10n.t("unknown command '{0}'", word), line: line, span: (start, word.count), hint: suggestion.map { L10n.t("did you mean '{0}'? Use \"help\" for the list.", $0) } ?? L10n.t("Use \"help\" for the list of commands.")))
    }
    return parse(spec, rest, line: line)
  }

  private static func split(_ s: String) -> (String, String) {
    guard let space = s.firstIndex(where: { $0 == " " || $0 == "\t" }) else { return (s, "") }
    return (String(s[..<space]), s[space...].trimmingCharacters(in: .whitespaces))
  }

  private static func usage(_ spec: CommandSpec, _ line: String, _ message: String) -> ShellError {
    ShellError(message, line: line, span: (0, line.count), hint: L10n.t("usage: {0}. Use \"help {1}\" for more.", spec.usage, spec.name))
  }

  private static func parse(_ spec: CommandSpec, _ rest: String, line: String) -> Result<Command?, ShellError> {
    let args = rest.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    let optional = args.first
    switch spec.name {
    case "help": return .success(.help(optional))
    case "rubrics": return noArguments(spec, args, line, .rubrics)
    case "load":
      guard args.count == 2, ["rubric", "baseline"].contains(args[0]) else {
        return .failure(usage(spec, line, L10n.t("load needs what to load and from where")))
      }
      return .success(.load(rubric: args[0] == "rubric", reference: args[1]))
    case "inputs": return .success(.inputs(rest.isEmpty ? nil : rest))
    case "set": return parseSet(spec, rest, line: line)
    case "reset": return .success(.reset(optional))
    case "show": return .success(.show(rest.isEmpty ? nil : rest))
    case "explain":
      guard !rest.isEmpty else { return .failure(usage(spec, line, L10n.t("explain needs an indicator"))) }
      return .success(.explain(rest))
    case "diff": return .success(.diff(optional))
    case "checkpoint":
      guard args.count == 1 else { return .failure(usage(spec, line, L10n.t("checkpoint needs one name"))) }
      return .success(.checkpoint(args[0]))
    case "compare":
      guard args.count == 2 else { return .failure(usage(spec, line, L10n.t("compare needs two checkpoints"))) }
      return .success(.compare(args[0], args[1]))
    case "undo": return noArguments(spec, args, line, .undo)
    case "redo": return noArguments(spec, args, line, .redo)
    case "policy":
      guard args.count <= 2 else { return .failure(usage(spec, line, L10n.t("policy takes a name and a value"))) }
      return .success(.policy(args.first, args.count > 1 ? args[1] : nil))
    case "record":
      if args == ["stop"] { return .success(.recordStop) }
      let force = args.contains("--force")
      let files = args.filter { $0 != "--force" }
      guard files.count == 1 else { return .failure(usage(spec, line, L10n.t("record needs a file name, or 'stop'"))) }
      return .success(.record(files[0], force: force))
    case "save":
      let force = args.contains("--force")
      let files = args.filter { $0 != "--force" }
      guard files.count == 1 else { return .failure(usage(spec, line, L10n.t("save needs a file name"))) }
      return .success(.save(files[0], force: force))
    case "open":
      guard args.count == 1 else { return .failure(usage(spec, line, L10n.t("open needs a scenario file"))) }
      return .success(.open(args[0]))
    case "note": return .success(.note(rest))
    case "sweep", "table", "tornado", "breakpoints", "seek", "montecarlo", "sobol", "plan":
      switch AnalysisParser.parse(spec.name, args) {
      case .success(let request): return .success(.analysis(request))
      case .failure(let f): return .failure(usage(spec, line, f.message))
      }
    case "vary":
      if rest.isEmpty { return .success(.vary(nil, nil)) }
      if let tilde = rest.firstIndex(of: "~") {
        let name = rest[..<tilde].trimmingCharacters(in: .whitespaces)
        let dist = rest[rest.index(after: tilde)...].trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, !dist.isEmpty else { return .failure(usage(spec, line, L10n.t("vary needs NAME ~ DISTRIBUTION"))) }
        return .success(.vary(name, dist))
      }
      if args.count == 2, args[1] == "off" { return .success(.vary(args[0], "off")) }
      return .failure(usage(spec, line, L10n.t("vary needs NAME ~ DISTRIBUTION, or NAME off")))
    case "cost":
      if rest.isEmpty { return .success(.cost(nil, nil)) }
      let parts = rest.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
      guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return .failure(usage(spec, line, L10n.t("cost needs NAME = COST"))) }
      return .success(.cost(parts[0], parts[1]))
    case "export":
      let force = args.contains("--force")
      let files = args.filter { $0 != "--force" }
      guard files.count == 1 else { return .failure(usage(spec, line, L10n.t("export needs a file name ending .svg, .csv or .json"))) }
      return .success(.export(files[0], force: force))
    default: return noArguments(spec, args, line, .quit)
    }
  }

  private static func noArguments(_ spec: CommandSpec, _ args: [String], _ line: String, _ c: Command) -> Result<Command?, ShellError> {
    guard args.isEmpty else {
      return .failure(usage(spec, line, L10n.t("{0} takes no arguments", spec.name)))
    }
    return .success(c)
  }

  private static func parseSet(_ spec: CommandSpec, _ rest: String, line: String) -> Result<Command?, ShellError> {
    let ops: [Command.SetOperation] = [.add, .subtract, .multiply, .divide, .assign]
    for op in ops {
      guard let r = rest.range(of: op.rawValue) else { continue }
      if op == .assign, r.lowerBound > rest.startIndex, "+-*/".contains(rest[rest.index(before: r.lowerBound)]) { continue }
      let name = rest[..<r.lowerBound].trimmingCharacters(in: .whitespaces)
      let value = rest[r.upperBound...].trimmingCharacters(in: .whitespaces)
      guard !name.isEmpty, !value.isEmpty else { return .failure(usage(spec, line, L10n.t("set needs a name and a value"))) }
      return .success(.set(name: name, operation: op, value: value))
    }
    let parts = rest.split(separator: " ", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
    if parts.count == 2 { return .success(.set(name: parts[0], operation: .assign, value: parts[1])) }
    return .failure(usage(spec, line, L10n.t("set needs a name and a value")))
  }
}
