import Testing

@testable import KaoheRubric

/// Every department of the Ankang 2020 selenium-industry targets, against hand-computed scores.
/// Each case changes inputs from the illustrative baseline and gives the department's total under
/// all_or_nothing and under proportional, citing the task it tests.
@Suite struct AnkangTests {
  let compiled: CompiledRubric
  let base: Baseline

  init() throws {
    compiled = try Catalog.rubric("ankang-selenium-2020")
    base = try Catalog.baseline(nil, for: compiled.rubric)
  }

  func total(_ unit: String, _ overrides: [String: Double], proportional: Bool) -> Double {
    var inputs = base.vector(for: compiled.rubric)
    for (name, value) in overrides {
      if let i = compiled.rubric.inputs.firstIndex(where: { $0.name == "\(unit).\(name)" }) { inputs[i] = value }
    }
    var policies = compiled.defaultPolicies
    if let p = compiled.rubric.policies.firstIndex(where: { $0.name == "partial_credit" }) { policies[p] = proportional ? 1 : 0 }
    return compiled.evaluate(inputs: inputs, policies: policies).total(unit: unit)
  }

  /// The task's own example: 0…5 enterprises give 0, 0, 0, 10, 10, 10 or 0, 3.33, 6.67, 10, 10, 10.
  @Test(arguments: [(0.0, 0.0, 0.0), (1, 0, 3.333333333), (2, 0, 6.666666667), (3, 10, 10), (4, 10, 10), (5, 10, 10)])
  func gongxinEnterprisesClause(count: Double, allOrNothing: Double, proportional: Double) {
    var inputs = base.vector(for: compiled.rubric)
    if let i = compiled.rubric.inputs.firstIndex(where: { $0.name == "gongxin.enterprises_cultivated" }) { inputs[i] = count }
    var policies = compiled.defaultPolicies
    let p = compiled.rubric.policies.firstIndex { $0.name == "partial_credit" } ?? 0
    #expect(compiled.evaluate(inputs: inputs, policies: policies).indicator("gongxin.t2") == allOrNothing)
    policies[p] = 1
    #expect(abs(compiled.evaluate(inputs: inputs, policies: policies).indicator("gongxin.t2") - proportional) < 1e-8)
  }

  @Test func baselineMeanAndRanking() {
    let e = compiled.evaluate(inputs: base.vector(for: compiled.rubric))
    #expect(abs(e.mean - 80.714285714) < 1e-6)
    #expect(e.ranking.first?.rank == 1)
    #expect(e.ranking.filter { $0.rank == 1 }.map(\.unit.id).sorted() == ["fagai", "fupin", "xinwen"])
    #expect(e.ranking.last?.unit.id == "tongji")
    #expect(compiled.rubric.units.count == 21)
    #expect(compiled.rubric.units.allSatisfy { unit in unit.areas.map(\.points) == [20, 20, 60] })
  }

  struct Case: Sendable, CustomStringConvertible {
    var unit: String
    var set: [String: Double]
    var allOrNothing: Double
    var proportional: Double
    var clause: String
    var description: String { "\(unit) \(set) — \(clause)" }
  }

  static let cases: [Case] = [
    Case(unit: "gongxin", set: ["enterprises_cultivated": 0], allOrNothing: 70, proportional: 88.4, clause: "2.集中培育3家以上…（10分）"),
    Case(unit: "gongxin", set: ["enterprises_cultivated": 3], allOrNothing: 80, proportional: 98.4, clause: "2.集中培育3家以上…（10分）"),
    Case(unit: "gongxin", set: ["project_funds_secured": 1499], allOrNothing: 60, proportional: 95.06, clause: "1.…1500万元以上（10分）"),
    Case(unit: "gongxin", set: ["project_funds_secured": 1500], allOrNothing: 70, proportional: 95.07, clause: "1.…1500万元以上（10分）"),
    Case(unit: "gongxin", set: ["food_output_growth": 0.099], allOrNothing: 70, proportional: 96.47, clause: "3.实现富硒食品产值增长10%以上（20分）"),
    Case(unit: "gongxin", set: ["food_output_growth": 0.10], allOrNothing: 90, proportional: 96.67, clause: "3.实现富硒食品产值增长10%以上（20分）"),
    Case(unit: "gongxin", set: ["food_output_growth": -0.05], allOrNothing: 70, proportional: 76.67, clause: "3.…增长10%以上: a fall scores nothing"),
    Case(unit: "gongxin", set: ["promotion_events": 3], allOrNothing: 60, proportional: 92.57, clause: "4.…推介活动4次以上（10分）"),
    Case(unit: "nongye", set: ["flagship_parks_advanced": 19], allOrNothing: 70, proportional: 96.5, clause: "1.聚焦聚力推进20个航母园区建设（20分）"),
    Case(unit: "nongye", set: ["flagship_parks_advanced": 20], allOrNothing: 90, proportional: 97.5, clause: "1.聚焦聚力推进20个航母园区建设（20分）"),
    Case(unit: "nongye", set: ["demo_towns_created": 9], allOrNothing: 80, proportional: 96.5, clause: "2.…示范镇10个（10分）"),
    Case(unit: "nongye", set: ["brand_hanshui_fish": 1], allOrNothing: 100, proportional: 100, clause: "3.…公用品牌建设（10分）"),
    Case(unit: "ziran", set: ["soil_survey_zhenping": 1], allOrNothing: 100, proportional: 100, clause: "2.启动岚皋、平利、镇坪…（20分）"),
    Case(unit: "ziran", set: ["land_survey_hanyin": 0], allOrNothing: 60, proportional: 83.33, clause: "1.组织开展紫阳县、汉阴县…（20分）"),
    Case(unit: "keji", set: ["research_funds": 199], allOrNothing: 80, proportional: 99.9, clause: "1.…投入资金200万元以上（20分）"),
    Case(unit: "keji", set: ["research_funds": 200], allOrNothing: 100, proportional: 100, clause: "1.…投入资金200万元以上（20分）"),
    Case(unit: "keji", set: ["achievements_transferred": 9], allOrNothing: 60, proportional: 96.5, clause: "2.…科研成果10项以上（20分）"),
    Case(unit: "shichang", set: ["standards_published": 3], allOrNothing: 100, proportional: 100, clause: "1.…标准3项以上（15分）"),
    Case(unit: "shichang", set: ["ip_reports_provided": 0], allOrNothing: 65, proportional: 85, clause: "2.…每半年提供一次…（20分）"),
    Case(unit: "linye", set: ["leading_enterprises": 0], allOrNothing: 70, proportional: 70, clause: "1. 围绕富硒核桃培育龙头企业1个（20分）"),
    Case(unit: "linye", set: ["wellness_bases_built": 0], allOrNothing: 70, proportional: 70, clause: "4.建设森林康养示范基地1个以上（20分）"),
    Case(unit: "fupin", set: ["poverty_funds_share": 0.199], allOrNothing: 40, proportional: 99.7, clause: "…用于支持富硒产业发展20%以上（60分）"),
    Case(unit: "fupin", set: ["poverty_funds_share": 0.10], allOrNothing: 40, proportional: 70, clause: "…20%以上（60分）"),
    Case(unit: "shangwu", set: ["trade_events": 5], allOrNothing: 100, proportional: 100, clause: "1.…5次以上（20分）"),
    Case(unit: "shangwu", set: ["circulation_funds": 199], allOrNothing: 60, proportional: 95.9, clause: "3.…200万元以上。（20分）"),
    Case(unit: "zhaoshang", set: ["promotion_meetings": 4], allOrNothing: 40, proportional: 88, clause: "1.开展富硒产业招商引资推介会5次以上（30分）"),
    Case(unit: "zhaoshang", set: ["major_projects_landed": 5], allOrNothing: 100, proportional: 100, clause: "2.引进、落地1亿元以上的项目5个以上（30分）"),
    Case(unit: "wenlv", set: ["culture_events": 4], allOrNothing: 50, proportional: 89, clause: "2.开展富硒文化宣传活动5场以上（30分）"),
    Case(unit: "wenlv", set: ["demo_bases_upgraded": 3], allOrNothing: 100, proportional: 100, clause: "3.建设硒旅示范基地4个（新建1个、提升3个）（20分）"),
    Case(unit: "wenlv", set: ["demo_bases_new": 2, "demo_bases_upgraded": 2], allOrNothing: 80, proportional: 95, clause: "3.…新建1个、提升3个: an extra new base does not replace an upgrade"),
    Case(unit: "weijian", set: ["health_education_events": 2], allOrNothing: 100, proportional: 100, clause: "1.…健康教育活动2次以上（30分）"),
    Case(unit: "weijian", set: ["research_results": 0], allOrNothing: 40, proportional: 55, clause: "2.…完成1项科研成果（30分）"),
    Case(unit: "gongxiao", set: ["cooperative_unions_founded": 5], allOrNothing: 90, proportional: 90, clause: "4.建立富硒产业联盟5个、联合社5个、产业化联合体10个（10分）"),
    Case(unit: "gongxiao", set: ["alliances_founded": 6, "cooperative_unions_founded": 4], allOrNothing: 80, proportional: 89.5, clause: "4.…an extra alliance is capped"),
    Case(unit: "kexie", set: ["expert_workstations": 3], allOrNothing: 100, proportional: 100, clause: "1.…院士专家工作站3个以上（30分）"),
    Case(unit: "kexie", set: ["outreach_events": 2], allOrNothing: 40, proportional: 80, clause: "2.…活动3次以上（30分）"),
    Case(unit: "jinrong", set: ["credit_share": 0.249], allOrNothing: 80, proportional: 99.92, clause: "1.…比重不低于25%（20分）"),
    Case(unit: "jinrong", set: ["credit_share": 0.25], allOrNothing: 100, proportional: 100, clause: "1.…比重不低于25%（20分）"),
    Case(unit: "fagai", set: ["support_funds": 4800], allOrNothing: 80, proportional: 80, clause: "3.…年度扶持富硒产业发展资金较上年度增加（20分）"),
    Case(unit: "caizheng", set: ["inspection_done": 1], allOrNothing: 100, proportional: 100, clause: "组织保障: 年度工作有安排部署、有推进措施、有检查落实（20分）"),
    Case(unit: "tongji", set: ["work_planned": 0, "inspection_done": 0], allOrNothing: 60, proportional: 66.67, clause: "组织保障（20分）"),
    Case(unit: "xinwen", set: ["special_funds_in_place": 0], allOrNothing: 80, proportional: 80, clause: "经费保障: 根据行业政策，落实专项资金支持富硒产业发展（20分）"),
    Case(unit: "shengtai", set: [:], allOrNothing: 80, proportional: 80, clause: "baseline"),
    Case(unit: "renshe", set: [:], allOrNothing: 80, proportional: 80, clause: "baseline"),
    Case(unit: "shuili", set: [:], allOrNothing: 70, proportional: 70, clause: "baseline"),
  ]

  @Test(arguments: cases)
  func departments(_ c: Case) {
    #expect(abs(total(c.unit, c.set, proportional: false) - c.allOrNothing) < 0.005, "\(c)")
    #expect(abs(total(c.unit, c.set, proportional: true) - c.proportional) < 0.005, "\(c)")
  }

  @Test func everyDepartmentIsCovered() {
    let covered = Set(Self.cases.map(\.unit))
    #expect(covered == Set(compiled.rubric.units.map(\.id)))
  }
}
