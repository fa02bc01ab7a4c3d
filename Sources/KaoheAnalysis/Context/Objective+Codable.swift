/// An objective in JSON as a small object with a `kind`: `{"kind": "total"}`,
/// `{"kind": "unit", "id": "gongxin"}` or `{"kind": "indicator", "id": "i5"}`.
extension Objective: Codable {
  private enum CodingKeys: String, CodingKey {
    case kind, id
  }

  /// The `kind` each case is written with.
  private enum Kind: String, Codable {
    case total, unit, indicator
  }

  /// Writes the objective as `{"kind": …}`, with the `id` of a unit or indicator.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .headline:
      try c.encode(Kind.total, forKey: .kind)
    case .unit(let id):
      try c.encode(Kind.unit, forKey: .kind)
      try c.encode(id, forKey: .id)
    case .indicator(let id):
      try c.encode(Kind.indicator, forKey: .kind)
      try c.encode(id, forKey: .id)
    }
  }

  /// Reads what `encode(to:)` writes.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    switch try c.decode(Kind.self, forKey: .kind) {
    case .total: self = .headline
    case .unit: self = .unit(try c.decode(String.self, forKey: .id))
    case .indicator: self = .indicator(try c.decode(String.self, forKey: .id))
    }
  }
}
