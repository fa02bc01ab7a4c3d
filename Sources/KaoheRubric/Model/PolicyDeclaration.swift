import Foundation
import KaoheDiagnostics

/// A named switch between two or more readings of the rubric, with a default.
public struct PolicyDeclaration: Sendable, Hashable {
  /// The built-in policy that caps each indicator at its allotted points.
  public static let capIndicators = "cap_indicators"

  /// Identifier, usable in formulas.
  public var name: String
  /// Chinese and English labels.
  public var label: LocalizedText
  /// The options of a choice policy; empty for a boolean policy.
  public var options: [String]
  /// The default: an option's index, or 1/0 for a boolean.
  public var defaultValue: Double
  /// What the policy decides and why.
  public var doc: String
  /// Where it is declared.
  public var location: SourceLocation?

  /// Whether the policy is on/off rather than a choice.
  public var isBoolean: Bool { options.isEmpty }

  /// The values the policy accepts, as the user types them.
  public var valueNames: [String] { isBoolean ? ["on", "off"] : options }

  /// The name of a value (`on`/`off` or the option).
  public func valueName(_ value: Double) -> String {
    if isBoolean { return value != 0 ? "on" : "off" }
    let i = Int(value)
    return options.indices.contains(i) ? options[i] : "?"
  }

  /// Parses a value as typed (`on`, `off`, `true`, an option name).
  public func parseValue(_ text: String) -> Double? {
    let t = text.trimmingCharacters(in: .whitespaces).lowercased()
    if isBoolean {
      if ["on", "true", "yes", "1", "是", "开"].contains(t) { return 1 }
      if ["off", "false", "no", "0", "否", "关"].contains(t) { return 0 }
      return nil
    }
    return options.firstIndex(where: { $0.lowercased() == t }).map(Double.init)
  }

  /// What the policy decides, for display: the built-in policy's text in the current language; a
  /// rubric's own policies as the rubric wrote them.
  public var shownDoc: String { name == Self.capIndicators ? Self.capDoc() : doc }

  /// The built-in `cap_indicators` policy (its `doc` in English, whatever the language of the run
  /// that loads it: the text is translated when it is shown).
  public static func builtinCap() -> PolicyDeclaration {
    PolicyDeclaration(
      name: capIndicators,
      label: LocalizedText(zh: "指标得分以分值为上限", en: "Cap each indicator at its allotted points"),
      options: [], defaultValue: 1, doc: L10n.$language.withValue(.en) { capDoc() }, location: nil)
  }

  private static func capDoc() -> String {
    L10n.t(
      "On: an indicator's score clauses together score at most the indicator's points; penalty clauses (倒扣) still apply after the cap and may take it below zero. Off: clauses add up as written."
    )
  }
}
