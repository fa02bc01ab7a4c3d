import Foundation
import KaoheDiagnostics
import KaoheRubric
import KaoheScenario
import Testing

@testable import KaoheShell

/// The Chinese interface: every message written with `L10n.t` has a Chinese form with the same
/// placeholders, and the recorded scenarios replayed in Chinese show no English beyond what stays
/// as written (names, values, the rubrics' own English, formulas, paths).
@Suite struct LocalizationTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  // MARK: The catalog

  /// Every `L10n.t("…")` literal under Sources/, as the program sees it, with its file.
  static func messageLiterals() throws -> [(message: String, file: String)] {
    let pattern = try NSRegularExpression(pattern: #"L10n\.t\(\s*"((?:[^"\\]|\\.)*)""#)
    var out: [(String, String)] = []
    for file in try swiftFiles(under: root.appendingPathComponent("Sources")) where !file.hasSuffix("L10n+zh.swift") {
      let text = try String(contentsOfFile: file, encoding: .utf8)
      let ns = text as NSString
      for m in pattern.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
        out.append((unescape(ns.substring(with: m.range(at: 1))), String(file.dropFirst(root.path.count + 1))))
      }
    }
    return out
  }

  static func swiftFiles(under directory: URL) throws -> [String] {
    let names = try FileManager.default.subpathsOfDirectory(atPath: directory.path)
    return names.filter { $0.hasSuffix(".swift") }.sorted().map { directory.appendingPathComponent($0).path }
  }

  /// A Swift string literal's text with its escapes resolved.
  static func unescape(_ literal: String) -> String {
    var out = ""
    var chars = literal.makeIterator()
    while let c = chars.next() {
      guard c == "\\" else {
        out.append(c)
        continue
      }
      switch chars.next() {
      case "n": out.append("\n")
      case "t": out.append("\t")
      case "\"": out.append("\"")
      case "'": out.append("'")
      case "\\": out.append("\\")
      case let other?: out += "\\" + String(other)
      case nil: out.append("\\")
      }
    }
    return out
  }

  @Test func everyMessageHasAChineseForm() throws {
    let literals = try Self.messageLiterals()
    #expect(literals.count > 500)
    let interpolated = literals.filter { $0.message.contains("\\(") }
    #expect(interpolated.isEmpty, "L10n.t templates take {0} placeholders, not interpolation: \(interpolated)")
    let missing = literals.filter { !L10n.hasTranslation($0.message) }.map { "\($0.file): \($0.message)" }
    #expect(
      missing.isEmpty,
      "no Chinese form in L10n+zh.swift for \(missing.count) messages:\n\(missing.joined(separator: "\n"))")
  }

  @Test func everyCommandSummaryHasAChineseForm() {
    let missing = CommandTable.specs.map(\.summary).filter { !L10n.hasTranslation($0) }
    #expect(missing.isEmpty, "help shows these summaries untranslated: \(missing)")
  }

  @Test func everyCountedNounHasAChineseForm() throws {
    let pattern = try NSRegularExpression(pattern: #"Plural\.of\([^,]+,\s*"(\w+)"\)"#)
    var missing: [String] = []
    for file in try Self.swiftFiles(under: Self.root.appendingPathComponent("Sources")) {
      let text = try String(contentsOfFile: file, encoding: .utf8) as NSString
      for m in pattern.matches(in: text as String, range: NSRange(location: 0, length: text.length)) {
        let word = text.substring(with: m.range(at: 1))
        if L10n.countedNoun(word) == nil { missing.append("\(file): \(word)") }
      }
    }
    #expect(missing.isEmpty, "Plural.of counts nouns with no Chinese measure word: \(missing)")
  }

  @Test func everyTranslationKeepsItsPlaceholders() throws {
    let pattern = try NSRegularExpression(pattern: #"\{\d+\}"#)
    func placeholders(_ s: String) -> Set<String> {
      let ns = s as NSString
      return Set(
        pattern.matches(in: s, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range) })
    }
    let wrong = L10n.catalog.filter { placeholders($0.key) != placeholders($0.value) }.map { "\($0.key) → \($0.value)" }
      .sorted()
    #expect(wrong.isEmpty, "these translations change the placeholders:\n\(wrong.joined(separator: "\n"))")
    let untranslated = L10n.catalog.filter { $0.key == $0.value }.map(\.key)
    #expect(untranslated.isEmpty, "catalog entries that are still English: \(untranslated)")
  }

  // MARK: Filling

  @Test func englishIsFilledAsWritten() {
    let text = L10n.$language.withValue(.en) { L10n.t("no input named '{0}'", "x{1}") }
    #expect(text == "no input named 'x{1}'")
    #expect(L10n.$language.withValue(.en) { Plural.of(2, "command") } == "2 commands")
  }

  @Test func chineseIsLookedUpAndSpaced() {
    L10n.$language.withValue(.zh) {
      #expect(L10n.t("no input named '{0}'", "x") == "没有名为“x”的输入")
      #expect(L10n.t("indicator {0} scores {1} of {2}", 5, 3.8, 6) == "指标 5 得 3.8 分（分值 6）")
      #expect(L10n.t("{0} do not move the {1} on their own", Plural.of(3, "input"), "总分") == "3 个输入单独变动时不影响总分")
      #expect(L10n.t("{0} do not move the {1} on their own", Plural.of(3, "input"), "指标 5") == "3 个输入单独变动时不影响指标 5")
      #expect(
        L10n.t("{0} = {1} brings the {2} to {3} exactly ({4}; change {5})", "x", "1", "指标 5", "2.00", "当前", "+1")
          == "x = 1 时指标 5 恰好为 2.00（当前；变化 +1）")
      #expect(L10n.t("a message with no translation") == "a message with no translation")
    }
  }

  // MARK: Scenarios in Chinese

  /// What may stay in Latin letters in Chinese output: what the rubrics and baselines wrote in
  /// English, option and policy values, and a few names.
  struct Exemptions {
    var texts: [String] = []
    /// `texts` as patterns that match only whole words (`county` not inside `county_type`).
    var patterns: [NSRegularExpression] = []
    var words: Set<String> = ["true", "false", "Sobol", "Kaohe"]

    static func embedded() throws -> Exemptions {
      var e = Exemptions()
      for file in Catalog.rubrics {
        let rubric = try Catalog.rubric(file.id).rubric
        e.add(rubric.title.en, rubric.issuer?.en, rubric.unitLabel.en)
        e.add(contentsOf: Array(rubric.departments.values))
        for p in rubric.policies {
          e.add(p.label.en, p.doc)
          e.words.formUnion(p.options)
        }
        for i in rubric.inputs {
          e.add(i.label.en, i.note)
          e.add(contentsOf: i.optionLabels.values.map(\.en))
          e.words.formUnion(i.options)
        }
        for unit in rubric.units {
          e.add(unit.name.en)
          for area in unit.areas {
            e.add(area.title.en)
            for item in area.items { e.add(item.title.en) }
          }
          for indicator in unit.indicators {
            e.add(indicator.title.en)
            e.add(contentsOf: indicator.clauses.map(\.note))
          }
        }
        for id in Catalog.baselineIDs(for: rubric.id) {
          let b = try Catalog.baseline(id, for: rubric)
          e.add(b.title.en, b.note)
        }
      }
      e.texts = Array(Set(e.texts)).sorted { $0.count > $1.count }
      e.patterns = e.texts.compactMap {
        try? NSRegularExpression(
          pattern: #"(?<![A-Za-z0-9_.])"# + NSRegularExpression.escapedPattern(for: $0) + #"(?![A-Za-z0-9_])"#)
      }
      return e
    }

    mutating func add(_ list: String?...) { add(contentsOf: list) }

    mutating func add(contentsOf list: [String?]) {
      for t in list.compactMap({ $0 }) {
        texts.append(contentsOf: t.split(separator: "\n").map(String.init).filter { !$0.isEmpty })
      }
    }
  }

  static let word = try? NSRegularExpression(pattern: "[A-Za-z]{4,}")
  /// Commands as typed (what `undo` and `redo` name), `name = value` and `name=value`, identifiers
  /// (snake_case or dotted), ids with hyphens, paths, and distributions as written (`normal(`).
  static let verbatim = [
    #"(?:已撤销|已重做)：.*$"#,
    #"[A-Za-z][A-Za-z0-9_.]*\s?=\s?[^\s,，；;）)]+"#, #"[A-Za-z][A-Za-z0-9]*(?:[_.][A-Za-z0-9]+)+"#,
    #"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+"#, #"\S*/\S*"#, #"\b(?:normal|uniform|triangular|discrete)\("#,
  ].compactMap { try? NSRegularExpression(pattern: $0) }

  static func words(_ s: String) -> [String] {
    guard let word else { return [] }
    let ns = s as NSString
    return word.matches(in: s, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range) }
  }

  static func removing(_ patterns: [NSRegularExpression], from s: String) -> String {
    patterns.reduce(s) { text, p in
      p.stringByReplacingMatches(
        in: text, range: NSRange(location: 0, length: (text as NSString).length), withTemplate: " ")
    }
  }

  /// The English words left on a line of Chinese output once what may stay is taken out.
  static func englishWords(_ line: String, _ e: Exemptions) -> [String] {
    guard !words(line).isEmpty else { return [] }
    var s = line
    for (t, p) in zip(e.texts, e.patterns) where s.contains(t) { s = removing([p], from: s) }
    s = removingTruncatedTexts(s, e)
    s = removing(verbatim, from: s)
    return words(s).filter { w in !e.words.contains(w) && !w.allSatisfy(\.isUppercase) }
  }

  /// Table cells cut with `…`: the Latin text before the `…` is taken out when one of the texts
  /// that may stay starts with it.
  static func removingTruncatedTexts(_ line: String, _ e: Exemptions) -> String {
    var s = line
    while let cut = s.firstIndex(of: "…") {
      var start = cut
      while start > s.startIndex, !L10nTestSupport.isHan(s[s.index(before: start)]) { start = s.index(before: start) }
      let piece = s[start..<cut].drop { " ()（）".contains($0) }
      let keep = !piece.isEmpty && e.texts.contains { $0.hasPrefix(piece) }
      s.replaceSubrange((keep ? piece.startIndex : cut)...cut, with: " ")
    }
    return s
  }

  /// Lines of one command's Chinese output that still have English words.
  static func offendingLines(_ output: String, _ e: Exemptions) -> [String] {
    var out: [String] = []
    var formulaIndent: Int?
    for line in output.split(separator: "\n").map(String.init) {
      let indent = line.prefix { $0 == " " }.count
      let body = line.dropFirst(indent)
      if body.hasPrefix("公式：") || body.hasPrefix("formula:") {
        formulaIndent = indent
        continue
      }
      if let f = formulaIndent, indent > f { continue }
      formulaIndent = nil
      let left = englishWords(line, e)
      if !left.isEmpty { out.append("\(line)   ← \(left.joined(separator: ", "))") }
    }
    return out
  }

  @Test func scenariosReplayInChineseWithoutEnglish() throws {
    let e = try Exemptions.embedded()
    let folder = Self.root.appendingPathComponent("scenarios")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".kaohe") }
      .sorted()
    #expect(!files.isEmpty)
    var offenders: [String] = []
    for name in files {
      let path = folder.appendingPathComponent(name).path
      let scenario = try ScenarioParser.parse(try String(contentsOfFile: path, encoding: .utf8), path: path)
      var session = try Replayer.session(for: scenario, allowWrites: false)
      session.language = .zh
      for case .command(let line, _) in scenario.cells {
        let result = session.run(line)
        offenders += Self.offendingLines(result.output, e).map { "\(name) > \(line)\n    \($0)" }
      }
    }
    #expect(
      offenders.isEmpty,
      "English left in Chinese output (\(offenders.count) lines):\n\(offenders.joined(separator: "\n"))")
  }

  @Test func theCheckFindsEnglish() throws {
    let e = try Exemptions.embedded()
    #expect(Self.offendingLines("总分 90.99 → 87.99 (-3.00)", e).isEmpty)
    #expect(Self.offendingLines("  读取 deduction_counting = continuous", e).isEmpty)
    #expect(Self.offendingLines("    市工信局 Municipal Bureau of Industry and I…   70.00", e).isEmpty)
    #expect(Self.offendingLines("  公式：if x\n        then tiers(y, else: 0)", e).isEmpty)
    #expect(Self.offendingLines("no score moved", e).count == 1)
    #expect(Self.offendingLines("    市工信局 Municipal Bureau of Nothing at A…   70.00", e).count == 1)
  }
}

/// Chinese characters, as `L10n` counts them for spacing.
enum L10nTestSupport {
  static func isHan(_ c: Character) -> Bool {
    guard let s = c.unicodeScalars.first else { return false }
    return (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value)
  }
}
