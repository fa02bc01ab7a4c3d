// libFuzzer harness for CSV baselines, loaded from bytes (UTF-8 with or without a byte-order mark,
// else GB18030) against the embedded Yulin rubric and scored.
// Built and run by Tests/Fuzz/run.sh; not part of the package.
import Foundation
import KaoheDiagnostics
import KaoheRubric

let compiled: CompiledRubric? = ignoringLeaks { try? Catalog.rubric("yulin-grain-2019") }

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard let compiled else { fatalError("the embedded Yulin rubric does not compile") }
  let bytes = Data(UnsafeBufferPointer(start: data, count: size))
  do {
    let baseline = try BaselineCSV.load(data: bytes, path: "fuzz-baseline.csv", rubric: compiled.rubric)
    _ = compiled.evaluate(inputs: baseline.vector(for: compiled.rubric)).headline
  } catch {
    _ = DiagnosticRenderer.render(error.diagnostics)
  }
  return 0
}
