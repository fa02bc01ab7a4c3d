import Foundation

/// Runs chunks of work on every core (`DispatchQueue.concurrentPerform`) with a cancellation check
/// before each chunk. Each chunk writes only its own part of the output, so the result does not
/// depend on which thread ran which chunk or in what order.
enum ChunkedRun {
  /// A pointer into an output array that chunks share. Chunks write disjoint ranges, so sharing it
  /// across threads is safe.
  struct Output: @unchecked Sendable {
    let base: UnsafeMutablePointer<Double>
  }

  /// Fills `count` outputs, `chunkSize` per chunk, with `body(chunk, range)` (returning the range's
  /// values in order). Throws `cancelled(completed, count)` when the check stopped any chunk (by
  /// default `AnalysisError.cancelled`, which counts evaluations).
  static func fill(
    count: Int, chunkSize: Int, isCancelled: @escaping @Sendable () -> Bool,
    cancelled: (_ completed: Int, _ of: Int) -> AnalysisError = AnalysisError.cancelled,
    _ body: @escaping @Sendable (_ chunk: Int, _ range: Range<Int>) -> [Double]
  ) throws(AnalysisError) -> [Double] {
    let size = max(1, chunkSize)
    let chunks = (count + size - 1) / size
    var out = [Double](repeating: 0, count: count)
    var done = [Double](repeating: 0, count: chunks)
    out.withUnsafeMutableBufferPointer { outBuffer in
      done.withUnsafeMutableBufferPointer { doneBuffer in
        guard let o = outBuffer.baseAddress, let d = doneBuffer.baseAddress else { return }
        let output = Output(base: o)
        let flags = Output(base: d)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
          if isCancelled() { return }
          let range = (chunk * size)..<min(count, (chunk + 1) * size)
          let values = body(chunk, range)
          for (k, v) in values.prefix(range.count).enumerated() { output.base[range.lowerBound + k] = v }
          flags.base[chunk] = 1
        }
      }
    }
    let finished = done.reduce(0, +)
    guard finished == Double(chunks) else {
      throw cancelled(min(count, Int(finished) * size), count)
    }
    return out
  }
}
