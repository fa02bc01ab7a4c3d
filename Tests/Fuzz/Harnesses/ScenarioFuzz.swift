// libFuzzer harness for scenario files: parse, print, parse the printed text again (which must
// succeed), and compute the command line numbers and diffs that `kaohe test` shows.
// Built and run by Tests/Fuzz/run.sh; not part of the package.
import KaoheDiagnostics
import KaoheScenario

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let scenario: Scenario
  do {
    scenario = try ScenarioParser.parse(text, path: "fuzz.kaohe")
  } catch {
    _ = DiagnosticRenderer.render(error.diagnostics)
    return 0
  }
  let printed = ScenarioPrinter.print(scenario)
  do {
    _ = try ScenarioParser.parse(printed, path: "printed.kaohe")
  } catch {
    fatalError("a printed scenario does not parse again: \(error)")
  }
  let lines = ScenarioDiff.commandLines(scenario)
  var outputs: [[String]] = []
  for cell in scenario.cells {
    if case .command(_, let output) = cell { outputs.append(output) }
  }
  for (i, output) in outputs.enumerated() {
    let other = i + 1 < outputs.count ? outputs[i + 1] : []
    _ = ScenarioDiff.unifiedHunks(output, other, firstLine: i < lines.count ? lines[i] + 1 : 1)
  }
  return 0
}
