import ArgumentParser
import Foundation
import KaoheDiagnostics
import KaoheRubric
import KaoheScenario
import KaoheShell

/// `kaohe run FILE`: replays a scenario and prints it with fresh outputs.
struct RunCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "run", abstract: L10n.t("Replay a scenario file and print it with the outputs it gives now."))
  }

  @Argument(help: ArgumentHelp(L10n.t("The scenario file.")))
  var file: String

  @Flag(name: .long, help: ArgumentHelp(L10n.t("Let the scenario write files (record, save, export); off by default.")))
  var allowWrite = false

  @Flag(name: .long, help: ArgumentHelp(L10n.t("Print the replay as JSON: every cell with its output and status.")))
  var json = false

  func run() throws {
    try Output.run {
      let scenario = try ScenarioParser.parse(try FileReading.text(at: file), path: file)
      let outcome = try Replayer.replay(scenario, allowWrites: allowWrite)
      if let changed = outcome.rubricChanged { Output.printError("\(L10n.t("note")): \(changed)") }
      if json {
        try Output.json(RunReport.make(file: file, scenario: scenario, outcome: outcome))
      } else {
        Output.print(ScenarioPrinter.print(outcome.replayed), terminator: "")
      }
    }
  }
}

/// `kaohe test [FILE|DIR]…`: replays scenarios and compares every output with the recording.
struct TestCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "test",
      abstract: L10n.t("Replay scenarios and compare every output with the recorded one, exactly."),
      discussion: L10n.t(
        "Exit status 1 when any output differs (a unified diff names the cell and line); --update rewrites the recorded outputs in place."))
  }

  @Argument(help: ArgumentHelp(L10n.t("Scenario files or folders (default: scenarios/).")))
  var paths: [String] = []

  @Flag(name: .long, help: ArgumentHelp(L10n.t("Rewrite recorded outputs in place with the fresh ones.")))
  var update = false

  @Flag(name: .long, help: ArgumentHelp(L10n.t("Print the results as JSON instead of text.")))
  var json = false

  struct Result: Encodable {
    struct Mismatch: Encodable {
      var cell: Int
      var line: Int
      var command: String
      var diff: String
    }
    var file: String
    var status: String
    var rubricChanged: String?
    var mismatches: [Mismatch]
    var error: String?
  }

  func run() throws {
    let files = try collect(paths.isEmpty ? ["scenarios"] : paths)
    guard !files.isEmpty else {
      Output.printError("\(L10n.t("error")): " + L10n.t("no scenario files (*.kaohe) found in {0}", paths.isEmpty ? "scenarios" : paths.joined(separator: ", ")))
      throw ExitCode(2)
    }
    var failed = 0
    var passed = 0
    var results: [Result] = []
    let say: (String) -> Void = { if !json { Output.print($0) } }
    for file in files {
      do {
        let scenario = try ScenarioParser.parse(try FileReading.text(at: file), path: file)
        let outcome = try Replayer.replay(scenario)
        if let changed = outcome.rubricChanged { say("\(file): \(changed)") }
        var result = Result(file: file, status: "ok", rubricChanged: outcome.rubricChanged, mismatches: outcome.mismatches.map { .init(cell: $0.cell, line: $0.line, command: $0.command, diff: $0.unified(path: file)) }, error: nil)
        defer { results.append(result) }
        if outcome.mismatches.isEmpty {
          passed += 1
          say(L10n.t("ok    {0}", file))
        } else if update {
          do throws(ShellError) {
            var updated = outcome.replayed
            updated.header.rubricHash = outcome.rubricHash
            try AtomicFile.write(ScenarioPrinter.print(updated), to: file, overwrite: true)
          } catch { throw Failure(diagnostics: [Diagnostic(id: "file.write", message: error.message, hint: error.hint)]) }
          passed += 1
          result.status = "updated"
          say(L10n.t("updated {0} ({1})", file, Plural.of(outcome.mismatches.count, "output")))
        } else {
          failed += 1
          result.status = "failed"
          let outputs = Plural.of(outcome.mismatches.count, "output")
          say(outcome.mismatches.count == 1 ? L10n.t("FAIL  {0}: {1} differs", file, outputs) : L10n.t("FAIL  {0}: {1} differ", file, outputs))
          for m in outcome.mismatches { say(m.unified(path: file)) }
        }
      } catch let f as Failure {
        failed += 1
        results.append(Result(file: file, status: "error", rubricChanged: nil, mismatches: [], error: DiagnosticRenderer.render(f.diagnostics)))
        if !json { Output.report(f.diagnostics) }
      } catch let d as DiagnosticError {
        failed += 1
        results.append(Result(file: file, status: "error", rubricChanged: nil, mismatches: [], error: DiagnosticRenderer.render(d.diagnostics)))
        if !json { Output.report(d.diagnostics) }
      } catch {
        failed += 1
        results.append(Result(file: file, status: "error", rubricChanged: nil, mismatches: [], error: "\(error)"))
        if !json { Output.printError("\(L10n.t("error")): \(file): \(error)") }
      }
    }
    if json { try Output.json(results) }
    say(L10n.t("{0} passed, {1} failed", passed, failed))
    if failed > 0 { throw ExitCode(1) }
  }

  private func collect(_ paths: [String]) throws -> [String] {
    var out: [String] = []
    for path in paths {
      var isDir: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
        Output.printError("\(L10n.t("error")): " + L10n.t("{0}: no such file or folder", path))
        throw ExitCode(2)
      }
      if isDir.boolValue {
        let names = (try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? []
        out += names.filter { $0.hasSuffix(".kaohe") }.sorted().map { path + "/" + $0 }
      } else {
        out.append(path)
      }
    }
    return out
  }
}

/// `kaohe recover`: lists sessions that were killed, and restores one as a scenario.
struct RecoverCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "recover",
      abstract: L10n.t("List sessions that ended without quitting (crash, closed terminal, kill -9) and restore one as a scenario."),
      discussion: L10n.t(
        "kaohe recover            lists them, newest last\nkaohe recover N -o FILE  replays session N's commands and writes them as a scenario"))
  }

  @Argument(help: ArgumentHelp(L10n.t("The number of the session to restore (from the list).")))
  var number: Int?

  @Option(name: .shortAndLong, help: ArgumentHelp(L10n.t("Where to write the restored scenario.")))
  var output: String?

  @Flag(name: .long, help: ArgumentHelp(L10n.t("Overwrite the output file if it exists.")))
  var force = false

  @Flag(name: .long, help: ArgumentHelp(L10n.t("Delete the journal once restored.")))
  var discard = false

  @Flag(name: .long, help: ArgumentHelp(L10n.t("Print the sessions, and the one restored, as JSON.")))
  var json = false

  /// `kaohe recover --json`.
  struct Report: Encodable {
    /// A journal of a session that did not end cleanly.
    struct Session: Encodable {
      var number: Int
      var journal: String
      var modified: String
      var commands: Int
      var last: String?
    }
    /// The session brought back.
    struct Restored: Encodable {
      var number: Int
      var commands: [String]
      var file: String
      var discarded: Bool
    }
    var sessions: [Session]
    var restored: Restored?
  }

  func run() throws {
    let journals = Journal.abandoned()
    let sessions = journals.enumerated().map { i, path in Self.session(i + 1, path) }
    guard let number else {
      if json { return try Output.json(Report(sessions: sessions)) }
      if journals.isEmpty {
        Output.print(L10n.t("no session to recover"))
        return
      }
      for s in sessions {
        let commands = Plural.of(s.commands, "command")
        Output.print(L10n.t("{0}. {1}  {2}  last: {3}", s.number, s.modified, commands, s.last ?? "—"))
      }
      Output.print(L10n.t("restore one with: kaohe recover N -o FILE.kaohe"))
      return
    }
    guard journals.indices.contains(number - 1) else {
      let message = journals.count == 1 ? L10n.t("no session {0}; there is 1", number) : L10n.t("no session {0}; there are {1}", number, journals.count)
      Output.printError("\(L10n.t("error")): " + message)
      throw ExitCode(2)
    }
    guard let output else {
      Output.printError("\(L10n.t("error")): " + L10n.t("say where to write it: kaohe recover {0} -o FILE.kaohe", number))
      throw ExitCode(2)
    }
    try Output.run {
      let path = journals[number - 1]
      let scenario = try ScenarioParser.parse(try FileReading.text(at: path), path: path)
      let outcome = try Replayer.replay(scenario)
      do throws(ShellError) {
        try AtomicFile.write(ScenarioPrinter.print(outcome.replayed), to: output, overwrite: force)
      } catch { throw Failure(diagnostics: [Diagnostic(id: "file.write", message: error.message, hint: error.hint)]) }
      if discard { unlink(path) }
      if json {
        let restored = Report.Restored(number: number, commands: scenario.commands, file: output, discarded: discard)
        try Output.json(Report(sessions: sessions, restored: restored))
      } else {
        Output.print(L10n.t("restored {0} to {1}", Plural.of(scenario.commands.count, "command"), output))
      }
    }
  }

  /// The journal at `path` as the list shows it: when it was last written (UTC), its commands and the last one.
  private static func session(_ number: Int, _ path: String) -> Report.Session {
    let text = (try? FileReading.text(at: path)) ?? ""
    let commands = text.split(separator: "\n").filter { $0.hasPrefix("> ") }
    let attrs = try? FileManager.default.attributesOfItem(atPath: path)
    let date = (attrs?[.modificationDate] as? Date).map { ISO8601DateFormatter().string(from: $0) } ?? ""
    let last = commands.last.map { String($0.dropFirst(2)) }
    return Report.Session(number: number, journal: path, modified: date, commands: commands.count, last: last)
  }
}
