import Foundation
import KaoheDiagnostics

/// The rubrics and baselines compiled into the binary, and loading by id or file path.
public enum Catalog {
  /// The rubric used when none is given.
  public static let defaultRubricID = "yulin-grain-2019"

  /// An embedded file.
  public struct EmbeddedFile: Sendable {
    /// The file's name under Resources/.
    public var name: String
    /// Its text.
    public var text: String
    /// Its id (the name without `.yaml`).
    public var id: String { name.hasSuffix(".yaml") ? String(name.dropLast(5)) : name }
  }

  /// Embedded rubrics.
  public static var rubrics: [EmbeddedFile] { EmbeddedFiles.rubrics.map { EmbeddedFile(name: $0.0, text: $0.1) } }
  /// Embedded baselines.
  public static var baselines: [EmbeddedFile] { EmbeddedFiles.baselines.map { EmbeddedFile(name: $0.0, text: $0.1) } }

  /// The path shown for an embedded file.
  public static func embeddedPath(_ name: String) -> String { "<embedded>/\(name)" }

  /// Loads and compiles a rubric given by embedded id or file path.
  public static func rubric(_ reference: String?) throws(DiagnosticError) -> CompiledRubric {
    let (text, path) = try source(reference ?? defaultRubricID, among: rubrics, what: "rubric")
    let rubric = try RubricLoader.load(text: text, path: path)
    return try RubricCompiler.compile(rubric)
  }

  /// Loads a baseline for `rubric`, given by embedded id or file path; with none, the rubric's
  /// embedded baseline, or its defaults.
  public static func baseline(_ reference: String?, for rubric: Rubric) throws(DiagnosticError) -> Baseline {
    guard let reference else {
      for file in baselines where baselineRubricID(file.text) == rubric.id {
        return try BaselineLoader.load(text: file.text, path: embeddedPath(file.name), rubric: rubric)
      }
      if let d = Baseline.defaults(for: rubric) { return d }
      throw DiagnosticError(Diagnostic(id: "baseline.none", message: L10n.t("rubric '{0}' has no embedded baseline and not every input has a default", rubric.id), hint: L10n.t("give one with --baseline FILE")))
    }
    if reference.lowercased().hasSuffix(".csv") {
      return try BaselineCSV.load(data: try FileReading.data(at: reference), path: reference, rubric: rubric)
    }
    let (text, path) = try source(reference, among: baselines, what: "baseline")
    return try BaselineLoader.load(text: text, path: path, rubric: rubric)
  }

  /// Embedded baselines written for `rubricID`.
  public static func baselineIDs(for rubricID: String) -> [String] {
    baselines.filter { baselineRubricID($0.text) == rubricID }.map(\.id)
  }

  /// The rubric a baseline file names on its `rubric:` line.
  public static func baselineRubricID(_ text: String) -> String? {
    for line in text.split(separator: "\n") where line.hasPrefix("rubric:") {
      return line.dropFirst(7).trimmingCharacters(in: .whitespaces)
    }
    return nil
  }

  private static func source(_ reference: String, among files: [EmbeddedFile], what: String) throws(DiagnosticError)
    -> (String, String)
  {
    if let file = files.first(where: { $0.id == reference || $0.name == reference }) {
      return (file.text, embeddedPath(file.name))
    }
    let looksLikePath = reference.contains("/") || reference.contains(".")
    if FileManager.default.fileExists(atPath: reference) || looksLikePath {
      return (try FileReading.text(at: reference), reference)
    }
    let ids = files.map(\.id)
    let isRubric = what == "rubric"
    let message =
      isRubric
      ? L10n.t("no rubric '{0}': it is neither an embedded rubric nor a file", reference)
      : L10n.t("no baseline '{0}': it is neither an embedded baseline nor a file", reference)
    let list = isRubric ? L10n.t("embedded rubrics: {0}", ids.joined(separator: ", ")) : L10n.t("embedded baselines: {0}", ids.joined(separator: ", "))
    throw DiagnosticError(
      Diagnostic(id: "\(what).not-found", message: message, hint: Suggestions.hint(for: reference, among: ids) ?? list))
  }
}

/// Reading user files with clear errors.
public enum FileReading {
  /// The largest file Kaohe reads (rubrics and baselines are far smaller).
  public static let maximumSize = 16 << 20

  /// The file's text as UTF-8, or a diagnostic naming the file and the fix.
  public static func text(at path: String) throws(DiagnosticError) -> String {
    let data = try data(at: path)
    guard let text = String(data: data, encoding: .utf8) else {
      throw DiagnosticError(Diagnostic(id: "file.not-utf8", message: L10n.t("{0} is not valid UTF-8 text", path), location: SourceLocation(path: path, line: firstBadLine(data), column: 1), hint: L10n.t("save it as UTF-8")))
    }
    if text.contains("\0") {
      throw DiagnosticError(Diagnostic(id: "file.binary", message: L10n.t("{0} contains NUL bytes: it looks like a binary file, not text", path)))
    }
    return text
  }

  /// The file's bytes, or a diagnostic: a missing file, a directory, or one past `maximumSize`
  /// (refused by its size before it is read, so that a huge file is not read into memory).
  public static func data(at path: String) throws(DiagnosticError) -> Data {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw DiagnosticError(Diagnostic(id: "file.not-found", message: L10n.t("{0}: no such file", path), hint: L10n.t("check the path (embedded rubrics and baselines are listed by 'kaohe rubrics')")))
    }
    guard !isDirectory.boolValue else {
      throw DiagnosticError(Diagnostic(id: "file.is-directory", message: L10n.t("{0} is a directory, not a file", path)))
    }
    let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
    if let size, size > maximumSize {
      throw DiagnosticError(Diagnostic(id: "file.too-large", message: L10n.t("{0} is {1} bytes; the limit is {2}", path, size, maximumSize)))
    }
    // A file that reports no size (an empty file, or one whose size is not known in advance) is
    // read through a handle, at most one byte past the limit: FileManager.contents(atPath:) reads
    // such a file in 4 KiB chunks and leaks its buffer when there is nothing to read.
    let contents = size == 0 ? unsizedContents(at: path) : FileManager.default.contents(atPath: path)
    guard let data = contents else {
      throw DiagnosticError(Diagnostic(id: "file.unreadable", message: L10n.t("{0}: cannot be read", path), hint: L10n.t("check its permissions")))
    }
    guard data.count <= maximumSize else {
      throw DiagnosticError(Diagnostic(id: "file.too-large", message: L10n.t("{0} is {1} bytes; the limit is {2}", path, data.count, maximumSize)))
    }
    return data
  }

  /// The contents of a file that reports a size of 0, read to its end or one byte past the limit.
  private static func unsizedContents(at path: String) -> Data? {
    guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
    defer { try? handle.close() }
    do { return try handle.read(upToCount: maximumSize + 1) ?? Data() } catch { return nil }  // nil: at the end
  }

  private static func firstBadLine(_ data: Data) -> Int {
    var line = 1
    var start = data.startIndex
    for (i, byte) in data.enumerated() where byte == 10 {
      if String(data: data[start..<(data.startIndex + i)], encoding: .utf8) == nil { return line }
      line += 1
      start = data.startIndex + i + 1
    }
    return line
  }
}
