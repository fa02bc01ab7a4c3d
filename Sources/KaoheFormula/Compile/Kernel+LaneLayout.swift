/// Where the compiled lane kernels (`LaneSource`) find what their steps read, beside the frame.
extension Kernel {
  /// For each slot, whether no step writes it: its lanes are an input of every run, which a
  /// compiled lane kernel reads through its input table (from the frame, or straight from the
  /// caller's columns) instead of from a fixed place in the frame.
  func unwrittenSlots() -> [Bool] {
    let writes = writeCounts()
    return (0..<slotCount).map { writes[$0] == 0 }
  }

  /// Where the whole lane kernel, which runs every step, keeps its temporaries: a location past the
  /// slots that exactly one step writes, and that only later steps read, goes to one of `count`
  /// places after the frame (`frameSize + r`), reused as soon as the last step that reads its
  /// previous value has run. Every other location stays where it is. Yulin's 308 temporaries take 4
  /// places this way, so a whole run keeps its slots and a few lines of temporaries in the cache
  /// instead of the full frame.
  func wholeLaneTemporaries() -> (place: [Int32: Int32], count: Int) {
    let writes = writeCounts()
    let constant = constantLocations()
    var written = [Int?](repeating: nil, count: frameSize)
    var firstRead = [Int?](repeating: nil, count: frameSize)
    var lastRead = [Int](repeating: -1, count: frameSize)
    for (i, step) in steps.enumerated() {
      for location in reads(step).map(Int.init) {
        if firstRead[location] == nil { firstRead[location] = i }
        lastRead[location] = i
      }
      if written[Int(step.d)] == nil { written[Int(step.d)] = i }
    }
    func movable(_ location: Int) -> Bool {
      guard location >= slotCount, writes[location] == 1, !constant[location], let w = written[location] else {
        return false
      }
      return firstRead[location].map { $0 > w } ?? true
    }
    var place: [Int32: Int32] = [:]
    var idle: [Int32] = []
    var count = 0
    // Places whose value's last reader is step i, freed once step i has run.
    var freedAfter: [Int: [Int32]] = [:]
    for (i, step) in steps.enumerated() {
      let d = Int(step.d)
      if movable(d) {
        let r: Int32
        if let reused = idle.popLast() {
          r = reused
        } else {
          r = Int32(frameSize + count)
          count += 1
        }
        place[step.d] = r
        // A value nobody reads frees its place at once.
        freedAfter[max(i, lastRead[d]), default: []].append(r)
      }
      if let freed = freedAfter.removeValue(forKey: i) { idle += freed }
    }
    return (place, count)
  }
}
