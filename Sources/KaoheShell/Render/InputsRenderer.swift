import KaoheRubric

/// Renders the table of inputs.
public enum InputsRenderer {
  /// Inputs whose name or labels contain `filter` (all when nil).
  public static func render(_ w: Workspace, filter: String?) -> String {
    let rubric = w.rubric
    let base = w.baselineInputs
    var t = TextTable(["name", "标签 label", "unit", "baseline", "now", "range", "indicators"], alignments: [.left, .left, .left, .right, .right, .left, .left])
    t.maximumCellWidth = 40
    var shown = 0
    for (i, input) in rubric.inputs.enumerated() {
      if let f = filter?.lowercased(), !f.isEmpty,
        !(input.name.lowercased().contains(f) || input.label.zh.contains(f) || input.label.en.lowercased().contains(f))
      {
        continue
      }
      shown += 1
      let range: String
      if let r = input.range {
        range = "\(ValueParser.format(r.lowerBound, for: input)) … \(ValueParser.format(r.upperBound, for: input))"
      } else if input.kind == .choice {
        range = input.options.joined(separator: "/")
      } else {
        range = input.kind.rawValue
      }
      let now = w.inputs[i] == base[i] ? "" : ValueParser.format(w.inputs[i], for: input)
      let readers = (w.compiled.readers[input.name] ?? []).compactMap { id in rubric.indicators.first { $0.id == id }?.numberLabel ?? id }
      t.add([input.name, "\(input.label.zh) \(input.label.en)", input.unit, ValueParser.format(base[i], for: input), now, range, readers.joined(separator: ",")])
    }
    return shown == 0 ? "no input matches '\(filter ?? "")'" : t.render()
  }
}
