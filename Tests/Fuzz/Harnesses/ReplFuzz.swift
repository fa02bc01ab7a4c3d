// libFuzzer harness for REPL lines: each line of the input is parsed with CommandParser, offered
// to the completer, and run in a session on the Ankang rubric (writes refused, `open` skipped,
// analyses cancelled after a second so that the largest allowed ones do not stall the fuzzer).
// Built and run by Tests/Fuzz/run.sh; not part of the package.
import Dispatch
import KaoheDiagnostics
import KaoheShell

let start: Session? = ignoringLeaks {
  guard let workspace = try? Workspace.load(rubric: "ankang-selenium-2020", baseline: nil) else { return nil }
  var session = Session(workspace: workspace, allowWrites: false)
  session.allowWrites = false
  return session
}
let completer = Completer(listDirectory: { _ in [] })

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard var session = start else { fatalError("the embedded Ankang rubric does not load") }
  let deadline = DispatchTime.now().uptimeNanoseconds + 1_000_000_000
  session.isCancelled = { DispatchTime.now().uptimeNanoseconds > deadline }
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  for line in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(64) {
    let line = String(line)
    _ = CommandParser.parse(line)
    _ = completer.complete(line, cursor: line.count, session: session)
    if line.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("open") { continue }
    if session.run(line).quit { break }
  }
  return 0
}
