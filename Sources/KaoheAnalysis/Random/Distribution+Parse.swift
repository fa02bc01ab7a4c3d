import Foundation
import KaoheDiagnostics
import KaoheFormula
import KaoheRubric

extension Distribution {
  /// The names `parse` accepts.
  public static let names = ["normal", "uniform", "triangular", "discrete"]

  /// Reads a distribution as typed: `normal(-1%, 2%)`, `uniform(0, 10)`, `triangular(0, 5, 10)`,
  /// `discrete(0 => 0.3, 1 => 0.7)`. With an input, values are read as for that input (units,
  /// `%`, `true`/`false`, option names); probabilities are numbers or percentages. Full-width
  /// brackets and commas are accepted.
  public static func parse(_ text: String, for input: InputDeclaration? = nil) throws(DistributionParseError)
    -> Distribution
  {
    let chars = text.map { c -> Character in
      switch c {
      case "（": "("
      case "）": ")"
      case "，": ","
      default: c
      }
    }
    var i = 0
    while i < chars.count, chars[i].isWhitespace { i += 1 }
    let nameStart = i
    while i < chars.count, chars[i].isLetter || chars[i] == "_" { i += 1 }
    let name = String(chars[nameStart..<i]).lowercased()
    guard !name.isEmpty else { throw .expectedName(at: nameStart) }
    guard names.contains(name) else {
      throw .unknownName(name, at: nameStart, suggestion: Suggestions.closest(to: name, among: names))
    }
    while i < chars.count, chars[i].isWhitespace { i += 1 }
    guard i < chars.count, chars[i] == "(" else { throw .expected("'(' after \(name)", at: i) }
    var end = chars.count
    while end > i, chars[end - 1].isWhitespace { end -= 1 }
    guard end > i + 1, chars[end - 1] == ")" else { throw .expected("')' to close \(name)(", at: end) }
    let args = split(chars, from: i + 1, to: end - 1)
    let distribution = try build(name, args, input: input, open: i, close: end - 1)
    if let problem = distribution.problem { throw .invalid(problem, at: nameStart, length: end - nameStart) }
    return distribution
  }

  /// One argument's text and where it starts.
  private struct Argument {
    var text: String
    var start: Int
  }

  private static func split(_ chars: [Character], from: Int, to: Int) -> [Argument] {
    var out: [Argument] = []
    var start = from
    for k in from...to where k == to || chars[k] == "," {
      var a = start
      var b = k
      while a < b, chars[a].isWhitespace { a += 1 }
      while b > a, chars[b - 1].isWhitespace { b -= 1 }
      out.append(Argument(text: String(chars[a..<b]), start: a))
      start = k + 1
    }
    if out.count == 1, out[0].text.isEmpty { return [] }
    return out
  }

  private static func build(_ name: String, _ args: [Argument], input: InputDeclaration?, open: Int, close: Int)
    throws(DistributionParseError) -> Distribution
  {
    func count(_ n: Int, _ expected: String) throws(DistributionParseError) {
      guard args.count == n else {
        throw .argumentCount(name, expected: expected, found: args.count, at: open, length: close - open + 1)
      }
    }
    switch name {
    case "normal":
      try count(2, "2 arguments (mean, standard deviation)")
      return .normal(mean: try value(args[0], input), sd: try number(args[1], input))
    case "uniform":
      try count(2, "2 arguments (lower, upper)")
      return .uniform(lower: try value(args[0], input), upper: try value(args[1], input))
    case "triangular":
      try count(3, "3 arguments (lower, mode, upper)")
      return .triangular(
        lower: try value(args[0], input), mode: try value(args[1], input), upper: try value(args[2], input))
    default:
      guard !args.isEmpty else {
        throw .argumentCount(
          name, expected: "at least one VALUE => PROBABILITY", found: 0, at: open, length: close - open + 1)
      }
      var values: [Double] = []
      var probabilities: [Double] = []
      for arg in args {
        guard let arrow = arg.text.range(of: "=>") else { throw .expectedPair(arg.text, at: arg.start) }
        let left = String(arg.text[..<arrow.lowerBound])
        let right = String(arg.text[arrow.upperBound...])
        let leftTrimmed = left.trimmingCharacters(in: .whitespaces)
        let rightOffset =
          arg.text.distance(from: arg.text.startIndex, to: arrow.upperBound)
          + (right.count - right.drop(while: \.isWhitespace).count)
        values.append(try value(Argument(text: leftTrimmed, start: arg.start), input))
        let p = Argument(text: right.trimmingCharacters(in: .whitespaces), start: arg.start + rightOffset)
        guard let prob = ValueParser.number(p.text) else {
          throw .badValue(p.text, reason: "a probability is a number such as 0.3 or 30%", at: p.start)
        }
        probabilities.append(Numeric.tidy(prob))
      }
      return .discrete(values: values, probabilities: probabilities)
    }
  }

  /// A value of the input (a plain number without one).
  private static func value(_ arg: Argument, _ input: InputDeclaration?) throws(DistributionParseError) -> Double {
    guard let input else { return try number(arg, nil) }
    switch ValueParser.value(arg.text, for: input) {
    case .success(let v): return Numeric.tidy(v)
    case .failure(let f): throw .badValue(arg.text, reason: f.hint ?? f.message, at: arg.start)
    }
  }

  /// A number (with `%` for hundredths, and the input's unit allowed after it).
  private static func number(_ arg: Argument, _ input: InputDeclaration?) throws(DistributionParseError) -> Double {
    if let input, input.kind.isNumeric, case .success(let v) = ValueParser.value(arg.text, for: input) {
      return Numeric.tidy(v)
    }
    guard let v = ValueParser.number(arg.text) else {
      throw .badValue(arg.text, reason: "write a number such as 2, 0.5 or 2%", at: arg.start)
    }
    return Numeric.tidy(v)
  }
}
