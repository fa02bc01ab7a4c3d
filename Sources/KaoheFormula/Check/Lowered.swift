/// A checked formula: names resolved to slots, option names to indices, helper arguments in order with
/// their defaults filled in. The compiler turns it into instructions.
public indirect enum Lowered: Sendable, Hashable {
  case constant(Double)
  case load(Int)
  case negate(Lowered)
  case not(Lowered)
  case binary(BinaryOperator, Lowered, Lowered)
  case select(Lowered, Lowered, Lowered)
  case call(Builtin, [Lowered], site: Span)
}

/// The result of checking a formula.
public struct CheckedFormula: Sendable, Hashable {
  /// The lowered tree.
  public var lowered: Lowered
  /// The formula's type.
  public var type: FormulaType
  /// Each symbol the formula reads, with the span of its first mention, in source order.
  public var references: [Reference]
  /// Threshold lists of `tiers` calls whose first argument is a plain name, for lint.
  public var tierUses: [TierUse]

  /// A symbol read by a formula.
  public struct Reference: Sendable, Hashable {
    /// The symbol.
    public var symbol: Symbol
    /// Where it is mentioned.
    public var span: Span
  }

  /// A `tiers`/`tiers_at_most` call, for reachability checks.
  public struct TierUse: Sendable, Hashable {
    /// The helper.
    public var builtin: Builtin
    /// The tested value, when it is a plain input.
    public var subject: Symbol?
    /// Each threshold with its span, in the written order (nil when not a constant).
    public var thresholds: [(value: Double?, span: Span)]

    public static func == (a: TierUse, b: TierUse) -> Bool {
      a.builtin == b.builtin && a.subject == b.subject && a.thresholds.map(\.value) == b.thresholds.map(\.value)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(builtin) }
  }
}
