import Testing

@testable import KaoheLineEditing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("InterruptFlag")
struct InterruptFlagTests {
  @Test("set, consume and clear")
  func setConsumeClear() {
    let flag = InterruptFlag()
    #expect(!flag.isSet)
    flag.set()
    flag.set()
    #expect(flag.isSet)
    #expect(flag.consume())
    #expect(!flag.isSet)
    #expect(!flag.consume())
    flag.set()
    flag.clear()
    #expect(!flag.isSet)
  }

  @Test("the handler marks the shared flag, and the third unconsumed Ctrl-C ends the process")
  func handler() async {
    await #expect(processExitsWith: .signal(SIGINT)) {
      InterruptFlag.installHandler(forceQuitAfter: 3)
      InterruptFlag.shared.clear()
      raise(SIGINT)
      guard InterruptFlag.shared.consume() else { exit(2) }
      raise(SIGINT)
      raise(SIGINT)
      guard InterruptFlag.shared.isSet else { exit(3) }
      raise(SIGINT)  // third pending interrupt: default action
      exit(4)
    }
  }
}
