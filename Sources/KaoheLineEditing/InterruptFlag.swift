import Synchronization

/// Records Ctrl-C (SIGINT) so that a long computation can notice it and stop.
///
/// ``installHandler(forceQuitAfter:)`` installs a SIGINT handler that marks
/// ``shared``. The REPL needs no mode switch of its own:
/// - while ``EditLineReader`` reads a line, libedit briefly installs its own
///   handler, which restores the terminal and passes the signal on to this
///   one; the reader then abandons the line and returns `.interrupted`;
/// - while a command runs, the handler only marks the flag, and the
///   computation polls ``isSet`` or ``consume()`` and stops early.
///
/// A computation that never polls can still be stopped: once `forceQuitAfter`
/// interrupts are pending, the handler restores the default action and raises
/// SIGINT again, which ends the process as Ctrl-C normally does.
public final class InterruptFlag: Sendable {
  /// The flag that the SIGINT handler marks.
  ///
  /// This immutable instance is the only global state the C signal handler
  /// needs; a handler cannot capture context, so it reaches the flag through it.
  public static let shared = InterruptFlag()

  /// The number of interrupts received and not yet consumed.
  let pending = Atomic<Int>(0)

  /// The pending count at which the handler stops the process; 0 means never.
  let forceQuitThreshold = Atomic<Int>(0)

  /// Whether the handler is installed (meaningful on ``shared`` only).
  let installed = Atomic<Bool>(false)

  /// The thread reading a line with libedit, as a bit pattern; 0 when none.
  let editingThread = Atomic<UInt>(0)

  /// Creates an unmarked flag; most code uses ``shared`` instead.
  public init() {}

  /// Whether an interrupt has arrived since the flag was last cleared or consumed.
  public var isSet: Bool {
    pending.load(ordering: .acquiring) > 0
  }

  /// Marks the flag, as the signal handler does; safe to call from a signal handler.
  public func set() {
    pending.add(1, ordering: .acquiringAndReleasing)
  }

  /// Unmarks the flag, discarding any pending interrupt.
  public func clear() {
    pending.store(0, ordering: .releasing)
  }

  /// Unmarks the flag and reports whether it was marked.
  public func consume() -> Bool {
    pending.exchange(0, ordering: .acquiringAndReleasing) > 0
  }
}
