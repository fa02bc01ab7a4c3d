import Foundation
import KaoheDiagnostics
import KaoheRubric
import KaoheScenario

extension Session {
  mutating func perform(_ command: Command) throws(ShellError) -> String {
    switch command {
    case .help(let name): return try HelpText.render(name)
    case .rubrics: return RubricsRenderer.render()
    case .load(let isRubric, let reference): return try load(isRubric: isRubric, reference)
    case .inputs(let filter): return InputsRenderer.render(workspace, filter: filter)
    case .set(let name, let op, let value): return try set(name, op, value)
    case .reset(let name): return try reset(name)
    case .show(let target): return try ShowRenderer.render(workspace, target: target)
    case .explain(let key): return try explain(key)
    case .diff(let name): return try diff(name)
    case .checkpoint(let name):
      checkpoints[name] = Checkpoint(inputs: workspace.inputs, policies: workspace.policies, rubricID: workspace.rubric.id)
      let headline = NumberFormat.score(workspace.evaluate().headline)
      return workspace.rubric.isMultiUnit
        ? L10n.t("checkpoint '{0}' saved (mean {1})", name, headline) : L10n.t("checkpoint '{0}' saved (total {1})", name, headline)
    case .compare(let a, let b): return try compare(a, b)
    case .undo: return try undo()
    case .redo: return try redo()
    case .policy(let name, let value): return try policy(name, value)
    case .record(let path, let force): return try startRecording(path ?? "", force: force)
    case .recordStop: return try stopRecording()
    case .save(let path, let force): return try save(path, force: force)
    case .open(let path): return try open(path)
    case .note: return ""
    case .analysis(let request): return try analyse(request)
    case .vary(let name, let text): return try vary(name, text)
    case .cost(let name, let text): return try cost(name, text)
    case .export(let path, let force): return try export(path, force: force)
    case .quit: return ""
    }
  }

  private mutating func load(isRubric: Bool, _ reference: String) throws(ShellError) -> String {
    let before = workspace
    do {
      if isRubric {
        workspace = try Workspace.load(rubric: reference, baseline: nil)
      } else {
        let baseline = try Catalog.baseline(reference, for: workspace.rubric)
        workspace = Workspace(compiled: workspace.compiled, baseline: baseline, inputs: baseline.vector(for: workspace.rubric), policies: workspace.policies)
      }
    } catch {
      throw ShellError(error)
    }
    undoStack.append((before, "load \(isRubric ? "rubric" : "baseline") \(reference)"))
    redoStack.removeAll()
    let r = workspace.rubric
    var out = [
      L10n.t("loaded {0}: {1} ({2})", r.id, r.title.zh, r.title.en),
      L10n.t("baseline {0}: {1}", workspace.baseline.id, workspace.baseline.title.both),
    ]
    if workspace.baseline.illustrative { out.append(L10n.t("示意数据，非官方统计 (illustrative data, not official)")) }
    out.append("\(Words.headline(r)) \(NumberFormat.score(workspace.evaluate().headline)) / \(NumberFormat.trimmed(r.total))")
    return out.joined(separator: "\n")
  }

  private mutating func set(_ name: String, _ op: Command.SetOperation, _ text: String) throws(ShellError) -> String {
    let index: Int
    switch workspace.findInput(name) {
    case .failure(let d): throw ShellError(d.message, hint: d.hint)
    case .success(let i): index = i
    }
    let input = workspace.rubric.inputs[index]
    var value: Double
    if op == .assign {
      switch InputValues.check(text, for: input) {
      case .success(let v): value = v
      case .failure(let f): throw ShellError("\(input.name): \(f.message)", hint: f.hint)
      }
    } else {
      guard input.kind.isNumeric else {
        let message =
          input.kind == .boolean
          ? L10n.t("{0} is true or false; '{1}' needs a number", input.name, op.rawValue)
          : L10n.t("{0} is a choice; '{1}' needs a number", input.name, op.rawValue)
        throw ShellError(message, hint: L10n.t("use 'set {0} = VALUE'", input.name))
      }
      let operand: Double
      if op == .multiply || op == .divide {
        guard let f = ValueParser.number(text) else {
          throw ShellError(L10n.t("'{0}' is not a number", text), hint: L10n.t("e.g. set {0} *= 0.97", input.name))
        }
        operand = f
      } else {
        switch ValueParser.value(text, for: input) {
        case .success(let v): operand = v
        case .failure(let f): throw ShellError("\(input.name): \(f.message)", hint: f.hint)
        }
      }
      let current = workspace.inputs[index]
      switch op {
      case .add: value = current + operand
      case .subtract: value = current - operand
      case .multiply: value = current * operand
      default:
        guard operand != 0 else { throw ShellError(L10n.t("cannot divide by zero")) }
        value = current / operand
      }
      value = (value * 1e9).rounded() / 1e9
      if case .failure(let f) = InputValues.checkRange(value, for: input) { throw ShellError("\(input.name): \(f.message)", hint: f.hint) }
    }
    let before = workspace.evaluate()
    let old = workspace.inputs[index]
    pushUndo("set \(input.name) = \(ValueParser.format(value, for: input))")
    workspace.inputs[index] = value
    let head = "\(input.name) \(input.label.zh): \(ValueParser.format(old, for: input)) → \(ValueParser.format(value, for: input))"
    return head + "\n" + ChangeRenderer.render(before: before, after: workspace.evaluate())
  }

  private mutating func reset(_ name: String?) throws(ShellError) -> String {
    let before = workspace.evaluate()
    if let name {
      switch workspace.findInput(name) {
      case .failure(let d): throw ShellError(d.message, hint: d.hint)
      case .success(let i):
        pushUndo("reset \(name)")
        workspace.inputs[i] = workspace.baselineInputs[i]
      }
    } else {
      pushUndo("reset")
      workspace.inputs = workspace.baselineInputs
    }
    let head = name.map { L10n.t("{0} back to the baseline", $0) } ?? L10n.t("all inputs back to the baseline")
    return head + "\n" + ChangeRenderer.render(before: before, after: workspace.evaluate())
  }

  private func explain(_ key: String) throws(ShellError) -> String {
    switch workspace.findIndicator(key) {
    case .failure(let d): throw ShellError(d.message, hint: d.hint)
    case .success(let ind):
      return ExplainRenderer.render(workspace.compiled.explain(ind, inputs: workspace.inputs, policies: workspace.policies), compiled: workspace.compiled)
    }
  }

  private func state(_ name: String) throws(ShellError) -> (String, [Double], [Double]) {
    switch name {
    case "baseline": return (L10n.t("baseline"), workspace.baselineInputs, workspace.compiled.defaultPolicies)
    case "now", "current": return (L10n.t("now"), workspace.inputs, workspace.policies)
    default:
      guard let c = checkpoints[name] else {
        throw ShellError(L10n.t("no checkpoint named '{0}'", name), hint: Suggestions.hint(for: name, among: Array(checkpoints.keys) + ["baseline", "now"]) ?? L10n.t("make one with 'checkpoint NAME'; checkpoints: {0}", checkpoints.keys.sorted().joined(separator: ", ")))
      }
      guard c.rubricID == workspace.rubric.id else {
        throw ShellError(L10n.t("checkpoint '{0}' belongs to rubric {1}", name, c.rubricID), hint: L10n.t("load rubric {0} to compare it", c.rubricID))
      }
      return (name, c.inputs, c.policies)
    }
  }

  private func diff(_ name: String?) throws(ShellError) -> String {
    let (label, inputs, policies) = try state(name ?? "baseline")
    return DiffRenderer.render(workspace.compiled, from: (label, inputs, policies), to: (L10n.t("now"), workspace.inputs, workspace.policies))
  }

  private func compare(_ a: String, _ b: String) throws(ShellError) -> String {
    DiffRenderer.render(workspace.compiled, from: try state(a), to: try state(b))
  }

  private mutating func undo() throws(ShellError) -> String {
    guard let (previous, description) = undoStack.popLast() else { throw ShellError(L10n.t("nothing to undo")) }
    let before = workspace.evaluate()
    redoStack.append((workspace, description))
    workspace = previous
    return L10n.t("undone: {0}", description) + "\n" + ChangeRenderer.render(before: before, after: workspace.evaluate())
  }

  private mutating func redo() throws(ShellError) -> String {
    guard let (next, description) = redoStack.popLast() else { throw ShellError(L10n.t("nothing to redo")) }
    let before = workspace.evaluate()
    undoStack.append((workspace, description))
    workspace = next
    return L10n.t("redone: {0}", description) + "\n" + ChangeRenderer.render(before: before, after: workspace.evaluate())
  }

  private mutating func policy(_ name: String?, _ value: String?) throws(ShellError) -> String {
    let rubric = workspace.rubric
    guard let name else { return PolicyRenderer.render(workspace) }
    guard let i = rubric.policies.firstIndex(where: { $0.name == name }) else {
      throw ShellError(L10n.t("no policy named '{0}'", name), hint: Suggestions.hint(for: name, among: rubric.policies.map(\.name)) ?? L10n.t("Use \"policy\" to list them."))
    }
    let p = rubric.policies[i]
    guard let value else {
      return "\(p.name) = \(p.valueName(workspace.policies[i]))  (\(p.valueNames.joined(separator: " | ")))\n  \(p.label.both)\n  \(p.shownDoc)"
    }
    let before = workspace.evaluate()
    var changed = workspace
    do {
      try changed.setPolicy(name, value)
    } catch {
      throw ShellError(error.diagnostics.first?.message ?? L10n.t("bad value"), hint: error.diagnostics.first?.hint)
    }
    pushUndo("policy \(name) \(value)")
    workspace = changed
    return "\(name) = \(p.valueName(workspace.policies[i]))\n" + ChangeRenderer.render(before: before, after: workspace.evaluate())
  }

  private mutating func startRecording(_ path: String, force: Bool) throws(ShellError) -> String {
    guard allowWrites else { throw Session.replayMayNotWrite("record \(path)") }
    if recording != nil { throw ShellError(L10n.t("already recording to {0}", recording?.path ?? ""), hint: L10n.t("finish it with 'record stop'")) }
    if !force, FileManager.default.fileExists(atPath: path) {
      throw ShellError(L10n.t("{0} already exists", path), hint: L10n.t("add --force to overwrite it, or choose another name"))
    }
    recording = (path, force, Scenario(header: Session.header(for: workspace)))
    return L10n.t("recording to {0}; 'record stop' writes it", path)
  }

  private mutating func stopRecording() throws(ShellError) -> String {
    guard let r = recording else { throw ShellError(L10n.t("not recording"), hint: L10n.t("start with 'record FILE'")) }
    // A scenario replayed with `open` may not write the recording the session started before it.
    guard allowWrites else { throw Session.replayMayNotWrite("record stop") }
    try AtomicFile.write(ScenarioPrinter.print(r.scenario), to: r.path, overwrite: r.force)
    recording = nil
    return L10n.t("wrote {0} ({1})", r.path, Plural.of(r.scenario.commands.count, "command"))
  }

  /// Writes an unfinished recording (when the session ends); returns a message or nil.
  public mutating func finishRecording() -> String? {
    guard recording != nil else { return nil }
    do { return try stopRecording() } catch { return error.rendered }
  }

  private func save(_ path: String, force: Bool) throws(ShellError) -> String {
    guard allowWrites else { throw Session.replayMayNotWrite("save \(path)") }
    var header = startHeader
    header.language = language.rawValue
    let scenario = Scenario(header: header, cells: transcript)
    try AtomicFile.write(ScenarioPrinter.print(scenario), to: path, overwrite: force)
    return L10n.t("wrote {0} ({1})", path, Plural.of(scenario.commands.count, "command"))
  }

  private mutating func open(_ path: String) throws(ShellError) -> String {
    guard openDepth < 4 else { throw ShellError(L10n.t("scenarios open each other too deeply ({0})", path)) }
    let scenario: Scenario
    do {
      scenario = try ScenarioParser.parse(try FileReading.text(at: path), path: path)
    } catch {
      throw ShellError(error)
    }
    let start: Workspace
    do {
      start = try Workspace.load(header: scenario.header)
    } catch {
      throw ShellError(error)
    }
    pushUndo("open \(path)")
    workspace = start
    var out: [String] = [L10n.t("opened {0}: {1}", path, Plural.of(scenario.commands.count, "command"))]
    let savedWrites = allowWrites
    allowWrites = false
    openDepth += 1
    defer {
      allowWrites = savedWrites
      openDepth -= 1
    }
    for cell in scenario.cells {
      switch cell {
      case .prose(let lines): note(lines.joined(separator: " "))
      case .command(let line, _):
        let result = run(line)
        out.append("> " + line)
        if !result.output.isEmpty { out.append(result.output) }
      }
    }
    return out.joined(separator: "\n")
  }

  /// The error for a file write asked for by a replayed scenario (`what` is the command).
  static func replayMayNotWrite(_ what: String) -> ShellError {
    ShellError(L10n.t("a replayed scenario may not write files ({0})", what), hint: L10n.t("replay it with --allow-write if you trust it"))
  }
}
