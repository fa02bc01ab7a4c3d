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
      return "checkpoint '\(name)' saved (\(workspace.rubric.isMultiUnit ? "mean" : "total") \(NumberFormat.score(workspace.evaluate().headline)))"
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
    var out = ["loaded \(r.id): \(r.title.zh) (\(r.title.en))", "baseline \(workspace.baseline.id): \(workspace.baseline.title.both)"]
    if workspace.baseline.illustrative { out.append("示意数据，非官方统计 (illustrative data, not official)") }
    out.append("\(r.isMultiUnit ? "mean" : "total") \(NumberFormat.score(workspace.evaluate().headline)) / \(NumberFormat.trimmed(r.total))")
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
        throw ShellError("\(input.name) is \(input.kind == .boolean ? "true or false" : "a choice"); '\(op.rawValue)' needs a number", hint: "use 'set \(input.name) = VALUE'")
      }
      let operand: Double
      if op == .multiply || op == .divide {
        guard let f = ValueParser.number(text) else { throw ShellError("'\(text)' is not a number", hint: "e.g. set \(input.name) *= 0.97") }
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
        guard operand != 0 else { throw ShellError("cannot divide by zero") }
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
    return (name.map { "\($0) back to the baseline" } ?? "all inputs back to the baseline") + "\n" + ChangeRenderer.render(before: before, after: workspace.evaluate())
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
    case "baseline": return ("baseline", workspace.baselineInputs, workspace.compiled.defaultPolicies)
    case "now", "current": return ("now", workspace.inputs, workspace.policies)
    default:
      guard let c = checkpoints[name] else {
        throw ShellError("no checkpoint named '\(name)'", hint: Suggestions.hint(for: name, among: Array(checkpoints.keys) + ["baseline", "now"]) ?? "make one with 'checkpoint NAME'; checkpoints: \(checkpoints.keys.sorted().joined(separator: ", "))")
      }
      guard c.rubricID == workspace.rubric.id else { throw ShellError("checkpoint '\(name)' belongs to rubric \(c.rubricID)", hint: "load rubric \(c.rubricID) to compare it") }
      return (name, c.inputs, c.policies)
    }
  }

  private func diff(_ name: String?) throws(ShellError) -> String {
    let (label, inputs, policies) = try state(name ?? "baseline")
    return DiffRenderer.render(workspace.compiled, from: (label, inputs, policies), to: ("now", workspace.inputs, workspace.policies))
  }

  private func compare(_ a: String, _ b: String) throws(ShellError) -> String {
    DiffRenderer.render(workspace.compiled, from: try state(a), to: try state(b))
  }

  private mutating func undo() throws(ShellError) -> String {
    guard let (previous, description) = undoStack.popLast() else { throw ShellError("nothing to undo") }
    let before = workspace.evaluate()
    redoStack.append((workspace, description))
    workspace = previous
    return "undone: \(description)\n" + ChangeRenderer.render(before: before, after: workspace.evaluate())
  }

  private mutating func redo() throws(ShellError) -> String {
    guard let (next, description) = redoStack.popLast() else { throw ShellError("nothing to redo") }
    let before = workspace.evaluate()
    undoStack.append((workspace, description))
    workspace = next
    return "redone: \(description)\n" + ChangeRenderer.render(before: before, after: workspace.evaluate())
  }

  private mutating func policy(_ name: String?, _ value: String?) throws(ShellError) -> String {
    let rubric = workspace.rubric
    guard let name else { return PolicyRenderer.render(workspace) }
    guard let i = rubric.policies.firstIndex(where: { $0.name == name }) else {
      throw ShellError("no policy named '\(name)'", hint: Suggestions.hint(for: name, among: rubric.policies.map(\.name)) ?? "Use \"policy\" to list them.")
    }
    let p = rubric.policies[i]
    guard let value else {
      return "\(p.name) = \(p.valueName(workspace.policies[i]))  (\(p.valueNames.joined(separator: " | ")))\n  \(p.label.both)\n  \(p.doc)"
    }
    let before = workspace.evaluate()
    var changed = workspace
    do {
      try changed.setPolicy(name, value)
    } catch {
      throw ShellError(error.diagnostics.first?.message ?? "bad value", hint: error.diagnostics.first?.hint)
    }
    pushUndo("policy \(name) \(value)")
    workspace = changed
    return "\(name) = \(p.valueName(workspace.policies[i]))\n" + ChangeRenderer.render(before: before, after: workspace.evaluate())
  }

  private mutating func startRecording(_ path: String, force: Bool) throws(ShellError) -> String {
    guard allowWrites else { throw ShellError("a replayed scenario may not write files (record \(path))", hint: "replay it with --allow-write if you trust it") }
    if recording != nil { throw ShellError("already recording to \(recording?.path ?? "")", hint: "finish it with 'record stop'") }
    if !force, FileManager.default.fileExists(atPath: path) { throw ShellError("\(path) already exists", hint: "add --force to overwrite it, or choose another name") }
    recording = (path, force, Scenario(header: Session.header(for: workspace)))
    return "recording to \(path); 'record stop' writes it"
  }

  private mutating func stopRecording() throws(ShellError) -> String {
    guard let r = recording else { throw ShellError("not recording", hint: "start with 'record FILE'") }
    try AtomicFile.write(ScenarioPrinter.print(r.scenario), to: r.path, overwrite: r.force)
    recording = nil
    return "wrote \(r.path) (\(Plural.of(r.scenario.commands.count, "command")))"
  }

  /// Writes an unfinished recording (when the session ends); returns a message or nil.
  public mutating func finishRecording() -> String? {
    guard recording != nil else { return nil }
    do { return try stopRecording() } catch { return error.rendered }
  }

  private func save(_ path: String, force: Bool) throws(ShellError) -> String {
    guard allowWrites else { throw ShellError("a replayed scenario may not write files (save \(path))", hint: "replay it with --allow-write if you trust it") }
    let scenario = Scenario(header: startHeader, cells: transcript)
    try AtomicFile.write(ScenarioPrinter.print(scenario), to: path, overwrite: force)
    return "wrote \(path) (\(Plural.of(scenario.commands.count, "command")))"
  }

  private mutating func open(_ path: String) throws(ShellError) -> String {
    guard openDepth < 4 else { throw ShellError("scenarios open each other too deeply (\(path))") }
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
    var out: [String] = ["opened \(path): \(Plural.of(scenario.commands.count, "command"))"]
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
}
