/// `count(c1, c2, …)`: how many conditions hold.
enum Count {
  @inline(__always)
  static func evaluate(_ a: UnsafeMutablePointer<Double>, _ n: Int) -> Double {
    var c = 0.0
    for i in 0..<n where a[i] != 0 { c += 1 }
    return c
  }
}
