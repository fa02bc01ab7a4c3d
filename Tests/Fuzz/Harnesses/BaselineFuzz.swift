// libFuzzer harness for YAML baseline files, loaded against the embedded Yulin rubric and scored.
// Built and run by Tests/Fuzz/run.sh; not part of the package.
import KaoheDiagnostics
import KaoheRubric

let compiled: CompiledRubric? = ignoringLeaks { try? Catalog.rubric("yulin-grain-2019") }

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard let compiled else { fatalError("the embedded Yulin rubric does not compile") }
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  do {
    let baseline = try BaselineLoader.load(text: text, path: "fuzz-baseline.yaml", rubric: compiled.rubric)
    _ = compiled.evaluate(inputs: baseline.vector(for: compiled.rubric)).headline
  } catch {
    _ = DiagnosticRenderer.render(error.diagnostics)
  }
  return 0
}
