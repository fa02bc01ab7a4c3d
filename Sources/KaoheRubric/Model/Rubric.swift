import Foundation
import KaoheDiagnostics

/// An assessment rubric (考核评分表) as loaded from its file.
public struct Rubric: Sendable {
  /// Stable id, such as `yulin-grain-2019`.
  public var id: String
  /// Titles.
  public var title: LocalizedText
  /// The year assessed.
  public var year: Int?
  /// Who issued it.
  public var issuer: LocalizedText?
  /// Where its text comes from.
  public var source: String?
  /// Points of the whole rubric (of each unit, for a multi-unit rubric).
  public var total: Double
  /// What one assessed unit is called.
  public var unitLabel: LocalizedText
  /// Department names, Chinese → English.
  public var departments: [String: String]
  /// Policies, the built-in `cap_indicators` first.
  public var policies: [PolicyDeclaration]
  /// Inputs in declaration order (unit inputs with their full names).
  public var inputs: [InputDeclaration]
  /// The assessed units (one, with an empty id, for a single-unit rubric).
  public var units: [AssessedUnit]
  /// Whether it scores several units (departments).
  public var isMultiUnit: Bool
  /// The file it was read from (`embedded:ID` for a built-in one).
  public var path: String
  /// A hash of the file's content (FNV-1a 64, hex), for scenario headers.
  public var contentHash: String

  /// Every indicator of every unit, in order.
  public var indicators: [Indicator] { units.flatMap(\.indicators) }

  /// The input with this full name.
  public func input(named name: String) -> InputDeclaration? { inputs.first { $0.name == name } }

  /// The policy with this name.
  public func policy(named name: String) -> PolicyDeclaration? { policies.first { $0.name == name } }

  /// The unit with this id or Chinese or English name.
  public func unit(named name: String) -> AssessedUnit? {
    units.first { $0.id == name || $0.name.zh == name || $0.name.en.lowercased() == name.lowercased() }
  }

  /// Finds an indicator by id (`i5`, `gongxin.t2`) or by the source's number (`5`, `19`).
  public func indicator(_ key: String) -> Indicator? {
    let k = key.trimmingCharacters(in: .whitespaces)
    if let exact = indicators.first(where: { $0.id == k }) { return exact }
    let local = indicators.filter { $0.localID == k }
    if local.count == 1 { return local[0] }
    if let n = Int(k), !isMultiUnit { return indicators.first { $0.numbers.contains(n) } }
    return nil
  }
}
