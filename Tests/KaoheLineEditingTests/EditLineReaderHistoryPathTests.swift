import Testing

@testable import KaoheLineEditing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("EditLineReader history path")
struct EditLineReaderHistoryPathTests {
  @Test(
    "history file from the environment",
    arguments: [
      (["XDG_STATE_HOME": "/s", "HOME": "/h"], "/p", "/s/kaohe/history"),
      (["XDG_STATE_HOME": "/s/", "HOME": "/h"], "/p", "/s/kaohe/history"),
      (["HOME": "/h"], "/p", "/h/.local/state/kaohe/history"),
      (["HOME": "/h/"], "/p", "/h/.local/state/kaohe/history"),
      (["XDG_STATE_HOME": "relative", "HOME": "/h"], "/p", "/h/.local/state/kaohe/history"),
      (["XDG_STATE_HOME": "", "HOME": "/h"], "/p", "/h/.local/state/kaohe/history"),
      (["HOME": ""], "/p", "/p/.local/state/kaohe/history"),
      ([:], "/p", "/p/.local/state/kaohe/history"),
      ([:], nil, "./.local/state/kaohe/history"),
    ] as [([String: String], String?, String)]
  )
  func path(environment: [String: String], home: String?, expected: String) {
    let path = EditLineReader.historyPath(
      appName: "kaohe", environment: { environment[$0] }, homeDirectory: home)
    #expect(path == expected)
  }

  @Test("creates the missing folders above the history file")
  func createsFolders() throws {
    var template = Array("/tmp/kaohe-history-XXXXXX".utf8CString)
    let root = try #require(template.withUnsafeMutableBufferPointer { $0.baseAddress.flatMap(mkdtemp) })
    let base = String(cString: root)
    let file = base + "/state/kaohe/history"
    #expect(EditLineReader.createDirectories(parentOf: file))
    #expect(EditLineReader.createDirectories(parentOf: file))  // existing folders are fine
    var info = stat()
    #expect(stat(base + "/state/kaohe", &info) == 0)
    #expect(info.st_mode & S_IFMT == S_IFDIR)
    #expect(info.st_mode & 0o777 == 0o700)
    #expect(stat(file, &info) != 0)  // the file itself is left to the history
    rmdir(base + "/state/kaohe")
    rmdir(base + "/state")
    rmdir(base)
  }
}
