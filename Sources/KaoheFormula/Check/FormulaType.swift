/// The type of a formula value.
public enum FormulaType: Sendable, Hashable, CustomStringConvertible {
  case number
  case boolean
  /// A choice among named options (stored as the option's index).
  case choice([String])

  /// The options of a choice type.
  public var options: [String]? {
    if case .choice(let o) = self { return o }
    return nil
  }

  /// How the type reads in an error message.
  public var description: String {
    switch self {
    case .number: "a number"
    case .boolean: "a condition (true/false)"
    case .choice(let o): "a choice (\(o.joined(separator: "/")))"
    }
  }
}

/// What a name in a formula refers to.
public struct Symbol: Sendable, Hashable {
  /// The kinds of things a formula can name.
  public enum Kind: String, Sendable, Hashable {
    case input, policy, clause, indicator
  }

  /// The value slot the name reads.
  public var slot: Int
  /// Its type.
  public var type: FormulaType
  /// What it is.
  public var kind: Kind
  /// Its full name (a unit-scoped name resolves to `unit.name`).
  public var qualifiedName: String

  /// Creates a symbol.
  public init(slot: Int, type: FormulaType, kind: Kind, qualifiedName: String) {
    self.slot = slot
    self.type = type
    self.kind = kind
    self.qualifiedName = qualifiedName
  }
}

/// Resolves the names a formula uses. The rubric provides one per scope.
public protocol SymbolResolver {
  /// The symbol a name stands for, if any.
  func resolve(_ name: String) -> Symbol?
  /// Every name visible, for "did you mean".
  var visibleNames: [String] { get }
}
