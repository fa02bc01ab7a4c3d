import KaoheAnalysis
import KaoheRubric

/// A distribution written in its input's units: `normal(-1%, 2%)` rather than `normal(-0.01, 0.02)`.
enum DistributionText {
  static func format(_ d: Distribution, for input: InputDeclaration?) -> String {
    func v(_ x: Double) -> String {
      guard let input else { return NumberFormat.trimmed(x, digits: 6) }
      return ValueParser.format(x, for: input)
    }
    switch d {
    case .normal(let m, let sd): return "normal(\(v(m)), \(v(sd)))"
    case .uniform(let lo, let hi): return "uniform(\(v(lo)), \(v(hi)))"
    case .triangular(let lo, let mode, let hi): return "triangular(\(v(lo)), \(v(mode)), \(v(hi)))"
    case .discrete(let values, let ps):
      return "discrete(" + zip(values, ps).map { "\(v($0)): \(NumberFormat.trimmed($1, digits: 4))" }.joined(separator: ", ") + ")"
    }
  }
}
