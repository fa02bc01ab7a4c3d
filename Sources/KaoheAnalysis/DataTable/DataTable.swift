import KaoheRubric

/// Two inputs over two grids, everything else held: the objective at every pair of values
/// (a spreadsheet's two-variable data table).
public enum DataTable {
  /// The largest table computed.
  public static let maximumCells = 1_000_000

  /// Tabulates the objective over `rows` × `columns` (a nil grid means the input's natural values,
  /// as for `Sweep`).
  public static func run(
    _ context: AnalysisContext, rows rowName: String, rowGrid: SampleGrid? = nil, columns columnName: String,
    columnGrid: SampleGrid? = nil, objective: Objective = .headline
  ) throws(AnalysisError) -> DataTableResult {
    guard rowName != columnName else { throw .sameInput(rowName) }
    let (r, rowInput) = try context.input(rowName)
    let (c, columnInput) = try context.input(columnName)
    let rowValues = try SampleGrid.values(rowGrid, for: rowInput)
    let columnValues = try SampleGrid.values(columnGrid, for: columnInput)
    let cells = rowValues.count * columnValues.count
    guard cells <= maximumCells else { throw .tooManyPoints(cells, limit: maximumCells) }
    let target = try objective.resolve(in: context.compiled)
    var runner = ScoreRunner(context)
    let baselineScore = runner.value(of: target)
    var scores: [[Double]] = []
    scores.reserveCapacity(rowValues.count)
    for rv in rowValues {
      runner.set(r, rv)
      scores.append(columnValues.map { cv in runner.value(of: target, setting: c, to: cv) })
    }
    return DataTableResult(
      rowInput: rowName, columnInput: columnName, objective: objective, baselineScore: baselineScore,
      rowValues: rowValues, columnValues: columnValues, scores: scores)
  }
}
