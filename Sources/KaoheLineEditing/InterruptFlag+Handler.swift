#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension InterruptFlag {
  /// Installs the process's SIGINT handler that marks ``shared``.
  ///
  /// Calling it again only updates `forceQuitAfter`. Blocking reads and
  /// writes interrupted by the signal while a command runs are restarted, not
  /// failed. SIGINT is also unblocked in the calling thread, in case the
  /// process inherited a mask that blocks it; call this from the thread that
  /// reads lines.
  ///
  /// - Parameter forceQuitAfter: The number of unconsumed interrupts after
  ///   which Ctrl-C ends the process; `nil` never does.
  public static func installHandler(forceQuitAfter: Int? = 3) {
    // Touching `shared` here also keeps its lazy initialisation out of the handler.
    shared.forceQuitThreshold.store(max(forceQuitAfter ?? 0, 0), ordering: .releasing)
    shared.installed.store(true, ordering: .releasing)
    setAction(restartingCalls: true)
    var interrupt = sigset_t()
    sigemptyset(&interrupt)
    sigaddset(&interrupt, SIGINT)
    pthread_sigmask(SIG_UNBLOCK, &interrupt, nil)
  }

  /// Restores SIGINT's default action, which ends the process.
  public static func removeHandler() {
    shared.installed.store(false, ordering: .releasing)
    signal(SIGINT, SIG_DFL)
  }

  /// Installs the handler with the default force-quit count unless it is installed already.
  static func installHandlerIfNeeded() {
    if !shared.installed.load(ordering: .acquiring) {
      installHandler()
    }
  }

  /// Prepares for libedit to read a line on the calling thread.
  ///
  /// libedit's own handler may run on any thread, and it passes the signal on
  /// to this handler, which may run on yet another. While editing, the handler
  /// therefore forwards the signal to the reading thread and does not restart
  /// interrupted calls, so that the read always ends.
  static func beginEditing() {
    guard shared.installed.load(ordering: .acquiring) else { return }
    shared.editingThread.store(currentThread(), ordering: .releasing)
    setAction(restartingCalls: false)
  }

  /// Returns to the handling used while a command runs.
  static func endEditing() {
    guard shared.installed.load(ordering: .acquiring) else { return }
    setAction(restartingCalls: true)
    shared.editingThread.store(0, ordering: .releasing)
  }

  /// Installs `handleSignal` for SIGINT, restarting interrupted calls or not.
  private static func setAction(restartingCalls: Bool) {
    var action = sigaction()
    #if os(Linux)
      action.__sigaction_handler.sa_handler = { _ in InterruptFlag.shared.handleSignal() }
    #else
      action.__sigaction_u.__sa_handler = { _ in InterruptFlag.shared.handleSignal() }
    #endif
    action.sa_flags = restartingCalls ? SA_RESTART : 0
    sigemptyset(&action.sa_mask)
    sigaction(SIGINT, &action, nil)
  }

  /// The body of the signal handler: only async-signal-safe work.
  private func handleSignal() {
    let reader = editingThread.load(ordering: .acquiring)
    if reader != 0, reader != Self.currentThread() {
      pthread_kill(Self.thread(reader), SIGINT)
      return
    }
    let count = pending.add(1, ordering: .acquiringAndReleasing).newValue
    let threshold = forceQuitThreshold.load(ordering: .acquiring)
    if threshold > 0, count >= threshold {
      signal(SIGINT, SIG_DFL)
      raise(SIGINT)
    }
  }

  /// The calling thread's identifier as a bit pattern.
  private static func currentThread() -> UInt {
    #if os(Linux)
      UInt(pthread_self())
    #else
      UInt(bitPattern: pthread_self())
    #endif
  }

  /// The thread whose identifier has the bit pattern `bits`.
  private static func thread(_ bits: UInt) -> pthread_t {
    #if os(Linux)
      pthread_t(bits)
    #else
      pthread_t(bitPattern: bits).unsafelyUnwrapped
    #endif
  }
}
