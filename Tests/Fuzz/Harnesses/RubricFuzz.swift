// libFuzzer harness for rubric files: load the YAML, compile it, lint it, score it with default
// (or zero) inputs and explain every indicator; render any diagnostic as the CLI would.
// Built and run by Tests/Fuzz/run.sh; not part of the package.
import KaoheDiagnostics
import KaoheRubric

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  do {
    let rubric = try RubricLoader.load(text: text, path: "fuzz.yaml")
    let compiled = try RubricCompiler.compile(rubric)
    _ = DiagnosticRenderer.render(Linter.lint(compiled))
    let inputs = Baseline.defaults(for: rubric)?.vector(for: rubric) ?? Array(repeating: 0, count: rubric.inputs.count)
    let evaluation = compiled.evaluate(inputs: inputs)
    _ = evaluation.headline
    _ = evaluation.ranking
    for unit in rubric.units {
      for indicator in unit.indicators { _ = compiled.explain(indicator, inputs: inputs) }
    }
  } catch {
    _ = DiagnosticRenderer.render(error.diagnostics)
  }
  return 0
}
