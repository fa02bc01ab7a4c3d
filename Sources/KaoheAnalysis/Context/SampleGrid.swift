import KaoheFormula
import KaoheRubric

/// The values an input takes in a sweep or a data table: FROM to TO, by a step or in N points.
public struct SampleGrid: Sendable, Hashable, Codable {
  /// How the points are spaced.
  public enum Spacing: Sendable, Hashable, Codable {
    /// Every `step` from `from` (the last point is the last step not past `to`).
    case step(Double)
    /// This many points, evenly spaced, both ends included.
    case count(Int)
  }

  /// The most points one grid may have.
  public static let maximumPoints = 100_001

  /// The first value.
  public var from: Double
  /// The last value (or the bound not to pass).
  public var to: Double
  /// The spacing.
  public var spacing: Spacing

  /// Creates a grid.
  public init(from: Double, to: Double, spacing: Spacing) {
    self.from = from
    self.to = to
    self.spacing = spacing
  }

  /// The grid's values, in order from `from` towards `to`.
  public func values() throws(AnalysisError) -> [Double] {
    guard from.isFinite, to.isFinite else { throw .invalidRange(from, to) }
    switch spacing {
    case .count(let n):
      guard n >= 1 else { throw .invalidPointCount(n) }
      guard n <= Self.maximumPoints else { throw .tooManyPoints(n, limit: Self.maximumPoints) }
      if n == 1 { return [from] }
      return (0..<n).map { k in
        k == n - 1 ? to : Numeric.tidy(from + (to - from) * Double(k) / Double(n - 1))
      }
    case .step(let s):
      guard s.isFinite, s > 0 else { throw .invalidStep(s) }
      let span = abs(to - from)
      let steps = (span / s + 1e-9).rounded(.down)
      guard steps < Double(Self.maximumPoints) else {
        throw .tooManyPoints(Int(min(steps, 1e15)), limit: Self.maximumPoints)
      }
      let sign: Double = to >= from ? 1 : -1
      return (0...Int(steps)).map { k in Numeric.tidy(from + sign * s * Double(k)) }
    }
  }

  /// The values of `input` for a grid, or its natural values without one: the declared range in
  /// 21 points for a number, false/true for a boolean, every option of a choice.
  static func values(_ grid: SampleGrid?, for input: InputDeclaration) throws(AnalysisError) -> [Double] {
    if let grid { return try grid.values() }
    switch input.kind {
    case .boolean: return [0, 1]
    case .choice: return input.options.indices.map(Double.init)
    default:
      guard let range = input.range else { throw .noRange(input.name) }
      return try SampleGrid(from: range.lowerBound, to: range.upperBound, spacing: .count(21)).values()
    }
  }
}
