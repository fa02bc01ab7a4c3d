/// Something a helper did while scoring, recorded for explanations.
public enum TraceEvent: Sendable, Hashable {
  case floorApplied(raw: Double, floor: Double)
  case capApplied(raw: Double, cap: Double)
  case proportionCapped(raw: Double, cap: Double)
  case deducted(units: Double, amount: Double)
  case added(units: Double, amount: Double)
  case wholeUnits(raw: Double, counted: Double)
  case tier(threshold: Double, atLeast: Bool, points: Double)
  case tierElse(points: Double)
  case belowThreshold(ratio: Double, from: Double)
  case proportion(ratio: Double)
  case targetMissed(actual: Double, target: Double)
  case indicatorCapped(raw: Double, cap: Double)
  case zeroTarget
  case zeroWeights
  case divisionByZero
}

/// Receives trace events during evaluation. The fast path uses `NoTracer`, which compiles away.
public protocol Tracer {
  /// Whether events are wanted at all; checked before an event is built.
  static var isActive: Bool { get }
  /// Records an event at the instruction `site` (an index into the program's site table).
  mutating func note(site: Int, _ event: TraceEvent)
}

/// A tracer that records nothing.
public struct NoTracer: Tracer {
  /// Creates one.
  public init() {}
  /// Always false.
  public static var isActive: Bool { false }
  /// Does nothing.
  @inline(__always) public mutating func note(site: Int, _ event: TraceEvent) {}
}

/// A tracer that keeps every event with its site.
public struct RecordingTracer: Tracer {
  /// The events in order.
  public var events: [(site: Int, event: TraceEvent)] = []
  /// Creates an empty recorder.
  public init() {}
  /// Always true.
  public static var isActive: Bool { true }
  /// Appends the event.
  public mutating func note(site: Int, _ event: TraceEvent) { events.append((site, event)) }
}
