import Foundation
import KaoheTestSupport
import Testing

/// The language of the command line: `--lang`, then LC_ALL, LC_MESSAGES and LANG; and scenarios,
/// which replay in the language they were recorded in whatever the language of the run.
@Suite(.serialized) struct LanguageCLITests {
  @Test func chineseErrorHasErrorAndHint() throws {
    let (status, out, err) = try CLI.run(["--lang", "zh", "score", "--set", "nosuch=1"])
    #expect(status == 2)
    #expect(out.isEmpty)
    #expect(err.contains("错误"))
    #expect(err.contains("提示"))
    #expect(err.contains("没有名为“nosuch”的输入"))
  }

  @Test func langVariableGivesChineseHeadings() throws {
    let (status, out, _) = try CLI.run(["score"], environment: ["LANG": "zh_CN.UTF-8"])
    #expect(status == 0)
    #expect(out.contains("总分：90.99 / 100"))
    #expect(out.contains("考核内容 / 指标"))
    #expect(out.contains("分值"))
    #expect(out.contains("基线：yulin-example-county"))
    #expect(!out.contains("total:"))
  }

  @Test func langFlagWinsOverTheEnvironment() throws {
    let (status, out, _) = try CLI.run(["--lang", "en", "score"], environment: ["LANG": "zh_CN.UTF-8"])
    #expect(status == 0)
    #expect(out.contains("total: 90.99 / 100"))
    #expect(out.contains("area / indicator 考核内容 / 指标"))
    #expect(!out.contains("总分"))
    let (_, english, _) = try CLI.run(["score"], environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "en_US.UTF-8"])
    #expect(english.contains("total: 90.99 / 100"))
  }

  @Test func unknownLanguageIsAMalformedCommandLine() throws {
    let (status, _, err) = try CLI.run(["--lang", "fr", "score"])
    #expect(status == 64)
    #expect(err.contains("--lang takes zh or en, not 'fr'"))
  }

  @Test func chineseHelp() throws {
    let (status, out, _) = try CLI.run(["--lang=zh", "score", "--help"])
    #expect(status == 0)
    #expect(out.contains("概述：按基线给评分表打分"))
    #expect(out.contains("用法：kaohe score"))
    #expect(out.contains("选项："))
    #expect(out.contains("改变一个输入，例如 grain_sown_area_change=-3%。"))
    #expect(out.contains("显示帮助信息。"))
    let (s2, _, err) = try CLI.run(["--lang", "zh", "explain"])
    #expect(s2 == 64)
    #expect(err.contains("错误: 缺少参数“<INDICATOR>”"))
    let (_, english, _) = try CLI.run(["score", "--help"])
    #expect(english.contains("OVERVIEW: Score a rubric for a baseline"))
  }

  @Test func chineseSession() throws {
    let (status, out, err) = try CLI.run(
      ["--lang", "zh", "repl", "--no-journal"], input: "help\nset grain_sown_area_change = -3%\nbogus\n")
    #expect(status == 0)
    #expect(out.contains("命令"))
    #expect(out.contains("修改一个输入，看哪些得分随之变动"))
    #expect(out.contains("总分 90.99 → 89.79 (-1.20)"))
    #expect(err.contains("错误: 未知命令“bogus”"))
  }

  @Test func chineseScenarioReplaysInChinese() throws {
    let (status, out, _) = try CLI.run(["test", "scenarios/zh-demo-sown-area.kaohe"])
    #expect(status == 0, "\(out)")
    #expect(out.contains("ok    scenarios/zh-demo-sown-area.kaohe"))
    let (_, replay, _) = try CLI.run(["run", "scenarios/zh-demo-sown-area.kaohe"])
    #expect(replay.contains("language: zh"))
    #expect(replay.contains("总分 90.59 → 89.79 (-0.80)"))
  }

  @Test func sessionRecordedInChineseReplaysInChinese() throws {
    let file = Scratch.path("kaohe-zh-\(getpid()).kaohe")
    try? FileManager.default.removeItem(atPath: file)
    let script = "# 播种面积下降 3% 时的得分\nset grain_sown_area_change = -3%\nexplain 5\nsave \(file)\n"
    let (status, out, err) = try CLI.run(["--lang", "zh", "repl", "--no-journal"], input: script)
    #expect(status == 0, "\(err)")
    #expect(out.contains("已写入 \(file)（2 条命令）"))
    let text = try String(contentsOfFile: file, encoding: .utf8)
    #expect(text.contains("language: zh\n"))
    #expect(text.contains("播种面积下降 3% 时的得分"))
    #expect(text.contains("  指标 5 得 3.8 分（分值 6）"))
    let (s2, result, _) = try CLI.run(["test", file])
    #expect(s2 == 0, "\(result)")
    let (s3, chinese, _) = try CLI.run(["--lang", "zh", "test", file])
    #expect(s3 == 0)
    #expect(chinese.contains("1 个通过，0 个失败"))
  }
}
