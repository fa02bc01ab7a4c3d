/// `help` and `help COMMAND`, from the command table. Usages and examples are shown as typed;
/// summaries are translated here, when the help is rendered.
public enum HelpText {
  /// The list of commands, or one command's usage, summary and examples.
  public static func render(_ name: String?) throws(ShellError) -> String {
    guard let name else {
      var t = TextTable([L10n.t("command"), L10n.t("what it does")])
      for s in CommandTable.specs { t.add([s.usage, L10n.t(s.summary)]) }
      return t.render() + "\n"
        + L10n.t("Use \"help COMMAND\" for examples. Values take units: -3%, 1500万元, 2家; true/false (是/否).")
    }
    guard let spec = CommandTable.spec(name) else {
      throw ShellError(L10n.t("no command '{0}'", name), hint: Suggestions.hint(for: name, among: CommandTable.allNames) ?? L10n.t("Use \"help\" for the list."))
    }
    var out = [L10n.t("usage: {0}", spec.usage), L10n.t(spec.summary)]
    if !spec.aliases.isEmpty { out.append(L10n.t("also: {0}", spec.aliases.joined(separator: ", "))) }
    if !spec.details.isEmpty {
      out.append(L10n.t("examples:"))
      out += spec.details.split(separator: "\n").map { "  " + $0 }
    }
    return out.joined(separator: "\n")
  }
}

import KaoheDiagnostics
