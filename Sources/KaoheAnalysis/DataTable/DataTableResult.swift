/// The result of a data table: the objective at every pair of the two inputs' values.
public struct DataTableResult: Sendable, Hashable, Codable {
  /// The input down the rows.
  public var rowInput: String
  /// The input across the columns.
  public var columnInput: String
  /// What the cells hold.
  public var objective: Objective
  /// The objective at the current values.
  public var baselineScore: Double
  /// The row input's values.
  public var rowValues: [Double]
  /// The column input's values.
  public var columnValues: [Double]
  /// `scores[row][column]`.
  public var scores: [[Double]]
}
