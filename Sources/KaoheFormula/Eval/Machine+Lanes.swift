extension Machine {
  /// How many samples a lane run scores at once.
  public static let lanes = 32

  /// Runs steps over `lanes` samples at once. The frame holds each location's values for every
  /// lane side by side (location i, lane l at `i * lanes + l`), so each step is one short loop the
  /// compiler turns into vector code, and a choice is a select rather than a branch that random
  /// samples would mispredict. Lane l computes exactly what `execute` computes for its sample:
  /// the same operations in the same order (helpers run one lane at a time). Never traces.
  static func executeLanes(
    _ steps: UnsafeBufferPointer<Kernel.Step>, operands o: UnsafePointer<Int32>, frame f: UnsafeMutablePointer<Double>,
    arguments: UnsafeMutablePointer<Double>, accumulator r: UnsafeMutablePointer<Double>
  ) {
    let n = lanes
    var tracer = NoTracer()
    for step in steps {
      let x = f + Int(step.a) * n
      let y = f + Int(step.b) * n
      let list = o + Int(step.a)
      let count = Int(step.count)
      switch step.code {
      case .move: for l in 0..<n { r[l] = x[l] }
      case .negate: for l in 0..<n { r[l] = -x[l] }
      case .not: for l in 0..<n { r[l] = x[l] == 0 ? 1 : 0 }
      case .add: for l in 0..<n { r[l] = x[l] + y[l] }
      case .subtract: for l in 0..<n { r[l] = x[l] - y[l] }
      case .multiply: for l in 0..<n { r[l] = x[l] * y[l] }
      case .divide:
        for l in 0..<n {
          let (p, q) = (x[l], y[l])
          let quotient = p / q
          r[l] = q == 0 ? 0 : quotient
        }
      case .less: for l in 0..<n { r[l] = x[l] < y[l] - Numeric.epsilon ? 1 : 0 }
      case .lessEqual: for l in 0..<n { r[l] = x[l] <= y[l] + Numeric.epsilon ? 1 : 0 }
      case .greater: for l in 0..<n { r[l] = x[l] > y[l] + Numeric.epsilon ? 1 : 0 }
      case .greaterEqual: for l in 0..<n { r[l] = x[l] >= y[l] - Numeric.epsilon ? 1 : 0 }
      case .equal: for l in 0..<n { r[l] = Swift.abs(x[l] - y[l]) <= Numeric.epsilon ? 1 : 0 }
      case .notEqual: for l in 0..<n { r[l] = Swift.abs(x[l] - y[l]) > Numeric.epsilon ? 1 : 0 }
      case .and:
        for l in 0..<n {
          let (p, q): (Double, Double) = (x[l] != 0 ? 1 : 0, y[l] != 0 ? 1 : 0)
          r[l] = p * q
        }
      case .or:
        for l in 0..<n {
          let (p, q): (Double, Double) = (x[l] != 0 ? 1 : 0, y[l] != 0 ? 1 : 0)
          r[l] = p > q ? p : q
        }
      case .select:
        let z = f + Int(step.c) * n
        for l in 0..<n {
          let (then, otherwise) = (y[l], z[l])
          r[l] = x[l] != 0 ? then : otherwise
        }
      case .award:
        for l in 0..<n {
          let v = y[l]
          r[l] = x[l] != 0 ? v : 0
        }
      case .penalty:
        for l in 0..<n {
          let v = -y[l]
          r[l] = x[l] != 0 ? v : 0
        }
      case .minimum:
        copy(f + Int(list[0]) * n, into: r)
        for i in 1..<count {
          let v = f + Int(list[i]) * n
          for l in 0..<n { r[l] = v[l] < r[l] ? v[l] : r[l] }
        }
      case .maximum:
        copy(f + Int(list[0]) * n, into: r)
        for i in 1..<count {
          let v = f + Int(list[i]) * n
          for l in 0..<n { r[l] = v[l] > r[l] ? v[l] : r[l] }
        }
      case .count:
        for l in 0..<n { r[l] = 0 }
        for i in 0..<count {
          let v = f + Int(list[i]) * n
          for l in 0..<n { r[l] += v[l] != 0 ? 1 : 0 }
        }
      case .sum, .sumCapped:
        for l in 0..<n { r[l] = 0 }
        for i in 0..<count {
          let v = f + Int(list[i]) * n
          for l in 0..<n { r[l] += v[l] }
        }
        if step.code == .sumCapped { capLanes(r, r, on: y, step: step) }
      case .addition:
        copy(f + Int(list[0]) * n, into: r)
        for i in 1..<count {
          let v = f + Int(list[i]) * n
          for l in 0..<n { r[l] += v[l] }
        }
      case .call:
        for l in 0..<n {
          for j in 0..<count { arguments[j] = f[Int(list[j]) * n + l] }
          r[l] = step.builtin.evaluate(arguments, count: count, site: Int(step.c), tracer: &tracer)
        }
      case .cap: capLanes(r, x, on: y, step: step)
      }
      let d = f + Int(step.d) * n
      if step.tidies {
        for l in 0..<n { d[l] = Numeric.snapped(r[l]) }
      } else {
        copy(r, into: d)
      }
    }
  }

  @inline(__always)
  private static func copy(_ source: UnsafeMutablePointer<Double>, into target: UnsafeMutablePointer<Double>) {
    for l in 0..<lanes { target[l] = source[l] }
  }

  @inline(__always)
  private static func capLanes(
    _ r: UnsafeMutablePointer<Double>, _ x: UnsafeMutablePointer<Double>, on: UnsafeMutablePointer<Double>,
    step: Kernel.Step
  ) {
    let points = step.k
    let limit = points + Numeric.epsilon
    for l in 0..<lanes {
      let (v, policy) = (x[l], on[l])
      let capped: Double = (policy != 0 ? 1 : 0) * (v > limit ? 1 : 0)
      r[l] = capped != 0 ? points : v
    }
  }
}
