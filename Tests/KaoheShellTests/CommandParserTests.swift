import Testing

@testable import KaoheShell

@Suite struct CommandParserTests {
  @Test(arguments: [
    ("set grain_sown_area_change = -3%", Command.set(name: "grain_sown_area_change", operation: .assign, value: "-3%")),
    ("set x=2", .set(name: "x", operation: .assign, value: "2")),
    ("set x += 2", .set(name: "x", operation: .add, value: "2")),
    ("set x -= 1%", .set(name: "x", operation: .subtract, value: "1%")),
    ("set x *= 0.97", .set(name: "x", operation: .multiply, value: "0.97")),
    ("set x 3", .set(name: "x", operation: .assign, value: "3")),
    ("s gongxin.enterprises_cultivated = 1500万元", .set(name: "gongxin.enterprises_cultivated", operation: .assign, value: "1500万元")),
    ("show", .show(nil)), ("show 市工信局", .show("市工信局")), ("explain 5", .explain("5")),
    ("load rubric ankang-selenium-2020", .load(rubric: true, reference: "ankang-selenium-2020")),
    ("policy cap_indicators off", .policy("cap_indicators", "off")), ("policy", .policy(nil, nil)),
    ("record a.kaohe --force", .record("a.kaohe", force: true)), ("record stop", .recordStop),
    ("compare a b", .compare("a", "b")), ("undo", .undo), ("q", .quit), ("# a note", .note("a note")),
    ("HELP set", .help("set")),
  ])
  func parses(line: String, expected: Command) throws {
    #expect(try CommandParser.parse(line).get() == expected)
  }

  @Test func emptyLineIsNothing() throws {
    #expect(try CommandParser.parse("   ").get() == nil)
  }

  @Test(arguments: [
    ("sett x = 1", "unknown command 'sett'", "did you mean 'set'? Use \"help\" for the list."),
    ("load x", "load needs what to load and from where", "usage: load rubric|baseline ID|FILE. Use \"help load\" for more."),
    ("undo 2", "undo takes no arguments", "usage: undo. Use \"help undo\" for more."),
    ("set x", "set needs a name and a value", "usage: set NAME = VALUE | NAME += D | NAME -= D | NAME *= F. Use \"help set\" for more."),
    ("explain", "explain needs an indicator", "usage: explain INDICATOR. Use \"help explain\" for more."),
  ])
  func errorsNameTheFix(line: String, message: String, hint: String) {
    switch CommandParser.parse(line) {
    case .success: Issue.record("expected an error")
    case .failure(let e):
      #expect(e.message == message)
      #expect(e.hint == hint)
    }
  }

  @Test func caretUnderTheUnknownCommand() {
    guard case .failure(let e) = CommandParser.parse("  sett x = 1") else { return }
    #expect(e.rendered == "error: unknown command 'sett'\n    sett x = 1\n    ^~~~\n  hint: did you mean 'set'? Use \"help\" for the list.")
  }

  @Test func everyCommandHasHelp() throws {
    for spec in CommandTable.specs {
      #expect(try HelpText.render(spec.name).hasPrefix("usage: \(spec.usage)"))
    }
  }
}
