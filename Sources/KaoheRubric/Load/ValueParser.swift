import Foundation
import KaoheDiagnostics

/// Reads input values as people write them: `-3%`, `1500万元`, `2家`, `true`, `是`, an option name.
public enum ValueParser {
  /// A plain number, or a number with `%` (hundredths). Full-width digits and signs are accepted.
  public static func number(_ text: String) -> Double? {
    var t = normalize(text)
    var scale = 1.0
    if t.hasSuffix("%") {
      t.removeLast()
      scale = 0.01
    }
    t = t.trimmingCharacters(in: .whitespaces)
    if t.hasPrefix("+") { t.removeFirst() }
    guard !t.isEmpty, let v = Double(t), v.isFinite else { return nil }
    return v * scale
  }

  /// Why a value could not be read, with a hint.
  public struct Failure: Error, Sendable, Equatable {
    /// What is wrong.
    public var message: String
    /// How to write it instead.
    public var hint: String?
  }

  /// The stored value (a number, 1/0, or an option's index) of `text` for `input`.
  public static func value(_ text: String, for input: InputDeclaration) -> Result<Double, Failure> {
    let t = normalize(text).trimmingCharacters(in: .whitespaces)
    switch input.kind {
    case .boolean:
      if let b = boolean(t) { return .success(b ? 1 : 0) }
      return .failure(Failure(message: L10n.t("'{0}' is not true or false", text), hint: L10n.t("write true/false (是/否)")))
    case .choice:
      if let i = input.options.firstIndex(where: { $0.lowercased() == t.lowercased() }) { return .success(Double(i)) }
      if let (k, _) = input.optionLabels.first(where: { $0.value.zh == t || $0.value.en.lowercased() == t.lowercased() }),
        let i = input.options.firstIndex(of: k)
      {
        return .success(Double(i))
      }
      return .failure(
        Failure(message: L10n.t("'{0}' is not one of {1}", text, input.options.joined(separator: ", ")),
          hint: Suggestions.hint(for: t, among: input.options)))
    default:
      return numeric(t, original: text, for: input)
    }
  }

  private static func numeric(_ t: String, original: String, for input: InputDeclaration) -> Result<Double, Failure> {
    var body = t
    let units = [input.unit] + unitAliases(input.unit)
    for u in units where !u.isEmpty && u != "%" && body.hasSuffix(u) {
      body = String(body.dropLast(u.count)).trimmingCharacters(in: .whitespaces)
      break
    }
    if body.hasSuffix("%"), input.kind != .percent, input.kind != .ratio {
      return .failure(Failure(message: L10n.t("'{0}' is a percentage, but {1} is counted in {2}", original, input.name, input.unit.isEmpty ? input.kind.shownName : input.unit), hint: L10n.t("write a plain number")))
    }
    if input.kind == .percent, !body.hasSuffix("%"), let v = number(body), abs(v) > 1 {
      return .failure(Failure(message: L10n.t("'{0}' for a percentage is ambiguous", original), hint: L10n.t("write {0}% for {0} percent, or a fraction such as {1}", body, NumberFormat.trimmed(v / 100, digits: 4))))
    }
    guard let v = number(body) else {
      let trailing = body.drop(while: { ($0.isASCII && $0.isNumber) || $0 == "." || $0 == "-" || $0 == "+" })
      if !trailing.isEmpty, number(String(body.dropLast(trailing.count))) != nil {
        let hint = input.unit.isEmpty ? L10n.t("its unit is none") : L10n.t("its unit is '{0}'", input.unit)
        return .failure(Failure(message: L10n.t("'{0}': unit '{1}' does not fit {2}", original, trailing, input.name), hint: hint))
      }
      return .failure(Failure(message: L10n.t("'{0}' is not a number", original), hint: input.kind == .percent ? L10n.t("write e.g. -3%") : nil))
    }
    return .success(v)
  }

  private static func unitAliases(_ unit: String) -> [String] {
    switch unit {
    case "万元": ["万"]
    case "万亩": ["万"]
    default: []
    }
  }

  /// true/false in English or Chinese.
  public static func boolean(_ t: String) -> Bool? {
    switch t.lowercased() {
    case "true", "yes", "on", "1", "是", "有", "已完成", "完成": true
    case "false", "no", "off", "0", "否", "无", "未完成": false
    default: nil
    }
  }

  /// Full-width digits, signs and percent signs turned into ASCII; the minus sign − into '-'.
  static func normalize(_ text: String) -> String {
    var out = ""
    for ch in text {
      switch ch {
      case "−", "－": out.append("-")
      case "＋": out.append("+")
      case "％": out.append("%")
      case "．": out.append(".")
      default:
        if let s = ch.unicodeScalars.first, ch.unicodeScalars.count == 1, (0xFF10...0xFF19).contains(s.value),
          let ascii = Unicode.Scalar(s.value - 0xFF10 + 0x30)
        {
          out.append(Character(ascii))
        } else {
          out.append(ch)
        }
      }
    }
    return out
  }

  /// Formats a stored value for display, with its unit.
  public static func format(_ value: Double, for input: InputDeclaration) -> String {
    switch input.kind {
    case .boolean: return value != 0 ? "true" : "false"
    case .choice:
      let i = Int(value)
      return input.options.indices.contains(i) ? input.options[i] : "?"
    case .percent: return NumberFormat.trimmed(value * 100, digits: 2) + "%"
    case .ratio where input.unit == "%": return NumberFormat.trimmed(value * 100, digits: 2) + "%"
    default:
      let s = NumberFormat.trimmed(value, digits: 4)
      return input.unit.isEmpty ? s : s + input.unit
    }
  }
}


/// Number formatting for scores and values.
public enum NumberFormat {
  /// `value` with at most `digits` decimals, trailing zeros removed (`3.33`, `10`, `-0.8`).
  public static func trimmed(_ value: Double, digits: Int = 2) -> String {
    // Past 1e15 (beyond any value Kaohe accepts), the digits would only be noise: 1e+308, not 309 of them.
    guard !value.isFinite || abs(value) < 1e15 else { return String(format: "%g", value) }
    var s = String(format: "%.\(digits)f", rounded(value, digits))
    if s.contains(".") {
      while s.hasSuffix("0") { s.removeLast() }
      if s.hasSuffix(".") { s.removeLast() }
    }
    if s == "-0" { s = "0" }
    return s
  }

  /// `value` with exactly two decimals (`3.33`, `10.00`).
  public static func score(_ value: Double) -> String {
    let s = String(format: "%.2f", rounded(value, 2))
    return s == "-0.00" ? "0.00" : s
  }

  /// `value` rounded half away from zero at `digits` decimals, so 10.225 shows as 10.23.
  static func rounded(_ value: Double, _ digits: Int) -> Double {
    guard value.isFinite, abs(value) < 1e12 else { return value }
    let scale = pow(10, Double(digits))
    return ((value * scale) + (value >= 0 ? 1e-6 : -1e-6)).rounded(.toNearestOrAwayFromZero) / scale
  }

  /// A signed delta with two decimals (`+0.80`, `-1.20`).
  public static func delta(_ value: Double) -> String {
    let s = score(value)
    return value > 0.0000001 ? "+" + s : (s == "0.00" ? "±0.00" : s)
  }
}
