import KaoheTestSupport
import Testing

@testable import KaoheFormula

/// Where the whole lane kernel keeps its temporaries (`Kernel.wholeLaneTemporaries`): only in
/// places after the frame, and never in a place whose previous value a later step still reads.
/// (`LaneRunTests` then runs the embedded rubrics' whole kernels against the interpreter.)
@Suite struct LaneLayoutTests {
  func kernel(_ formulas: [String]) throws -> Kernel {
    var compiler = Compiler()
    for (i, formula) in formulas.enumerated() {
      let checked = try Formula.check(formula, resolver: testResolver)
      compiler.emit(checked.lowered, into: 6 + i, owner: i)
    }
    return KernelBuilder.build(compiler.program.instructions, uniqueTemporaries: true)
  }

  @Test(arguments: [
    ["deduct(2, per: 0.4, unit: 1%, shortfall: -x, floor: -2) + tiers(y, 1 => 0.5, else: 0.2) * 3"],
    ["if flag then x * y - 1 else (x + 2) / (y - 3)", "min(x, y) + max(x * 2, y / 2) + abs(x - y)"],
    ["proportional(x, 100%, 0.34, from: 50%) + credit(y, 3, 10, proportional: flag) - (x + y) * (x - y)"],
  ])
  func temporariesShareOnlyPlacesNoLaterStepStillReads(_ formulas: [String]) throws {
    let kernel = try kernel(formulas)
    let (place, count) = kernel.wholeLaneTemporaries()
    #expect(!place.isEmpty, "\(formulas): no temporary moved")
    #expect(count < place.count, "\(formulas): \(place.count) temporaries in \(count) places, none shared")
    let writes = kernel.writeCounts()
    var holder: [Int32: Int32] = [:]  // place -> the location whose value it holds
    for step in kernel.steps {
      // Every moved location a step reads is still in its place.
      for location in kernel.reads(step) {
        guard let r = place[location] else { continue }
        #expect(holder[r] == location, "\(formulas): \(location) was overwritten in \(r) before it was read")
      }
      if let r = place[step.d] {
        #expect(Int(step.d) >= kernel.slotCount && writes[Int(step.d)] == 1, "\(formulas): \(step.d) moved")
        #expect(Int(r) >= kernel.frameSize && Int(r) < kernel.frameSize + count, "\(formulas): place \(r)")
        holder[r] = step.d
      }
    }
  }

  @Test func slotsNoStepWritesAreInputs() throws {
    let kernel = try kernel(["x * 2 + y"])
    let inputs = kernel.unwrittenSlots()
    #expect(inputs.count == kernel.slotCount)
    #expect(!inputs[6], "the result slot is written")
    #expect(inputs[0] && inputs[1], "x and y are read only")
  }
}
