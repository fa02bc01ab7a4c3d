import KaoheDiagnostics
import KaoheRubric

/// Renders the table of inputs.
public enum InputsRenderer {
  /// Inputs whose name or labels contain `filter` (all when nil).
  public static func render(_ w: Workspace, filter: String?) -> String {
    let rubric = w.rubric
    let base = w.baselineInputs
    let headings = [
      L10n.t("name"), L10n.t("标签 label"), L10n.t("unit"), L10n.t("baseline"), L10n.t("now"), L10n.t("range"),
      L10n.t("indicators"),
    ]
    var t = TextTable(headings, alignments: [.left, .left, .left, .right, .right, .left, .left])
    t.maximumCellWidth = 40
    t.untruncated = [0]
    let readBy: Set<String>? = filter.flatMap { f in
      guard case .success(let ind) = w.findIndicator(f) else { return nil }
      return Set(w.rubric.inputs.filter { (w.compiled.readers[$0.name] ?? []).contains(ind.id) }.map(\.name))
    }
    var shown = 0
    let lowered = filter?.lowercased()
    for (i, input) in rubric.inputs.enumerated() {
      if let readBy {
        if !readBy.contains(input.name) { continue }
      } else if let f = lowered, !f.isEmpty,
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
        range = input.kind.shownName
      }
      let now = w.inputs[i] == base[i] ? "" : ValueParser.format(w.inputs[i], for: input)
      let readers = (w.compiled.readers[input.name] ?? []).compactMap { id in rubric.indicators.first { $0.id == id }?.numberLabel ?? id }
      t.add([input.name, "\(input.label.zh) \(input.label.en)", input.unit, ValueParser.format(base[i], for: input), now, range, readers.joined(separator: ",")])
    }
    return shown == 0 ? L10n.t("no input matches '{0}'", filter ?? "") : t.render()
  }
}
