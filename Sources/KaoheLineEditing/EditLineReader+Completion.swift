import CLibEdit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension EditLineReader {
  /// Runs Tab: asks the provider and edits, lists or beeps; returns a libedit `CC_*` code.
  func complete() -> UInt8 {
    guard let completionProvider, let info = el_wline(editLine)?.pointee else {
      return UInt8(CC_ERROR)
    }
    let line = WideString.string(info.buffer, count: info.lastchar - info.buffer)
    let cursor = WideString.string(info.buffer, count: info.cursor - info.buffer).count
    let completion = completionProvider.completions(line: line, cursor: cursor)
    switch CompletionAction.plan(line: line, cursor: cursor, completion: completion) {
    case .beep:
      return UInt8(CC_ERROR)
    case .replace(let word, let replacement):
      el_deletestr(editLine, Int32(word.unicodeScalars.count))
      if el_winsertstr(editLine, WideString.nulTerminated(replacement)) != 0 {
        return UInt8(CC_ERROR)
      }
      return UInt8(CC_REFRESH)
    case .list(let candidates):
      let columns = Int(kaohe_el_get_columns(editLine))
      write("\n" + CandidateColumns.format(candidates, width: columns > 0 ? columns : 80))
      return UInt8(CC_REDISPLAY)
    }
  }
}
