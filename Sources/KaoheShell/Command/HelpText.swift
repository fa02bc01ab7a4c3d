/// `help` and `help COMMAND`, from the command table.
public enum HelpText {
  /// The list of commands, or one command's usage, summary and examples.
  public static func render(_ name: String?) throws(ShellError) -> String {
    guard let name else {
      var t = TextTable(["command", "what it does"])
      for s in CommandTable.specs { t.add([s.usage, s.summary]) }
      return t.render() + "\nUse \"help COMMAND\" for examples. Values take units: -3%, 1500万元, 2家; true/false (是/否)."
    }
    guard let spec = CommandTable.spec(name) else {
      throw ShellError("no command '\(name)'", hint: Suggestions.closest(to: name, among: CommandTable.allNames).map { "did you mean '\($0)'?" } ?? "Use \"help\" for the list.")
    }
    var out = ["usage: \(spec.usage)", spec.summary]
    if !spec.aliases.isEmpty { out.append("also: \(spec.aliases.joined(separator: ", "))") }
    if !spec.details.isEmpty {
      out.append("examples:")
      out += spec.details.split(separator: "\n").map { "  " + $0 }
    }
    return out.joined(separator: "\n")
  }
}

import KaoheDiagnostics
