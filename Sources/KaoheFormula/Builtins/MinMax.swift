/// `min(a, b, …)` and `max(a, b, …)`.
enum MinMax {
  @inline(__always)
  static func minimum(_ a: UnsafeMutablePointer<Double>, _ n: Int) -> Double {
    var m = a[0]
    for i in 1..<n where a[i] < m { m = a[i] }
    return m
  }

  @inline(__always)
  static func maximum(_ a: UnsafeMutablePointer<Double>, _ n: Int) -> Double {
    var m = a[0]
    for i in 1..<n where a[i] > m { m = a[i] }
    return m
  }
}
