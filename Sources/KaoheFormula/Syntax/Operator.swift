/// Binary operators, with their precedence in one place (higher binds tighter).
public enum BinaryOperator: String, Sendable, Hashable, CaseIterable {
  case or, and
  case less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">=", equal = "==", notEqual = "!="
  case add = "+", subtract = "-", multiply = "*", divide = "/"

  /// Binding strength; `not` sits between `and` and the comparisons.
  public var precedence: Int {
    switch self {
    case .or: 1
    case .and: 2
    case .less, .lessEqual, .greater, .greaterEqual, .equal, .notEqual: 4
    case .add, .subtract: 5
    case .multiply, .divide: 6
    }
  }

  /// The precedence of the prefix `not`.
  public static let notPrecedence = 3

  /// Whether this is a comparison (non-associative).
  public var isComparison: Bool { precedence == 4 }

  /// Whether operands and result are booleans.
  public var isLogical: Bool { self == .and || self == .or }

  /// The operator a token stands for, if any.
  public init?(token: Token.Kind) {
    switch token {
    case .keyword(.or): self = .or
    case .keyword(.and): self = .and
    case .symbol(let s):
      switch s {
      case .less: self = .less
      case .lessEqual: self = .lessEqual
      case .greater: self = .greater
      case .greaterEqual: self = .greaterEqual
      case .equal: self = .equal
      case .notEqual: self = .notEqual
      case .plus: self = .add
      case .minus: self = .subtract
      case .star: self = .multiply
      case .slash: self = .divide
      default: return nil
      }
    default: return nil
    }
  }
}

/// Prefix operators.
public enum UnaryOperator: String, Sendable, Hashable {
  case negate = "-", not
}
