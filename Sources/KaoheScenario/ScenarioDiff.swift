import KaoheDiagnostics

/// Compares recorded outputs with fresh ones and renders unified diffs.
public enum ScenarioDiff {
  /// One command whose output differs.
  public struct Mismatch: Sendable, Hashable {
    /// 1-based index of the cell.
    public var cell: Int
    /// 1-based line of the command in the scenario file.
    public var line: Int
    /// The command.
    public var command: String
    /// Recorded output.
    public var expected: [String]
    /// Fresh output.
    public var actual: [String]

    /// Creates a mismatch.
    public init(cell: Int, line: Int, command: String, expected: [String], actual: [String]) {
      self.cell = cell
      self.line = line
      self.command = command
      self.expected = expected
      self.actual = actual
    }

    /// A unified diff of expected → actual, with file line numbers.
    public func unified(path: String) -> String {
      var out = [
        "--- " + L10n.t("{0}:{1} (recorded) cell {2}: > {3}", path, line, cell, command), "+++ " + L10n.t("{0}:{1} (replayed)", path, line),
      ]
      out += ScenarioDiff.unifiedHunks(expected, actual, firstLine: line + 1)
      return out.joined(separator: "\n")
    }
  }

  /// The 1-based file line of each command cell: in the file the scenario was read from, or else
  /// in the printed scenario (a hand-written file need not be laid out as Kaohe prints it).
  public static func commandLines(_ s: Scenario) -> [Int] {
    if let read = s.header.origin?.commandLines, read.count == s.commands.count { return read }
    var line = s.header.inputs.isEmpty ? 6 : 7
    var out: [Int] = []
    for cell in s.cells {
      line += 1
      switch cell {
      case .prose(let p): line += p.count
      case .command(_, let output):
        line += 1
        out.append(line)
        line += output.count
      }
    }
    return out
  }

  /// Hunks of a line diff (LCS), with 2 lines of context.
  public static func unifiedHunks(_ a: [String], _ b: [String], firstLine: Int) -> [String] {
    let ops = diff(a, b)
    var out: [String] = []
    var i = 0
    while i < ops.count {
      guard ops[i].0 != " " else {
        i += 1
        continue
      }
      let start = max(0, i - 2)
      var end = i
      while end < ops.count {
        if ops[end].0 == " " {
          var run = end
          while run < ops.count, ops[run].0 == " " { run += 1 }
          if run - end > 4 || run == ops.count {
            end = min(ops.count, end + 2)
            break
          }
          end = run
        } else {
          end += 1
        }
      }
      let aStart = ops[..<start].filter { $0.0 != "+" }.count
      let bStart = ops[..<start].filter { $0.0 != "-" }.count
      let slice = ops[start..<end]
      out.append("@@ -\(firstLine + aStart),\(slice.filter { $0.0 != "+" }.count) +\(firstLine + bStart),\(slice.filter { $0.0 != "-" }.count) @@")
      out += slice.map { "\($0.0)\($0.1)" }
      i = end
    }
    return out
  }

  /// An edit script: (" ", line), ("-", line) or ("+", line).
  static func diff(_ a: [String], _ b: [String]) -> [(Character, String)] {
    let n = a.count
    let m = b.count
    var lcs = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
    for i in stride(from: n - 1, through: 0, by: -1) {
      for j in stride(from: m - 1, through: 0, by: -1) {
        lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
      }
    }
    var out: [(Character, String)] = []
    var i = 0
    var j = 0
    while i < n || j < m {
      if i < n, j < m, a[i] == b[j] {
        out.append((" ", a[i]))
        i += 1
        j += 1
      } else if i < n, j == m || lcs[i + 1][j] >= lcs[i][j + 1] {
        out.append(("-", a[i]))
        i += 1
      } else {
        out.append(("+", b[j]))
        j += 1
      }
    }
    return out
  }
}
