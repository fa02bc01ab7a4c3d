import ArgumentParser
import Foundation
import KaoheDiagnostics
import KaoheLineEditing
import KaoheRubric
import KaoheShell

/// `kaohe repl` (and `kaohe` with no arguments): the interactive what-if session.
struct ReplCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "repl",
      abstract: L10n.t("Open an interactive what-if session (the default command)."),
      discussion: L10n.t(
        "Type 'help' in the session for the commands. With a terminal, lines are edited with libedit (Emacs keys, history across sessions, Ctrl-R search, Tab completion); from a pipe or file the same commands run line by line. Every command is journaled so that 'kaohe recover' can bring back a session that was killed."
      ))
  }

  @Option(name: .long, help: ArgumentHelp(L10n.t("Rubric: an embedded id or a YAML file."), valueName: "ID|FILE"))
  var rubric: String?

  @Option(name: .long, help: ArgumentHelp(L10n.t("Baseline: an embedded id, a YAML or CSV file."), valueName: "ID|FILE"))
  var baseline: String?

  @Flag(name: .long, help: ArgumentHelp(L10n.t("Do not journal the session.")))
  var noJournal = false

  func run() throws {
    try Output.run {
      let workspace: Workspace
      do throws(DiagnosticError) { workspace = try Workspace.load(rubric: rubric, baseline: baseline) } catch { throw Failure(diagnostics: error.diagnostics) }
      ReplLoop(session: Session(workspace: workspace), journaled: !noJournal).run()
    }
  }
}

/// Adapts the shell's completer to the line editor.
struct ShellCompletion: CompletionProvider {
  let box: SessionBox

  func completions(line: String, cursor: Int) -> Completion {
    let completer = Completer { dir in (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [] }
    let (start, candidates) = completer.complete(line, cursor: cursor, session: box.session)
    return Completion(replacementStart: start, candidates: candidates)
  }
}

/// Holds the live session so the completer sees its current state.
final class SessionBox: @unchecked Sendable {
  var session: Session
  init(_ session: Session) { self.session = session }
}

/// Read → parse → execute → print, nothing else.
struct ReplLoop {
  let box: SessionBox
  let journaled: Bool

  init(session: Session, journaled: Bool) {
    box = SessionBox(session)
    self.journaled = journaled
  }

  func run() {
    let interactive = Terminal.isInteractive()
    var reader: any LineReader = PlainLineReader()
    if interactive,
      let editor = EditLineReader(historyPath: EditLineReader.defaultHistoryPath(appName: "kaohe"), completion: ShellCompletion(box: box))
    {
      reader = editor
    }
    let journal = journaled ? Journal(header: Session.header(for: box.session.workspace)) : nil
    if journaled && journal == nil {
      Output.printError(
        L10n.t("warning") + ": "
          + L10n.t("cannot write the session journal under {0}; this session cannot be recovered if it is killed", Journal.directory))
    }
    if interactive { Output.print(banner()) }
    box.session.isCancelled = { InterruptFlag.shared.isSet }
    loop: while true {
      switch reader.readLine(prompt: box.session.prompt) {
      case .endOfInput: break loop
      case .interrupted: continue
      case .line(let line):
        reader.addHistory(line)
        journal?.command(line)
        InterruptFlag.shared.clear()
        let result = box.session.run(line)
        if InterruptFlag.shared.consume(), interactive { Output.print("") }
        if !result.output.isEmpty {
          if result.isError {
            Output.printError(Painter.onStderr ? Painter.paint(result.output) : result.output)
          } else {
            Output.print(Painter.onStdout ? Painter.paint(result.output) : result.output)
          }
        }
        journal?.output(result.output)
        if result.quit { break loop }
      }
    }
    if let message = box.session.finishRecording() { Output.print(message) }
    journal?.close()
  }

  private func banner() -> String {
    let w = box.session.workspace
    var lines = ["Kaohe — \(w.rubric.title.zh) (\(w.rubric.title.en))", L10n.t("baseline {0}: {1}", w.baseline.id, w.baseline.title.both)]
    if w.baseline.illustrative { lines.append(L10n.t("示意数据，非官方统计 (illustrative data, not official)")) }
    lines.append(
      L10n.t(
        "{0} {1} / {2}. Type 'help' for commands, Tab to complete, Ctrl-D to leave.", Words.headline(w.rubric),
        NumberFormat.score(w.evaluate().headline), NumberFormat.trimmed(w.rubric.total)))
    return lines.joined(separator: "\n")
  }
}
