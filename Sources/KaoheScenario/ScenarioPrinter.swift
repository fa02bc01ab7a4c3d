/// Writes a scenario as text: header lines, a `---` line, then cells. Commands start with `> `,
/// their output is indented by two spaces, and prose stands unindented between them.
public enum ScenarioPrinter {
  /// The scenario as text, ending with a newline.
  public static func print(_ s: Scenario) -> String {
    var lines = ["kaohe scenario \(Scenario.formatVersion)"]
    lines.append("rubric: \(s.header.rubric)" + (s.header.rubricHash.isEmpty ? "" : " \(s.header.rubricHash)"))
    lines.append("baseline: \(s.header.baseline)")
    lines.append("policies: " + s.header.policies.map { "\($0.name)=\($0.value)" }.joined(separator: ", "))
    if !s.header.inputs.isEmpty {
      lines.append("inputs: " + s.header.inputs.map { "\($0.name)=\($0.value)" }.joined(separator: ", "))
    }
    lines.append("language: \(s.header.language)")
    lines.append("---")
    for cell in s.cells {
      lines.append("")
      switch cell {
      case .prose(let text): lines += text
      case .command(let command, let output):
        lines.append("> " + command)
        lines += output.map { $0.isEmpty ? "" : "  " + $0 }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Output lines as recorded: trailing spaces and trailing blank lines removed.
  public static func normalize(_ output: String) -> [String] {
    var lines = output.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map { line in
      var l = String(line)
      while l.hasSuffix(" ") { l.removeLast() }
      return l
    }
    while lines.last == "" { lines.removeLast() }
    while lines.first == "" { lines.removeFirst() }
    var collapsed: [String] = []
    for line in lines where !(line.isEmpty && collapsed.last == "") { collapsed.append(line) }
    return collapsed
  }
}
