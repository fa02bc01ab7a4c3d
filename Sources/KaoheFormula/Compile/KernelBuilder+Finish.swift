/// The last passes of the translation: stores of invariants fused into the steps that compute them,
/// then refs resolved to frame indices.
extension KernelBuilder {
  /// Writes each invariant used only by a store straight into the stored slot, as `store` does
  /// for temporaries, when nothing between the two touches that slot.
  mutating func fuseInvariantStores() {
    var uses: [Ref: Int] = [:]
    var producer: [Ref: Int] = [:]
    for (i, d) in drafts.enumerated() {
      for case let r? in [d.a, d.b, d.c] { uses[r, default: 0] += 1 }
      for r in lists[d.list] { uses[r, default: 0] += 1 }
      if case .invariant = d.d { producer[d.d] = i }
    }
    var removed = Set<Int>()
    for (m, store) in drafts.enumerated() where store.code == .move && store.tidies {
      guard let source = store.a, uses[source] == 1, let p = producer[source] else { continue }
      let between = drafts[(p + 1)..<m]
      guard !between.contains(where: { touches($0, store.d) }) else { continue }
      var fused = drafts[p]
      fused.d = store.d
      fused.tidies = true
      snapConstants(&fused)
      drafts[p] = fused
      removed.insert(m)
    }
    drafts = drafts.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
  }

  private func touches(_ d: Draft, _ ref: Ref) -> Bool {
    d.d == ref || d.a == ref || d.b == ref || d.c == ref || lists[d.list].contains(ref)
  }

  func finish() -> Kernel {
    let constantBase = slotLimit
    let temporaryBase = constantBase + constants.count
    let invariantBase = temporaryBase + temporaries
    let argumentBase = invariantBase + invariantCount
    func index(_ ref: Ref?) -> Int32 {
      switch ref {
      case .slot(let i): Int32(i)
      case .constant(let i): Int32(constantBase + i)
      case .temporary(let i): Int32(temporaryBase + i)
      case .invariant(let i): Int32(invariantBase + i)
      case nil: 0
      }
    }
    var kernel = Kernel()
    kernel.slotCount = slotLimit
    kernel.argumentBase = argumentBase
    kernel.scratch = constants + [Double](repeating: 0, count: temporaries + invariantCount + largestCall)
    kernel.operands = lists.isEmpty ? [0] : lists.map { index($0) }
    kernel.steps = drafts.map { d in
      var step = Kernel.Step(code: d.code, builtin: d.builtin, tidies: d.tidies, d: index(d.d), k: d.k)
      switch d.code {
      case .minimum, .maximum, .count, .sum, .addition, .call:
        step.a = Int32(d.list.lowerBound)
        step.count = Int32(d.list.count)
        step.c = Int32(d.site)
      case .sumCapped:
        step.a = Int32(d.list.lowerBound)
        step.count = Int32(d.list.count)
        step.b = index(d.b)
        step.c = Int32(d.site)
      case .cap:
        step.a = index(d.a)
        step.b = index(d.b)
        step.c = Int32(d.site)
      default:
        step.a = index(d.a)
        step.b = index(d.b)
        step.c = index(d.c)
      }
      return step
    }
    return kernel
  }
}
