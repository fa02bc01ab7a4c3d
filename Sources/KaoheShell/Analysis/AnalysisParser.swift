import KaoheDiagnostics

/// Why the words of an analysis command could not be read.
struct ParseFailure: Error {
  var message: String
  init(_ message: String) { self.message = message }
}

/// Parses the words after an analysis command into an `AnalysisRequest`.
enum AnalysisParser {
  /// Words of the line, with `for TARGET` (and its multi-word Chinese names) pulled out.
  static func splitTarget(_ words: [String]) -> ([String], String?) {
    guard let i = words.firstIndex(of: "for"), i + 1 < words.count else { return (words, nil) }
    var rest = words
    let target = words[i + 1]
    rest.removeSubrange(i...(i + 1))
    return (rest, target)
  }

  /// The value after `keyword` in `words`, removing both.
  static func take(_ keyword: String, from words: inout [String]) -> String? {
    guard let i = words.firstIndex(of: keyword), i + 1 < words.count else { return nil }
    let v = words[i + 1]
    words.removeSubrange(i...(i + 1))
    return v
  }

  static func parse(_ name: String, _ words: [String]) -> Result<AnalysisRequest, ParseFailure> {
    var (w, target) = splitTarget(words)
    switch name {
    case "sweep":
      let step = take("step", from: &w)
      let pointsText = take("points", from: &w)
      let points = pointsText.flatMap { Int($0) }
      if pointsText != nil && points == nil { return .failure(ParseFailure(L10n.t("points takes a whole number"))) }
      guard let input = w.first, w.count <= 2 else { return .failure(ParseFailure(L10n.t("sweep needs an input and, optionally, FROM..TO"))) }
      return .success(.sweep(input: input, range: w.count > 1 ? w[1] : nil, step: step, points: points, target: target))
    case "table":
      guard let x = w.firstIndex(where: { $0 == "x" || $0 == "×" }) else { return .failure(ParseFailure(L10n.t("table needs two inputs separated by 'x'"))) }
      let left = Array(w[..<x])
      let right = Array(w[(x + 1)...])
      guard (1...2).contains(left.count), (1...2).contains(right.count) else { return .failure(ParseFailure(L10n.t("table needs NAME [FROM..TO] x NAME [FROM..TO]"))) }
      return .success(.table(row: left[0], rowRange: left.count > 1 ? left[1] : nil, column: right[0], columnRange: right.count > 1 ? right[1] : nil, target: target))
    case "tornado":
      var spread: String?
      var ranges: [String: String] = [:]
      for word in w {
        if let eq = word.firstIndex(of: "=") {
          ranges[String(word[..<eq])] = String(word[word.index(after: eq)...])
        } else if spread == nil {
          spread = word
        } else {
          return .failure(ParseFailure(L10n.t("tornado takes one ±X% and NAME=LO..HI ranges")))
        }
      }
      return .success(.tornado(spread: spread, ranges: ranges, target: target))
    case "breakpoints":
      guard let input = w.first, w.count <= 2 else { return .failure(ParseFailure(L10n.t("breakpoints needs an input and, optionally, FROM..TO"))) }
      return .success(.breakpoints(input: input, range: w.count > 1 ? w[1] : nil, target: target))
    case "seek":
      guard let by = take("by", from: &w) else { return .failure(ParseFailure(L10n.t("seek needs 'by NAME'"))) }
      guard let score = w.first, w.count <= 2 else { return .failure(ParseFailure(L10n.t("seek needs a score to reach"))) }
      return .success(.seek(score: score, input: by, range: w.count > 1 ? w[1] : nil, target: target))
    case "montecarlo", "sobol":
      let seedText = take("seed", from: &w)
      let seed = seedText.flatMap { UInt64($0) }
      if seedText != nil && seed == nil { return .failure(ParseFailure(L10n.t("seed takes a whole number"))) }
      let reach = take("reach", from: &w)
      guard w.count == 1, let n = Int(w[0].replacingOccurrences(of: "_", with: "")), n > 0 else {
        return .failure(ParseFailure(L10n.t("{0} needs a number of samples, e.g. {0} 10000", name)))
      }
      if name == "sobol" {
        if reach != nil { return .failure(ParseFailure(L10n.t("sobol takes no 'reach'"))) }
        return .success(.sobol(samples: n, seed: seed, target: target))
      }
      return .success(.monteCarlo(samples: n, seed: seed, reach: reach, target: target))
    default:
      guard w.count == 1 else { return .failure(ParseFailure(L10n.t("plan needs one score to reach, e.g. plan 95"))) }
      return .success(.plan(score: w[0], target: target))
    }
  }
}
