/// The REPL's commands: one table that drives parsing, help, completion and suggestions.
public enum CommandTable {
  /// Every command, in the order `help` lists them.
  public static let specs: [CommandSpec] = [
    CommandSpec(name: "help", aliases: ["?", "h"], usage: "help [COMMAND]", summary: "list commands, or explain one", details: "help set", arguments: [.command]),
    CommandSpec(name: "rubrics", aliases: [], usage: "rubrics", summary: "list the embedded rubrics and baselines", details: "", arguments: []),
    CommandSpec(name: "load", aliases: [], usage: "load rubric|baseline ID|FILE", summary: "load a rubric (with its baseline) or a baseline", details: "load rubric ankang-selenium-2020\nload baseline my-county.yaml\nload baseline my-county.csv", arguments: [.rubricOrBaseline, .file]),
    CommandSpec(name: "inputs", aliases: ["i"], usage: "inputs [FILTER]", summary: "list inputs: name, labels, unit, baseline and current value, range", details: "inputs\ninputs 面积\ninputs gongxin", arguments: [.input]),
    CommandSpec(name: "set", aliases: ["s"], usage: "set NAME = VALUE | NAME += D | NAME -= D | NAME *= F", summary: "change an input and see what moves", details: "set grain_sown_area_change = -3%\nset gongxin.enterprises_cultivated = 2\nset gongxin.project_funds_secured = 1500万元\nset grain_output_change -= 1%\nset enterprises *= 1.5", arguments: [.input]),
    CommandSpec(name: "reset", aliases: [], usage: "reset [NAME]", summary: "put one input, or all, back to the baseline", details: "reset grain_sown_area_change\nreset", arguments: [.input]),
    CommandSpec(name: "show", aliases: ["score"], usage: "show [total|areas|INDICATOR|DEPARTMENT]", summary: "show scores: all, the total, areas, one indicator or one department", details: "show\nshow total\nshow areas\nshow 5\nshow 市工信局", arguments: [.indicatorOrUnit]),
    CommandSpec(name: "explain", aliases: ["x", "why"], usage: "explain INDICATOR", summary: "each clause's rule text, inputs read, formula, result, caps and floors", details: "explain 5\nexplain i3\nexplain gongxin.t2", arguments: [.indicator]),
    CommandSpec(name: "diff", aliases: ["d"], usage: "diff [CHECKPOINT]", summary: "inputs and scores that differ from the baseline (or a checkpoint)", details: "diff\ndiff before-drought", arguments: [.checkpoint]),
    CommandSpec(name: "checkpoint", aliases: ["cp"], usage: "checkpoint NAME", summary: "remember the current inputs and policies under a name", details: "checkpoint plan-a", arguments: [.none]),
    CommandSpec(name: "compare", aliases: [], usage: "compare A B", summary: "compare two checkpoints (or 'baseline', 'now')", details: "compare plan-a plan-b\ncompare baseline now", arguments: [.checkpoint, .checkpoint]),
    CommandSpec(name: "undo", aliases: ["u"], usage: "undo", summary: "undo the last change (set, reset, policy, load)", details: "", arguments: []),
    CommandSpec(name: "redo", aliases: [], usage: "redo", summary: "redo what undo undid", details: "", arguments: []),
    CommandSpec(name: "policy", aliases: ["policies"], usage: "policy [NAME [VALUE]]", summary: "list policies, show one, or switch it", details: "policy\npolicy cap_indicators off\npolicy partial_credit proportional", arguments: [.policy, .policyValue]),
    CommandSpec(name: "record", aliases: [], usage: "record FILE [--force] | record stop", summary: "record what follows as a scenario file; 'record stop' writes it", details: "record drought.kaohe\n…\nrecord stop", arguments: [.file]),
    CommandSpec(name: "save", aliases: [], usage: "save FILE [--force]", summary: "save the session so far as a scenario file", details: "save session.kaohe", arguments: [.file]),
    CommandSpec(name: "open", aliases: [], usage: "open FILE", summary: "replay a scenario into this session and continue from there", details: "open scenarios/yulin-sown-area.kaohe", arguments: [.file]),
    CommandSpec(name: "sweep", aliases: [], usage: "sweep NAME [FROM..TO] [step S | points N] [for INDICATOR|UNIT]", summary: "the total and every indicator that moves, across a range of one input, with a chart", details: "sweep grain_sown_area_change -10%..0% step 1%\nsweep gongxin.enterprises_cultivated 0..5 step 1 for 市工信局", arguments: [.input, .analysisWords]),
    CommandSpec(name: "table", aliases: [], usage: "table NAME1 [FROM..TO] x NAME2 [FROM..TO] [for INDICATOR|UNIT]", summary: "a two-input data table of the total (or of one indicator)", details: "table grain_sown_area_change -6%..0% x grain_output_change -6%..0%", arguments: [.input, .analysisWords]),
    CommandSpec(name: "tornado", aliases: [], usage: "tornado [±X%] [NAME=LO..HI …] [for INDICATOR|UNIT]", summary: "each input moved over its range (or ±X% of baseline) one at a time, ranked by swing", details: "tornado\ntornado ±10%\ntornado grain_sown_area_change=-5%..5%", arguments: [.analysisWords]),
    CommandSpec(name: "breakpoints", aliases: ["bp"], usage: "breakpoints NAME [FROM..TO] [for INDICATOR|UNIT]", summary: "the exact values of an input where the score jumps or changes slope, from the formulas", details: "breakpoints grain_sown_area_change\nbreakpoints main_tech_adoption_rate 80%..100%", arguments: [.input, .analysisWords]),
    CommandSpec(name: "seek", aliases: ["goal"], usage: "seek SCORE [for INDICATOR|UNIT] by NAME [FROM..TO]", summary: "the value of one input that reaches a score", details: "seek 92 by main_tech_adoption_rate\nseek 5 for 5 by grain_output_change", arguments: [.analysisWords]),
    CommandSpec(name: "vary", aliases: [], usage: "vary [NAME ~ DISTRIBUTION | NAME off]", summary: "give an input a distribution for montecarlo and sobol: normal(m, sd), uniform(lo, hi), triangular(lo, mode, hi), discrete(v1: p1, …)", details: "vary grain_sown_area_change ~ normal(-1%, 2%)\nvary main_tech_adoption_rate ~ uniform(88%, 98%)\nvary\nvary grain_sown_area_change off", arguments: [.input]),
    CommandSpec(name: "montecarlo", aliases: ["mc"], usage: "montecarlo N [seed S] [reach T] [for INDICATOR|UNIT]", summary: "N seeded samples of the inputs given with vary: mean, spread, percentiles, P(total ≥ T), histogram", details: "montecarlo 10000\nmontecarlo 100000 seed 7 reach 90", arguments: [.analysisWords]),
    CommandSpec(name: "sobol", aliases: [], usage: "sobol N [seed S] [for INDICATOR|UNIT]", summary: "first- and total-order Sobol indices of the total over the inputs given with vary", details: "sobol 4096", arguments: [.analysisWords]),
    CommandSpec(name: "cost", aliases: [], usage: "cost [NAME = C]", summary: "the cost of one unit of change of an input, for plan (default 1 per percentage point, per unit, per flip)", details: "cost grain_sown_area_change = 5\ncost", arguments: [.input]),
    CommandSpec(name: "plan", aliases: [], usage: "plan SCORE [for INDICATOR|UNIT]", summary: "the cheapest set of input changes that brings the total to a score", details: "plan 95\nplan 100 for 市工信局", arguments: [.analysisWords]),
    CommandSpec(name: "export", aliases: [], usage: "export FILE.svg|.csv|.json [--force]", summary: "write the last analysis as a chart, a spreadsheet or data", details: "export sown-area.svg\nexport tornado.csv", arguments: [.file]),
    CommandSpec(name: "note", aliases: ["#"], usage: "note TEXT", summary: "add a prose note to the recording", details: "note What if the drought cuts the sown area?", arguments: [.none]),
    CommandSpec(name: "quit", aliases: ["exit", "q"], usage: "quit", summary: "leave (Ctrl-D does too)", details: "", arguments: []),
  ]

  /// The spec named `name` or one of its aliases.
  public static func spec(_ name: String) -> CommandSpec? {
    specs.first { $0.name == name || $0.aliases.contains(name) }
  }

  /// Every name and alias.
  public static var allNames: [String] { specs.flatMap { [$0.name] + $0.aliases } }
}
