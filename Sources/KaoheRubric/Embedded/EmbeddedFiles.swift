// Generated from Sources/KaoheRubric/Resources by
// `KAOHE_RECORD=1 swift test --filter EmbeddedFilesTests`; do not edit by hand.

/// The rubric and baseline files compiled into the binary, so that `kaohe` works when copied alone.
enum EmbeddedFiles {
  /// Rubric files: (file name, text).
  static let rubrics: [(String, String)] = [
    (
      "ankang-selenium-2020.yaml",
      ##"""
# 安康市2020年度富硒产业部门考核目标任务（台账）
# Ankang 2020 selenium-industry targets for 21 municipal departments.
# Source: 000_f2120415240e7d22.txt (附件2). One score of 100 per department:
#   组织保障 20 + 经费保障 20 (merged cells: the same standard for every department, see unit_areas)
#   + 重点工作 60 (each department's own tasks, see units).
# Texts are verbatim. A task's text is the source's numbered task up to and including its
# "（N分）"; the separator that follows it in the source (；or 。) is left out.
# The source gives targets and points only, not how a missed target scores: see the policy
# partial_credit. Documentation: docs/rubrics/ankang-selenium-2020.md
kaohe: 1
id: ankang-selenium-2020
title:
  zh: "安康市2020年度富硒产业部门考核目标任务（台账）"
  en: "Ankang 2020 selenium-industry targets and tasks for municipal departments (ledger)"
year: 2020
source: "000_f2120415240e7d22.txt (附件2 / Attachment 2)"
total: 100
unit_label: {zh: "部门", en: "department"}

policies:
  - name: partial_credit
    label: {zh: "未完成量化目标时的计分方式", en: "How a task that falls short of its target scores"}
    options: [all_or_nothing, proportional]
    default: all_or_nothing
    doc: "The source (a target ledger, 台账) gives each task a target and points but no rule for partial completion. all_or_nothing: a task scores its full points when every target in it is met (以上/不低于 read as ≥), otherwise 0. proportional: a task short of its target scores points × achieved/target (capped at the points); tasks with several named parts score the share of parts delivered. Purely qualitative tasks (one yes/no condition) and 市发改委 task 3 (an increase on last year, no target figure) score the same under both options."

unit_inputs:
  - name: work_planned
    kind: boolean
    label: {zh: "年度工作有安排部署", en: "The year's work was planned and assigned"}
  - name: measures_in_place
    kind: boolean
    label: {zh: "有推进措施", en: "Measures to push the work forward were in place"}
  - name: inspection_done
    kind: boolean
    label: {zh: "有检查落实", en: "Implementation was inspected and followed up"}
  - name: special_funds_in_place
    kind: boolean
    label: {zh: "根据行业政策落实专项资金支持富硒产业发展", en: "Earmarked funds supporting the selenium industry were provided under the sector's policies"}
    note: "The source names no amount, so this is a yes/no condition. 来源未规定金额，按是否落实计。"

unit_areas:
  - id: org
    title: {zh: "组织保障（20分）", en: "Organisational assurance (20 points)"}
    points: 20
    indicators:
      - id: org_work
        title: {zh: "年度工作有安排部署、有推进措施、有检查落实", en: "Work planned, measures in place, implementation inspected"}
        points: 20
        clauses:
          - id: org_work_score
            points: 20
            text: "年度工作有安排部署、有推进措施、有检查落实（20分）"
            formula: 'credit(count(work_planned, measures_in_place, inspection_done), 3, 20, proportional: partial_credit == "proportional")'
            note: "Three conditions (有安排部署, 有推进措施, 有检查落实). all_or_nothing: 20 only when all three hold; proportional: 20/3 for each. The source writes this standard only in the rows of 市发改委 and 市林业局; the blank cells of the other 19 rows are merged cells, so it applies to all 21 departments."
  - id: funding
    title: {zh: "经费保障（20分）", en: "Funding assurance (20 points)"}
    points: 20
    indicators:
      - id: funding_special
        title: {zh: "根据行业政策，落实专项资金支持富硒产业发展", en: "Earmarked funds for the selenium industry under the sector's policies"}
        points: 20
        clauses:
          - id: funding_special_score
            points: 20
            text: "根据行业政策，落实专项资金支持富硒产业发展（20分）"
            formula: 'award(special_funds_in_place, 20)'
            note: "No amount is set, so the clause is met or not; the policy does not change it. Written only in the rows of 市发改委 and 市林业局; applies to all 21 departments (merged cells)."

units:
  # ---------------------------------------------------------------- 1 市发改委
  - id: fagai
    name: {zh: "市发改委", en: "Municipal Development and Reform Commission"}
    inputs:
      - name: action_plan_assisted
        kind: boolean
        label: {zh: "协助制定富硒产业全产业链三年行动方案", en: "Helped draw up the three-year action plan for the whole selenium-industry chain"}
      - name: projects_in_14th_plan
        kind: boolean
        label: {zh: "组织编制一批富硒产业项目纳入中省市“十四五”规划", en: "Had a batch of selenium-industry projects written into the national, provincial and municipal 14th Five-Year Plans"}
        note: "“一批” (a batch) is not quantified. 未量化。"
      - name: support_funds
        kind: money
        unit: "万元"
        label: {zh: "2020年度扶持富硒产业发展资金", en: "Funds supporting the selenium industry, 2020"}
        range: [0, 10000000]
      - name: support_funds_prev
        kind: money
        unit: "万元"
        label: {zh: "上年度（2019年）扶持富硒产业发展资金", en: "Funds supporting the selenium industry, previous year (2019)"}
        range: [0, 10000000]
    areas:
      - id: key
        title: {zh: "重点工作（60分）", en: "Key tasks (60 points)"}
        points: 60
        indicators:
          - id: t1
            numbers: [1]
            title: {zh: "协助制定富硒产业全产业链三年行动方案", en: "Help draw up the three-year whole-chain action plan"}
            points: 20
            clauses:
              - id: t1_score
                points: 20
                text: "1.协助制定富硒产业全产业链三年行动方案（20分）"
                formula: 'award(action_plan_assisted, 20)'
          - id: t2
            numbers: [2]
            title: {zh: "组织编制一批富硒产业项目纳入中省市“十四五”规划", en: "Get a batch of selenium projects into the 14th Five-Year Plans"}
            points: 20
            clauses:
              - id: t2_score
                points: 20
                text: "2.组织编制一批富硒产业项目纳入中省市“十四五”规划（20分）"
                formula: 'award(projects_in_14th_plan, 20)'
          - id: t3
            numbers: [3]
            title: {zh: "积极争取中省各类项目资金倾斜扶持富硒产业发展，年度扶持富硒产业发展资金较上年度增加", en: "Win central and provincial project funds for the selenium industry; the year's support funds up on last year"}
            points: 20
            clauses:
              - id: t3_score
                points: 20
                text: "3.积极争取中省各类项目资金倾斜扶持富硒产业发展，年度扶持富硒产业发展资金较上年度增加（20分）"
                formula: 'award(support_funds > support_funds_prev, 20)'
                note: "The measurable condition is 较上年度增加: the 2020 support funds strictly above 2019's. Any increase counts; with no target figure there is nothing to be proportional to, so the policy does not change this task."

  # ---------------------------------------------------------------- 2 市财政局
  - id: caizheng
    name: {zh: "市财政局", en: "Municipal Finance Bureau"}
    inputs:
      - name: budget_funds_in_place
        kind: boolean
        label: {zh: "落实富硒产业发展财政预算资金", en: "Budget funds for the selenium industry provided"}
      - name: financing_supported
        kind: boolean
        label: {zh: "配合做好富硒产业投融资工作", en: "Helped with investment and financing for the selenium industry"}
      - name: performance_evaluated
        kind: boolean
        label: {zh: "组织开展富硒产业资金绩效评价工作", en: "Performance evaluation of selenium-industry funds carried out"}
    areas:
      - id: key
        title: {zh: "重点工作（60分）", en: "Key tasks (60 points)"}
        points: 60
        indicators:
          - id: t1
            numbers: [1]
            title: {zh: "落实富硒产业发展财政预算资金", en: "Provide budget funds for the selenium industry"}
            points: 20
            clauses:
              - id: t1_score
                points: 20
                text: "1.落实富硒产业发展财政预算资金（20分）"
                formula: 'award(budget_funds_in_place, 20)'
          - id: t2
            numbers: [2]
            title: {zh: "配合做好富硒产业投融资工作", en: "Help with investment and financing"}
            points: 20
            clauses:
              - id: t2_score
                points: 20
                text: "2.配合做好富硒产业投融资工作（20分）"
                formula: 'award(financing_supported, 20)'
          - id: t3
            numbers: [3]
            title: {zh: "组织开展富硒产业资金绩效评价工作", en: "Evaluate the performance of selenium-industry funds"}
            points: 20
            clauses:
              - id: t3_score
                points: 20
                text: "3.组织开展富硒产业资金绩效评价工作（20分）"
                formula: 'award(performance_evaluated, 20)'

  # ---------------------------------------------------------------- 3 市工信局
  - id: gongxin
    name: {zh: "市工信局", en: "Municipal Bureau of Industry and Information Technology"}
    inputs:
      - name: project_funds_secured
        kind: money
        unit: "万元"
        label: {zh: "积极配合争取的支持富硒产业发展项目资金", en: "Project funds for the selenium industry won with provincial departments"}
        range: [0, 10000000]
        note: "Target 1500万元以上. 目标1500万元以上。"
      - name: enterprises_cultivated
        kind: count
        unit: "家"
        label: {zh: "集中培育的富硒水、富硒食品等工业企业数", en: "Selenium water, selenium food and other industrial enterprises cultivated"}
        range: [0, 1000]
        note: "Target 3家以上. 目标3家以上。"
      - name: food_output_growth
        kind: percent
        unit: "%"
        label: {zh: "富硒食品产值较上年增长", en: "Growth of selenium-food output value on last year"}
        range: [-100%, 1000%]
        note: "Target 增长10%以上. 目标增长10%以上。"
      - name: promotion_events
        kind: count
        unit: "次"
        label: {zh: "组织富硒工业企业参加富硒产品推介活动次数", en: "Selenium-product promotion events attended by selenium industrial enterprises"}
        range: [0, 1000]
        note: "Target 4次以上. 目标4次以上。"
      - name: water_brand_advanced
        kind: boolean
        label: {zh: "推进富硒水公用品牌建设", en: "Public brand for selenium water advanced"}
    areas:
      - id: key
        title: {zh: "重点工作（60分）", en: "Key tasks (60 points)"}
        points: 60
        indicators:
          - id: t1
            numbers: [1]
            title: {zh: "积极配合争取支持富硒产业发展项目资金1500万元以上", en: "Win project funds of 15 million yuan or more"}
            points: 10
            clauses:
              - id: t1_score
                points: 10
                text: "1.加强与省级有关部门对接，积极配合争取支持富硒产业发展项目资金1500万元以上（10分）"
                formula: 'credit(project_funds_secured, 1500, 10, proportional: partial_credit == "proportional")'
          - id: t2
            numbers: [2]
            title: {zh: "集中培育3家以上富硒水、富硒食品等工业企业", en: "Cultivate 3 or more selenium industrial enterprises"}
            points: 10
            clauses:
              - id: t2_score
                points: 10
                text: "2.集中培育3家以上富硒水、富硒食品等工业企业（10分）"
                formula: 'credit(enterprises_cultivated, 3, 10, proportional: partial_credit == "proportional")'
          - id: t3
            numbers: [3]
            title: {zh: "实现富硒食品产值增长10%以上", en: "Selenium-food output value up 10% or more"}
            points: 20
            clauses:
              - id: t3_score
                points: 20
                text: "3.实现富硒食品产值增长10%以上（20分）"
                formula: 'credit(max(food_output_growth, 0%), 10%, 20, proportional: partial_credit == "proportional")'
                note: "A fall in output value scores 0 under both options (the max(…, 0%) keeps the proportional share from going negative)."
          - id: t4
            numbers: [4]
            title: {zh: "组织富硒工业企业参加富硒产品推介活动4次以上", en: "Take selenium enterprises to 4 or more promotion events"}
            points: 10
            clauses:
              - id: t4_score
                points: 10
                text: "4.组织富硒工业企业参加富硒产品推介活动4次以上（10分）"
                formula: 'credit(promotion_events, 4, 10, proportional: partial_credit == "proportional")'
          - id: t5
            numbers: [5]
            title: {zh: "推进富硒水公用品牌建设", en: "Advance the public brand for selenium water"}
            points: 10
            clauses:
              - id: t5_score
                points: 10
                text: "5.推进富硒水公用品牌建设（10分）"
                formula: 'award(water_brand_advanced, 10)'

  # ---------------------------------------------------------------- 4 市农业农村局
  - id: nongye
    name: {zh: "市农业农村局", en: "Municipal Bureau of Agriculture and Rural Affairs"}
    inputs:
      - name: flagship_parks_advanced
        kind: count
        unit: "个"
        label: {zh: "推进建设的航母园区数", en: "Flagship (“aircraft-carrier”) parks whose construction was advanced"}
        range: [0, 1000]
        note: "Target 20个 (no 以上; read as ≥ 20). 航母园区 = the city's flagship large-scale agricultural parks. 目标20个。"
      - name: demo_towns_created
        kind: count
        unit: "个"
        label: {zh: "创建的现代生态（富硒）循环农业示范镇数", en: "Modern ecological (selenium) circular-agriculture demonstration towns created"}
        range: [0, 1000]
        note: "Target 10个 (read as ≥ 10). 目标10个。"
      - name: brand_selenium_tea
        kind: boolean
        label: {zh: "推进富硒茶公用品牌建设", en: "Public brand advanced: selenium tea"}
      - name: brand_ankang_konjac
        kind: boolean
        label: {zh: "推进安康魔芋公用品牌建设", en: "Public brand advanced: Ankang konjac"}
      - name: brand_ankang_mountain_pig
        kind: boolean
        label: {zh: "推进安康山猪公用品牌建设", en: "Public brand advanced: Ankang mountain pig"}
      - name: brand_hanshui_fish
        kind: boolean
        label: {zh: "推进安康汉水鱼公用品牌建设", en: "Public brand advanced: Ankang Han River fish"}
      - name: pork_standard_advanced
        kind: boolean
        label: {zh: "推进富硒猪肉国家行业标准发布", en: "Release of the national sector standard for selenium pork advanced"}
      - name: marketing_project_supported
        kind: boolean
        label: {zh: "配合完成“三年百市百店千点”富硒农产品营销工程", en: "Helped complete the “three years, 100 markets, 100 shops, 1000 outlets” marketing project"}
    areas:
      - id: key
        title: {zh: "重点工作（60分）", en: "Key tasks (60 points)"}
        points: 60
        indicators:
          - id: t1
            numbers: [1]
            title: {zh: "聚焦聚力推进20个航母园区建设", en: "Advance the construction of 20 flagship parks"}
            points: 20
            clauses:
              - id: t1_score
                points: 20
                text: "1.聚焦聚力推进20个航母园区建设（20分）"
                formula: 'credit(flagship_parks_advanced, 20, 20, proportional: partial_credit == "proportional")'
                note: "“推进…建设” asks for progress, not completion: the input counts parks whose construction was advanced in 2020."
          - id: t2
            numbers: [2]
            title: {zh: "创建现代生态（富硒）循环农业示范镇10个", en: "Create 10 ecological (selenium) circular-agriculture demonstration towns"}
            points: 10
            clauses:
              - id: t2_score
                points: 10
                text: "2.创建现代生态（富硒）循环农业示范镇10个（10分）"
                formula: 'credit(demo_towns_created, 10, 10, proportional: partial_credit == "proportional")'
          - id: t3
            numbers: [3]
            title: {zh: "积极推进富硒茶、安康魔芋、安康山猪、安康汉水鱼公用品牌建设", en: "Advance four public brands: selenium tea, Ankang konjac, Ankang mountain pig, Ankang Han River fish"}
            points: 10
            clauses:
              - id: t3_score
                points: 10
                text: "3.积极推进富硒茶、安康魔芋、安康山猪、安康汉水鱼公用品牌建设（10分）"
                formula: 'credit(count(brand_selenium_tea, brand_ankang_konjac, brand_ankang_mountain_pig, brand_hanshui_fish), 4, 10, proportional: partial_credit == "proportional")'
                note: "Four named brands, one yes/no input each. all_or_nothing: 10 only when all four were advanced; proportional: 2.5 a brand."
          - id: t4
            numbers: [4]
            title: {zh: "推进富硒猪肉国家行业标准发布", en: "Advance the release of the national selenium-pork standard"}
            points: 10
            clauses:
              - id: t4_score
                points: 10
                text: "4.推进富硒猪肉国家行业标准发布（10分）"
                formula: 'award(pork_standard_advanced, 10)'
          - id: t5
            numbers: [5]
            title: {zh: "配合完成“三年百市百店千点”富硒农产品营销工程", en: "Help complete the “100 markets, 100 shops, 1000 outlets” marketing project"}
            points: 10
            clauses:
              - id: t5_score
                points: 10
                text: "5.配合完成“三年百市百店千点”富硒农产品营销工程（10分）"
                formula: 'award(marketing_project_supported, 10)'
                note: "Cooperating role; 市供销社 task 1 leads the same campaign. Each department is scored on its own input."

  # ---------------------------------------------------------------- 5 市自然资源局
  - id: ziran
    name: {zh: "市自然资源局", en: "Municipal Bureau of Natural Resources"}
    inputs:
      - name: land_survey_ziyang
        kind: boolean
        label: {zh: "组织开展紫阳县重点富硒区1：10000土地质量调查评价及综合研究", en: "1:10,000 land-quality survey, evaluation and study of the key selenium area carried out: Ziyang County"}
      - name: land_survey_hanyin
        kind: boolean
        label: {zh: "组织开展汉阴县重点富硒区1：10000土地质量调查评价及综合研究", en: "1:10,000 land-quality survey, evaluation and study of the key selenium area carried out: Hanyin County"}
      - name: soil_survey_langao
        kind: boolean
        label: {zh: "启动岚皋1：50000土壤硒资源调查评价工作", en: "1:50,000 soil-selenium survey and evaluation started: Langao"}
      - name: soil_survey_pingli
        kind: boolean
        label: {zh: "启动平利1：50000土壤硒资源调查评价工作", en: "1:50,000 soil-selenium survey and evaluation started: Pingli"}
      - name: soil_survey_zhenping
        kind: boolean
        label: {zh: "启动镇坪1：50000土壤硒资源调查评价工作", en: "1:50,000 soil-selenium survey and evaluation started: Zhenping"}
      - name: water_census_done
        kind: boolean
        label: {zh: "完成富硒水水资源普查工作，并指导结果应用", en: "Selenium-water resource census completed and its use guided"}
    areas:
      - id: key
        title: {zh: "重点工作（60分）", en: "Key tasks (60 points)"}
        points: 60
        indicators:
          - id: t1
            numbers: [1]
            title: {zh: "组织开展紫阳县、汉阴县重点富硒区1：10000土地质量调查评价及综合研", en: "1:10,000 land-quality survey and study of the key selenium areas of Ziyang and Hanyin"}
            points: 20
            clauses:
              - id: t1_score
                points: 20
                text: "1.组织开展紫阳县、汉阴县重点富硒区1：10000土地质量调查评价及综合研（20分）"
                formula: 'credit(count(land_survey_ziyang, land_survey_hanyin), 2, 20, proportional: partial_credit == "proportional")'
                note: "The source text breaks off at “综合研” (presumably 综合研究, comprehensive study); kept verbatim. Two named counties, one yes/no input each: all_or_nothing needs both; proportional gives 10 a county."
          - id: t2
            numbers: [2]
            title: {zh: "启动岚皋、平利、镇坪1：50000土壤硒资源调查评价工作", en: "Start 1:50,000 soil-selenium surveys in Langao, Pingli and Zhenping"}
            points: 20
            clauses:
              - id: t2_score
                points: 20
                text: "2.启动岚皋、平利、镇坪1：50000土壤硒资源调查评价工作（20分）"
                formula: 'credit(count(soil_survey_langao, soil_survey_pingli, soil_survey_zhenping), 3, 20, proportional: partial_credit == "proportional")'
                note: "Three named counties, one yes/no input each: all_or_nothing needs all three; proportional gives 20/3 a county."
          - id: t3
            numbers: [3]
            title: {zh: "完成富硒水水资源普查工作，并指导结果应用", en: "Complete the selenium-water census and guide the use of its results"}
            points: 20
            clauses:
              - id: t3_score
                points: 20
                text: "3.完成富硒水水资源普查工作，并指导结果应用（20分）"
                formula: 'award(water_census_done, 20)'

  # ---------------------------------------------------------------- 6 市生态环境局
  - id: shengtai
    name: {zh: "市生态环境局", en: "Municipal Bureau of Ecology and Environment"}
    inputs:
      - name: eco_governance_done
        kind: boolean
        label: {zh: "做好富硒区生态环境治理工作", en: "Environmental governance of the selenium areas done"}
      - name: enforcement_strengthened
        kind: boolean
        label: {zh: "加大富硒资源生态环境执法力度，依法采取措施促进硒资源保护、利用与管理", en: "Environmental law enforcement for selenium resources stepped up"}
      - name: survey_cooperation
        kind: boolean
        label: {zh: "配合开展硒资源调查评价工作", en: "Helped with the selenium-resource survey and evaluation"}
    areas:
      - id: key
        title: {zh: "重点工作（60分）", en: "Key tasks (60 points)"}
        points: 60
        indicators:
          - id: t1
            numbers: [1]
            title: {zh: "做好富硒区生态环境治理工作", en: "Environmental governance of the selenium areas"}
            points: 20
            clauses:
              - id: t1_score
                points: 20
                text: "1.做好富硒区生态环境治理工作（20分）"
                formula: 'award(eco_governance_done, 20)'
          - id: t2
            numbers: [2]
            title: {zh: "加大富硒资源生态环境执法力度，依法采取措施促进硒资源保护、利用与管理", en: "Step up environmental law enforcement for selenium resources"}
            points: 20
            clauses:
              - id: t2_score
                points: 20
                text: "2.加大富硒资源生态环境执法力度，依法采取措施促进硒资源保护、利用与管理（20分）"
                formula: 'award(enforcement_strengthened, 20)'
          - id: t3
            numbers: [3]
            title: {zh: "配合开展硒资源调查评价工作", en: "Help with the selenium-resource survey"}
            points: 20
            clauses:
              - id: t3_score
                points: 20
                text: "3.配合开展硒资源调查评价工作（20分）"
                formula: 'award(survey_cooperation, 20)'
                note: "The source row ends without a full stop."

  # ---------------------------------------------------------------- 7 市科技局
  - id: keji
    name: {zh: "市科技局", en: "Municipal Science and Technology Bureau"}
    inputs:
      - name: research_funds
        kind: money
        unit: "万元"
        label: {zh: "富硒科研项目投入资金", en: "Funds invested in selenium research projects"}
        range: [0, 10000000]
        note: "Target 200万元以上. 目标200万元以上。"
      - name: achievements_transferred
        kind: count
        unit: "项"
        label: {zh: "引导富硒企业自主研发或引进转化的科研成果数", en: "Research results developed in-house or brought in and applied by selenium enterprises"}
        range: [0, 1000]
        note: "Target 10项以上. 目标10项以上。"
      - name: talent_plan_included
        kind: boolean
        label: {zh: "将富硒产业技术人才纳入三区人才支持计划", en: "Selenium technical talent included in the “three areas” talent support plan"}
    areas:
      - id: key
        title: {zh: "重点工作（60分）", en: "Key tasks (60 points)"}
        points: 60
        indicators:
          - id: t1
            numbers: [1]
            title: {zh: "组织富硒科研项目申报、实施，投入资金200万元以上", en: "Selenium research projects with 2 million yuan or more invested"}
            points: 20
            clauses:
              - id: t1_score
                points: 20
                text: "1.组织富硒科研项目申报、实施，投入资金200万元以上（20分）"
                formula: 'credit(research_funds, 200, 20, proportional: partial_credit == "proportional")'
                note: "Organising the applications is taken as given when funds were invested; the measured quantity is the 200万元."
          - id: t2
            numbers: [2]
            title: {zh: "引导富硒企业自主研发或引进转化科研成果10项以上", en: "10 or more research results developed or applied by selenium enterprises"}
            points: 20
            clauses:
              - id: t2_score
                points: 20
                text: "2.引导富硒企业自主研发或引进转化科研成果10项以上（20分）"
                formula: 'credit(achievements_transferred, 10, 20, proportional: partial_credit == "proportional")'
          - id: t3
            numbers: [3]
            title: {zh: "将富硒产业技术人才纳入三区人才支持计划", en: "Include selenium technical talent in the “three areas” talent plan"}
            points: 20
            clauses:
              - id: t3_score
                points: 20
                text: "3.将富硒产业技术人才纳入三区人才支持计划（20分）"
                formula: 'award(talent_plan_included, 20)'

  # ---------------------------------------------------------------- 8 市市场监管局
  - id: shichang
    name: {zh: "市市场监管局", en: "Municipal Administration for Market Regulation"}
    inputs:
      - name: standards_published
        kind: count
        unit: "项"
        label: {zh: "发布的富硒产品有关标准数", en: "Selenium-product standards published"}
        range: [0, 1000]
        note: "Target 3项以上. 目标3项以上。"
      - name: ip_projects_implemented
        kind: boolean
        label: {zh: "加大富硒产业领域商标、专利等知识产权申请力度，积极申报、认真实施我市富硒产业领域知识产权计划项目", en: "Trademark and patent applications stepped up; selenium IP plan projects applied for and carried out"}
      - name: ip_reports_provided
        kind: count
        unit: "次"
        label: {zh: "提供安康市富硒产业领域商标、专利知识产权基本情况的次数（每半年一次）", en: "Reports on selenium trademarks and patents provided (one every half-year)"}
        range: [0, 12]
        note: "每半年提供一次 = 2 in the year. 全年应提供2次。"
      - name: special_mark_traceability
        kind: boolean
        label: {zh: "加强富硒食品产品专用标志管理，强化溯源体系建设", en: "Special selenium-food mark managed and traceability system strengthened"}
      - name: ip_enforcement_done
        kind: boolean
        label: {zh: "开展市场执法检查，加强专利、商标、地理标志产品知识产权保护工作", en: "Market inspections held; patent, trademark and geographical-indication protection strengthened"}
    areas:
      - id: key
        title: {zh: "重点工作（60分）", en: "Key tasks (60 points)"}
        points: 60
        indicators:
          - id: t1
            numbers: [1]
            title: {zh: "加大标准体系建设服务指导力度，发布富硒产品有关标准3项以上", en: "Publish 3 or more selenium-product standards"}
            points: 15
            clauses:
              - id: t1_score
                points: 15
                text: "1.加大标准体系建设服务指导力度，发布富硒产品有关标准3项以上（15分）"
                formula: 'credit(standards_published, 3, 15, proportional: partial_credit == "proportional")'
          - id: t2
            numbers: [2]
            title: {zh: "加大富硒产业领域商标、专利等知识产权申请力度，积极申报、认真实施知识产权计划项目，每半年提供一次知识产权基本情况", en: "Step up IP applications, carry out IP plan projects, report on selenium IP every half-year"}
            points: 20
            clauses:
              - id: t2_score
                points: 20
                text: "2.加大富硒产业领域商标、专利等知识产权申请力度，积极申报、认真实施我市富硒产业领域知识产权计划项目，每半年提供一次安康市富硒产业领域商标、专利知识产权基本情况（20分）"
                formula: 'credit(count(ip_projects_implemented) + min(ip_reports_provided, 2) / 2, 2, 20, proportional: partial_credit == "proportional")'
                note: "Two parts weighted equally: the applications and plan projects (yes/no) and the half-yearly reports (2 in the year). all_or_nothing: 20 only when both are met; proportional: 10 for the projects + 5 a report."
          - id: t3
            numbers: [3]
            title: {zh: "加强富硒食品产品专用标志管理，强化溯源体系建设", en: "Manage the special selenium-food mark; strengthen traceability"}
            points: 15
            clauses:
              - id: t3_score
                points: 15
                text: "3.加强富硒食品产品专用标志管理，强化溯源体系建设（15分）"
                formula: 'award(special_mark_traceability, 15)'
          - id: t4
            numbers: [4]
            title: {zh: "开展市场执法检查，加强专利、商标、地理标志产品知识产权保护工作", en: "Market inspections and IP protection"}
            points: 10
            clauses:
              - id: t4_score
                points: 10
                text: "4.开展市场执法检查，加强专利、商标、地理标志产品知识产权保护工作（10分）"
                formula: 'award(ip_enforcement_done, 10)'

  # ---------------------------------------------------------------- 9 市统计局
  - id: tongji
    name: {zh: "市统计局", en: "Municipal Statistics Bureau"}
    inputs:
      - name: statistics_method_made
        kind: boolean
        label: {zh: "组织制定安康市富硒产业统计办法", en: "Ankang selenium-industry statistical method drawn up"}
      - name: data_analysis_strengthened
        kind: boolean
        label: {zh: "加大富硒产业统计数据分析指导力度", en: "Analysis and guidance on selenium-industry statistics stepped up"}
    areas:
      - id: key
        title: {zh: "重点工作（60分）", en: "Key tasks (60 points)"}
        points: 60
        indicators:
          - id: t1
            numbers: [1]
            title: {zh: "组织制定安康市富硒产业统计办法", en: "Draw up the selenium-industry statistical method"}
            points: 30
            clauses:
              - id: t1_score
                points: 30
                text: "1.组织制定安康市富硒产业统计办法（30分）"
                formula: 'award(statistics_method_made, 30)'
          - id: t2
            numbers: [2]
            title: {zh: "加大富硒产业统计数据分析指导力度", en: "Step up analysis of selenium-industry statistics"}
            points: 30
            clauses:
              - id: t2_score
                points: 30
                text: "2.加大富硒产业统计数据分析指导力度（30分）"
                formula: 'award(data_analysis_strengthened, 30)'

  # ---------------------------------------------------------------- 10 市林业局
  - id: linye
    name: {zh: "市林业局", en: "Municipal Forestry Bureau"}
    inputs:
      - name: leading_enterprises
        kind: count
        unit: "个"
        label: {zh: "围绕富硒核桃培育的龙头企业数", en: "Leading enterprises cultivated around selenium walnuts"}
        range: [0, 1000]
        note: "Target 1个 (no 以上; read as ≥ 1). 目标1个。"
      - name: walnut_standard_advanced
        kind: boolean
        label: {zh: "积极推进“富硒核桃”行业标准设立", en: "Sector standard for “selenium walnuts” advanced"}
      - name: walnut_trademark_advanced
        kind: boolean
        label: {zh: "推进“安康核桃”地理标志证明商标注册", en: "Registration of the “Ankang walnut” geographical-indication certification mark advanced"}
      - name: wellness_bases_built
        kind: count
        unit: "个"
        label: {zh: "建设的森林康养示范基地数", en: "Forest wellness demonstration bases built"}
        range: [0, 1000]
        note: "Target 1个以上. 目标1个以上。"
    areas:
      - id: key
        title: {zh: "重点工作（60分）", en: "Key tasks (60 points)"}
        points: 60
        indicators:
          - id: t1
            numbers: [1]
            title: {zh: "围绕富硒核桃培育龙头企业1个", en: "Cultivate 1 leading selenium-walnut enterprise"}
            points: 20
            clauses:
              - id: t1_score
                points: 20
                text: "1. 围绕富硒核桃培育龙头企业1个（20分）"
                formula: 'credit(leading_enterprises, 1, 20, proportional: partial_credit == "proportional")'
                note: "Verbatim, including the space after “1.”; in the source no separator follows “（20分）” before task 2. With a target of 1, both options give 0 or 20."
          - id: t2
            numbers: [2]
            title: {zh: "积极推进“富硒核桃”行业标准设立", en: "Advance a sector standard for selenium walnuts"}
            points: 10
            clauses:
              - id: t2_score
                points: 10
                text: "2.积极推进“富硒核桃”行业标准设立（10分）"
                formula: 'award(walnut_standard_advanced, 10)'
          - id: t3
            numbers: [3]
            title: {zh: "推进“安康核桃”地理标志证明商标注册", en: "Advance the “Ankang walnut” GI certification mark"}
            points: 10
            clauses:
              - id: t3_score
                points: 10
                text: "3.推进“安康核桃”地理标志证明商标注册（10分）"
                formula: 'award(walnut_trademark_advanced, 10)'
          - id: t4
            numbers: [4]
            title: {zh: "建设森林康养示范基地1个以上", en: "Build 1 or more forest wellness demonstration bases"}
            points: 20
            clauses:
              - id: t4_score
                points: 20
                text: "4.建设森林康养示范基地1个以上（20分）"
                formula: 'credit(wellness_bases_built, 1, 20, proportional: partial_credit == "proportional")'

  # ---------------------------------------------------------------- 11 市扶贫局
  - id: fupin
    name: {zh: "市扶贫局", en: "Municipal Poverty Alleviation Bureau"}
    inputs:
      - name: poverty_funds_share
        kind: percent
        unit: "%"
        label: {zh: "全市产业扶贫资金用于支持富硒产业发展的比例", en: "Share of the city's industrial poverty-alleviation funds used for the selenium industry"}
        range: [0%, 100%]
        note: "Target 20%以上. 目标20%以上。"
    areas:
      - id: key
        title: {zh: "重点工作（60分）", en: "Key tasks (60 points)"}
        points: 60
        indicators:
          - id: t1
            title: {zh: "全市产业扶贫资金用于支持富硒产业发展20%以上", en: "20% or more of industrial poverty-alleviation funds go to the selenium industry"}
            points: 60
            clauses:
              - id: t1_score
                points: 60
                text: "全市产业扶贫资金用于支持富硒产业发展20%以上（60分）"
                formula: 'credit(poverty_funds_share, 20%, 60, proportional: partial_credit == "proportional")'
                note: "The only department with a single, unnumbered task worth all 60 points: under all_or_nothing a share just below 20% loses all 60."

  # ---------------------------------------------------------------- 12 市商务局
  - id: shangwu
    name: {zh: "市商务局", en: "Municipal Bureau of Commerce"}
    inputs:
      - name: trade_events
        kind: count
        unit: "次"
        label: {zh: "组织硒产品企业参加各类展示、展销、交流、对接会次数", en: "Exhibitions, trade fairs, exchanges and matchmaking meetings attended by selenium enterprises"}
        range: [0, 1000]
        note: "Target 5次以上. 目标5次以上。"
      - name: export_share_expanded
        kind: boolean
        label: {zh: "积极对接国际市场扩大富硒产品出口份额", en: "International markets approached and the export share of selenium products expanded"}
      - name: circulation_funds
        kind: money
        unit: "万元"
        label: {zh: "争取、投入的富硒产品流通体系建设项目资金", en: "Project funds won and invested for the selenium-product distribution system"}
        range: [0, 10000000]
        note: "Target 200万元以上. 目标200万元以上。"
    areas:
      - id: key
        title: {zh: "重点工作（60分）", en: "Key tasks (60 points)"}
        points: 60
        indicators:
          - id: t1
            numbers: [1]
            title: {zh: "组织硒产品企业参加各类展示、展销、交流、对接会5次以上", en: "Take selenium enterprises to 5 or more fairs and meetings"}
            points: 20
            clauses:
              - id: t1_score
                points: 20
                text: "1.组织硒产品企业参加各类展示、展销、交流、对接会5次以上（20分）"
                formula: 'credit(trade_events, 5, 20, proportional: partial_credit == "proportional")'
          - id: t2
            numbers: [2]
            title: {zh: "积极对接国际市场扩大富硒产品出口份额", en: "Expand the export share of selenium products"}
            points: 20
            clauses:
              - id: t2_score
                points: 20
                text: "2.积极对接国际市场扩大富硒产品出口份额（20分）"
                formula: 'award(export_share_expanded, 20)'
                note: "No target share is given, so the task is met or not."
          - id: t3
            numbers: [3]
            title: {zh: "争取、投入富硒产品流通体系建设项目资金200万元以上", en: "Win and invest 2 million yuan or more in the distribution system"}
            points: 20
            clauses:
              - id: t3_score
                points: 20
                text: "3.争取、投入富硒产品流通体系建设项目资金200万元以上。（20分）"
                formula: 'credit(circulation_funds, 200, 20, proportional: partial_credit == "proportional")'
                note: "In the source the points “（20分）” stand after the full stop; kept verbatim. The 20 points belong to this task (the three tasks then add up to 60)."

  # ---------------------------------------------------------------- 13 市招商和经济合作局
  - id: zhaoshang
    name: {zh: "市招商和经济合作局", en: "Municipal Bureau of Investment Promotion and Economic Cooperation"}
    inputs:
      - name: promotion_meetings
        kind: count
        unit: "次"
        label: {zh: "开展富硒产业招商引资推介会次数", en: "Selenium-industry investment promotion meetings held"}
        range: [0, 1000]
        note: "Target 5次以上. 目标5次以上。"
      - name: major_projects_landed
        kind: count
        unit: "个"
        label: {zh: "引进、落地的1亿元以上项目数", en: "Projects of 100 million yuan or more brought in and landed"}
        range: [0, 1000]
        note: "Target 5个以上. Only projects of 1亿元 or more count: the 1亿元 qualifies the projects and is not a second target. 仅计1亿元以上项目。"
    areas:
      - id: key
        title: {zh: "重点工作（60分）", en: "Key tasks (60 points)"}
        points: 60
        indicators:
          - id: t1
            numbers: [1]
            title: {zh: "开展富硒产业招商引资推介会5次以上", en: "Hold 5 or more investment promotion meetings"}
            points: 30
            clauses:
              - id: t1_score
                points: 30
                text: "1.开展富硒产业招商引资推介会5次以上（30分）"
                formula: 'credit(promotion_meetings, 5, 30, proportional: partial_credit == "proportional")'
          - id: t2
            numbers: [2]
            title: {zh: "引进、落地1亿元以上的项目5个以上", en: "Land 5 or more projects of 100 million yuan or more"}
            points: 30
            clauses:
              - id: t2_score
                points: 30
                text: "2.引进、落地1亿元以上的项目5个以上（30分）"
                formula: 'credit(major_projects_landed, 5, 30, proportional: partial_credit == "proportional")'

  # ---------------------------------------------------------------- 14 市文旅广电局
  - id: wenlv
    name: {zh: "市文旅广电局", en: "Municipal Bureau of Culture, Tourism, Radio and Television"}
    inputs:
      - name: culture_column_opened
        kind: boolean
        label: {zh: "开办富硒文化专题专栏", en: "Special column on selenium culture opened"}
      - name: culture_events
        kind: count
        unit: "场"
        label: {zh: "开展富硒文化宣传活动场次", en: "Selenium-culture publicity events held"}
        range: [0, 1000]
        note: "Target 5场以上. 目标5场以上。"
      - name: demo_bases_new
        kind: count
        unit: "个"
        label: {zh: "新建硒旅示范基地数", en: "Selenium-tourism demonstration bases newly built"}
        range: [0, 1000]
        note: "Target 新建1个. 目标新建1个。"
      - name: demo_bases_upgraded
        kind: count
        unit: "个"
        label: {zh: "提升的硒旅示范基地数", en: "Selenium-tourism demonstration bases upgraded"}
        range: [0, 1000]
        note: "Target 提升3个. 目标提升3个。"
    areas:
      - id: key
        title: {zh: "重点工作（60分）", en: "Key tasks (60 points)"}
        points: 60
        indicators:
          - id: t1
            numbers: [1]
            title: {zh: "开办富硒文化专题专栏", en: "Open a special column on selenium culture"}
            points: 10
            clauses:
              - id: t1_score
                points: 10
                text: "1.开办富硒文化专题专栏（10分）"
                formula: 'award(culture_column_opened, 10)'
          - id: t2
            numbers: [2]
            title: {zh: "开展富硒文化宣传活动5场以上", en: "Hold 5 or more selenium-culture publicity events"}
            points: 30
            clauses:
              - id: t2_score
                points: 30
                text: "2.开展富硒文化宣传活动5场以上（30分）"
                formula: 'credit(culture_events, 5, 30, proportional: partial_credit == "proportional")'
          - id: t3
            numbers: [3]
            title: {zh: "建设硒旅示范基地4个（新建1个、提升3个）", en: "4 selenium-tourism demonstration bases (1 new, 3 upgraded)"}
            points: 20
            clauses:
              - id: t3_score
                points: 20
                text: "3.建设硒旅示范基地4个（新建1个、提升3个）（20分）"
                formula: 'credit(min(demo_bases_new, 1) + min(demo_bases_upgraded, 3), 4, 20, proportional: partial_credit == "proportional")'
                note: "Two counts behind one “4个”. Each is counted up to its own target, so a second new base cannot stand in for a missing upgrade. all_or_nothing: 20 only with ≥1 new and ≥3 upgraded; proportional: 5 a base of the 4."

  # ---------------------------------------------------------------- 15 市卫健委
  - id: weijian
    name: {zh: "市卫健委", en: "Municipal Health Commission"}
    inputs:
      - name: health_education_events
        kind: count
        unit: "次"
        label: {zh: "组织开展硒与健康相关的健康教育活动次数", en: "Health-education events on selenium and health held"}
        range: [0, 1000]
        note: "Target 2次以上. 目标2次以上。"
      - name: research_results
        kind: count
        unit: "项"
        label: {zh: "硒与人体疾病相关性研究完成的科研成果数", en: "Research results completed on selenium and human disease"}
        range: [0, 1000]
        note: "Target 完成1项 (read as ≥ 1). 目标完成1项。"
    areas:
      - id: key
        title: {zh: "重点工作（60分）", en: "Key tasks (60 points)"}
        points: 60
        indicators:
          - id: t1
            numbers: [1]
            title: {zh: "组织开展硒与健康相关的健康教育活动2次以上", en: "Hold 2 or more health-education events on selenium"}
            points: 30
            clauses:
              - id: t1_score
                points: 30
                text: "1.组织开展硒与健康相关的健康教育活动2次以上（30分）"
                formula: 'credit(health_education_events, 2, 30, proportional: partial_credit == "proportional")'
          - id: t2
            numbers: [2]
            title: {zh: "开展硒与人体疾病相关性研究，完成1项科研成果", en: "Research selenium and human disease; complete 1 research result"}
            points: 30
            clauses:
              - id: t2_score
                points: 30
                text: "2.开展硒与人体疾病相关性研究，完成1项科研成果（30分）"
                formula: 'credit(research_results, 1, 30, proportional: partial_credit == "proportional")'

  # ---------------------------------------------------------------- 16 市供销社
  - id: gongxiao
    name: {zh: "市供销社", en: "Municipal Supply and Marketing Cooperative"}
    inputs:
      - name: promotion_campaign_led
        kind: boolean
        label: {zh: "牵头开展富硒农产品“三年百市百店千点”送健康招商推介活动", en: "Led the “100 markets, 100 shops, 1000 outlets” health and investment promotion campaign"}
      - name: sales_outlets_guided
        kind: boolean
        label: {zh: "指导各县区新建富硒产品营销店、营销点", en: "Guided the counties and districts in opening selenium shops and sales points"}
        note: "“各县区” gives no number of counties or shops. 未规定数量。"
      - name: ecommerce_platform_built
        kind: boolean
        label: {zh: "打造全市统一的富硒产品电商平台", en: "City-wide e-commerce platform for selenium products built"}
      - name: alliances_founded
        kind: count
        unit: "个"
        label: {zh: "建立的富硒产业联盟数", en: "Selenium-industry alliances founded"}
        range: [0, 1000]
        note: "Target 5个. 目标5个。"
      - name: cooperative_unions_founded
        kind: count
        unit: "个"
        label: {zh: "建立的联合社数", en: "Cooperative unions founded"}
        range: [0, 1000]
        note: "Target 5个. 目标5个。"
      - name: consortia_founded
        kind: count
        unit: "个"
        label: {zh: "建立的产业化联合体数", en: "Industrial consortia founded"}
        range: [0, 1000]
        note: "Target 10个. 目标10个。"
    areas:
      - id: key
        title: {zh: "重点工作（60分）", en: "Key tasks (60 points)"}
        points: 60
        indicators:
          - id: t1
            numbers: [1]
            title: {zh: "牵头开展富硒农产品“三年百市百店千点”送健康招商推介活动", en: "Lead the “100 markets, 100 shops, 1000 outlets” campaign"}
            points: 20
            clauses:
              - id: t1_score
                points: 20
                text: "1.牵头开展富硒农产品“三年百市百店千点”送健康招商推介活动（20分）"
                formula: 'award(promotion_campaign_led, 20)'
          - id: t2
            numbers: [2]
            title: {zh: "指导各县区新建富硒产品营销店、营销点", en: "Guide the counties in opening selenium shops and sales points"}
            points: 20
            clauses:
              - id: t2_score
                points: 20
                text: "2.指导各县区新建富硒产品营销店、营销点（20分）"
                formula: 'award(sales_outlets_guided, 20)'
          - id: t3
            numbers: [3]
            title: {zh: "打造全市统一的富硒产品电商平台", en: "Build a city-wide selenium e-commerce platform"}
            points: 10
            clauses:
              - id: t3_score
                points: 10
                text: "3.打造全市统一的富硒产品电商平台（10分）"
                formula: 'award(ecommerce_platform_built, 10)'
          - id: t4
            numbers: [4]
            title: {zh: "建立富硒产业联盟5个、联合社5个、产业化联合体10个", en: "Found 5 alliances, 5 cooperative unions and 10 industrial consortia"}
            points: 10
            clauses:
              - id: t4_score
                points: 10
                text: "4.建立富硒产业联盟5个、联合社5个、产业化联合体10个（10分）"
                formula: 'credit(min(alliances_founded, 5) + min(cooperative_unions_founded, 5) + min(consortia_founded, 10), 20, 10, proportional: partial_credit == "proportional")'
                note: "Three counts (5 + 5 + 10 = 20 bodies) share one 10 points. Each is counted up to its own target. all_or_nothing: 10 only when all three are met; proportional: 0.5 a body of the 20 (weighted by count, not 10/3 a kind)."

  # ---------------------------------------------------------------- 17 市人社局
  - id: renshe
    name: {zh: "市人社局", en: "Municipal Bureau of Human Resources and Social Security"}
    inputs:
      - name: talent_plan_included
        kind: boolean
        label: {zh: "将富硒产业人才引进、培训等工作纳入专家及高层次专业技术人才队伍建设规划", en: "Selenium talent recruitment and training included in the expert and high-level talent plan"}
      - name: public_posts_created
        kind: boolean
        label: {zh: "面向全市富硒产业工作部门及有关单位开发富硒产业公益性岗位", en: "Public-service posts created for selenium-industry departments and units"}
    areas:
      - id: key
        title: {zh: "重点工作（60分）", en: "Key tasks (60 points)"}
        points: 60
        indicators:
          - id: t1
            numbers: [1]
            title: {zh: "将富硒产业人才引进、培训等工作纳入专家及高层次专业技术人才队伍建设规划", en: "Include selenium talent work in the high-level talent plan"}
            points: 30
            clauses:
              - id: t1_score
                points: 30
                text: "1.将富硒产业人才引进、培训等工作纳入专家及高层次专业技术人才队伍建设规划（30分）"
                formula: 'award(talent_plan_included, 30)'
          - id: t2
            numbers: [2]
            title: {zh: "面向全市富硒产业工作部门及有关单位开发富硒产业公益性岗位", en: "Create selenium-industry public-service posts"}
            points: 30
            clauses:
              - id: t2_score
                points: 30
                text: "2.面向全市富硒产业工作部门及有关单位开发富硒产业公益性岗位（30分）"
                formula: 'award(public_posts_created, 30)'

  # ---------------------------------------------------------------- 18 市新闻办
  - id: xinwen
    name: {zh: "市新闻办", en: "Municipal Information Office"}
    inputs:
      - name: media_campaign_led
        kind: boolean
        label: {zh: "牵头组织中、省、市媒体围绕富硒产业发展开展多种形式的宣传", en: "Led national, provincial and municipal media in publicising the selenium industry"}
      - name: column_opened
        kind: boolean
        label: {zh: "开办富硒产业宣传专题或专栏", en: "Special feature or column on the selenium industry opened"}
    areas:
      - id: key
        title: {zh: "重点工作（60分）", en: "Key tasks (60 points)"}
        points: 60
        indicators:
          - id: t1
            numbers: [1]
            title: {zh: "牵头组织中、省、市媒体围绕富硒产业发展开展多种形式的宣传", en: "Lead media publicity on the selenium industry"}
            points: 30
            clauses:
              - id: t1_score
                points: 30
                text: "1.牵头组织中、省、市媒体围绕富硒产业发展开展多种形式的宣传（30分）"
                formula: 'award(media_campaign_led, 30)'
          - id: t2
            numbers: [2]
            title: {zh: "开办富硒产业宣传专题或专栏", en: "Open a selenium-industry feature or column"}
            points: 30
            clauses:
              - id: t2_score
                points: 30
                text: "2.开办富硒产业宣传专题或专栏（30分）"
                formula: 'award(column_opened, 30)'

  # ---------------------------------------------------------------- 19 市科协
  - id: kexie
    name: {zh: "市科协", en: "Municipal Association for Science and Technology"}
    inputs:
      - name: expert_workstations
        kind: count
        unit: "个"
        label: {zh: "新建的富硒产业相关院士专家工作站数", en: "Academician and expert workstations for the selenium industry newly set up"}
        range: [0, 1000]
        note: "Target 3个以上 (under the “一业一站” plan). 目标3个以上。"
      - name: outreach_events
        kind: count
        unit: "次"
        label: {zh: "开展富硒科普知识讲座、科技宣传等活动次数", en: "Popular-science lectures and science publicity events on selenium held"}
        range: [0, 1000]
        note: "Target 3次以上. 目标3次以上。"
    areas:
      - id: key
        title: {zh: "重点工作（60分）", en: "Key tasks (60 points)"}
        points: 60
        indicators:
          - id: t1
            numbers: [1]
            title: {zh: "实施“一业一站”计划，新建富硒产业相关院士专家工作站3个以上", en: "Set up 3 or more expert workstations (“one industry, one station”)"}
            points: 30
            clauses:
              - id: t1_score
                points: 30
                text: "1.实施“一业一站”计划，新建富硒产业相关院士专家工作站3个以上（30分）"
                formula: 'credit(expert_workstations, 3, 30, proportional: partial_credit == "proportional")'
          - id: t2
            numbers: [2]
            title: {zh: "开展富硒科普知识讲座、科技宣传等活动3次以上", en: "Hold 3 or more popular-science events"}
            points: 30
            clauses:
              - id: t2_score
                points: 30
                text: "2.开展富硒科普知识讲座、科技宣传等活动3次以上（30分）"
                formula: 'credit(outreach_events, 3, 30, proportional: partial_credit == "proportional")'

  # ---------------------------------------------------------------- 20 市水利局
  - id: shuili
    name: {zh: "市水利局", en: "Municipal Water Resources Bureau"}
    inputs:
      - name: water_resources_managed
        kind: boolean
        label: {zh: "合理开发利用和保护富硒水水资源", en: "Selenium-water resources rationally developed, used and protected"}
      - name: infrastructure_priority_given
        kind: boolean
        label: {zh: "水利基础设施建设优先支持富硒产业市场经营主体", en: "Water infrastructure gave priority to selenium-industry businesses"}
    areas:
      - id: key
        title: {zh: "重点工作（60分）", en: "Key tasks (60 points)"}
        points: 60
        indicators:
          - id: t1
            numbers: [1]
            title: {zh: "合理开发利用和保护富硒水水资源", en: "Develop, use and protect selenium-water resources"}
            points: 30
            clauses:
              - id: t1_score
                points: 30
                text: "1.合理开发利用和保护富硒水水资源（30分）"
                formula: 'award(water_resources_managed, 30)'
          - id: t2
            numbers: [2]
            title: {zh: "水利基础设施建设优先支持富硒产业市场经营主体", en: "Give selenium businesses priority in water infrastructure"}
            points: 30
            clauses:
              - id: t2_score
                points: 30
                text: "2.水利基础设施建设优先支持富硒产业市场经营主体（30分）"
                formula: 'award(infrastructure_priority_given, 30)'

  # ---------------------------------------------------------------- 21 市金融办
  - id: jinrong
    name: {zh: "市金融办", en: "Municipal Financial Affairs Office"}
    inputs:
      - name: credit_share
        kind: percent
        unit: "%"
        label: {zh: "富硒产业信贷投放在全市主导产业信贷投放总量中的比重", en: "Selenium-industry share of the credit extended to the city's leading industries"}
        range: [0%, 100%]
        note: "Target 不低于25% (≥ 25%). 目标不低于25%。"
      - name: financial_products_innovated
        kind: boolean
        label: {zh: "创新富硒产业金融产品，探索适合富硒产业发展的融资业务", en: "New financial products for the selenium industry developed and suitable financing explored"}
        note: "The listed businesses (抵押贷款、融资租赁、订单融资、应收账款融资) end in 等 and are examples, not a checklist."
      - name: no_credit_withdrawal
        kind: boolean
        label: {zh: "加大金融行业监管力度，未发生富硒产业抽贷、断贷现象", en: "Supervision stepped up; no withdrawal or cut-off of selenium-industry loans"}
    areas:
      - id: key
        title: {zh: "重点工作（60分）", en: "Key tasks (60 points)"}
        points: 60
        indicators:
          - id: t1
            numbers: [1]
            title: {zh: "确保富硒产业信贷投放在全市主导产业信贷投放总量中的比重不低于25%", en: "Selenium share of leading-industry credit at least 25%"}
            points: 20
            clauses:
              - id: t1_score
                points: 20
                text: "1.确保富硒产业信贷投放在全市主导产业信贷投放总量中的比重不低于25%（20分）"
                formula: 'credit(credit_share, 25%, 20, proportional: partial_credit == "proportional")'
          - id: t2
            numbers: [2]
            title: {zh: "创新富硒产业金融产品，探索适合富硒产业发展的融资业务", en: "Innovate selenium financial products"}
            points: 20
            clauses:
              - id: t2_score
                points: 20
                text: "2.创新富硒产业金融产品，探索适合富硒产业发展的农业设施抵押贷款、大型农机设备融资租赁以及订单融资、应收账款融资等业务（20分）"
                formula: 'award(financial_products_innovated, 20)'
          - id: t3
            numbers: [3]
            title: {zh: "加大金融行业监管力度，杜绝富硒产业行业抽贷、断贷现象", en: "Supervise lenders; prevent loan withdrawals and cut-offs"}
            points: 20
            clauses:
              - id: t3_score
                points: 20
                text: "3.加大金融行业监管力度，杜绝富硒产业行业抽贷、断贷现象（20分）"
                formula: 'award(no_credit_withdrawal, 20)'

"""##
    ),
    (
      "yulin-grain-2019.yaml",
      ##"""
# Kaohe rubric: 榆林市2019年度粮食安全责任制考核评分表 (Yulin 2019 grain-security responsibility assessment)
# Source: /work/shared/seeds/003_34a4941ab8af5de9.txt. Every clause `text` is the source's own words with the
# <b>/<p> tags removed and nothing else changed (the blanks the conversion left around bold runs are kept).
# Interpretation choices and the source's inconsistencies: docs/rubrics/yulin-grain-2019.md.
kaohe: 1
id: yulin-grain-2019
title:
  zh: 榆林市2019年度粮食安全责任制考核评分表
  en: Yulin 2019 grain-security responsibility assessment
year: 2019
issuer:
  zh: 榆林市粮食安全责任制考核工作办公室（榆粮安考核办）
  en: Yulin grain-security responsibility assessment office
source: 003_34a4941ab8af5de9.txt
total: 100
unit_label:
  zh: 县市区
  en: county

# Chinese department name → English. The source's 县水利局 / 县发展改革和科技局 (indicator 1) are the same bodies
# as 水利局 / 发展改革和科技局 and are listed under those names.
departments:
  自然资源和规划局: Natural Resources and Planning Bureau
  农业农村局: Agriculture and Rural Affairs Bureau
  水利局: Water Resources Bureau
  发展改革和科技局: Development, Reform, Science and Technology Bureau
  统计局: Statistics Bureau
  财政局: Finance Bureau
  农发行子洲支行: Agricultural Development Bank of China, Zizhou sub-branch
  市场监督管理局: Market Supervision and Administration Bureau
  环保局: Environmental Protection Bureau
  自然资源局: Natural Resources Bureau
  规划局: Planning Bureau
  粮食物资收储中心: Grain and Materials Reserve Center

# Named switches for readings of the source that are open to two interpretations. The built-in policy
# cap_indicators (default true) caps each indicator's score clauses at its points (indicators 11 and 14).
policies:
  - name: deduction_counting
    label:
      zh: 按百分点（或按0.1等）扣分、加分的计数方式
      en: "How \"per N percentage points\" (or \"per 0.1 grade\") deductions and additions count"
    options: [continuous, whole_points]
    default: continuous
    doc: "continuous: a step-wise rule scales with the exact shortfall or gain (grain output −3.5% at 0.4 per point loses 1.4). whole_points: only whole steps count (−3.5% is 3 whole points, loses 1.2). Used by every per-step clause: indicators 2 (per 10 points), 3 (per 0.1 grade), 4 (per point), 5 (per point, twice), 6 (per 10 points)."
  - name: deductions_floor_at_zero
    label:
      zh: “扣N分”（非倒扣）不使指标得分低于0
      en: Plain deductions (扣N分, not 倒扣) never take an indicator below 0
    default: true
    doc: "The source distinguishes 扣 (deduct) from 倒扣 (deduct below zero) but does not always say 扣完为止. true: a plain 扣N分 only removes points the indicator has earned (indicators 27, 40, 41, 43). false: plain deductions apply in full and may take the indicator below 0. Clauses whose text says 扣完为止 / 本项赋分扣完为止 / 封顶 (indicators 2, 6, 8, 28, 29) always stop at 0."
  - name: violation_scope
    label:
      zh: “此项不得分”的范围
      en: "What \"此项不得分\" (this item scores nothing) covers"
    options: [indicator, sub_item]
    default: indicator
    doc: "indicator: a violation followed by 此项不得分 zeroes every score clause of the indicator. sub_item: it zeroes only the clauses of the paragraph it stands in (indicator 13: the financing clauses or the purchase-fund clause; 21–22: the three military-grain clauses; 29: the four military-grain project clauses). Indicators 9 and 24–25 have a single paragraph, so both readings agree there."
  - name: not_applicable_scores_full
    label:
      zh: 无此项任务的县市区得该条款满分
      en: A clause whose task the county never had scores full points
    default: true
    doc: "Two clauses reward completing a task some counties do not have and do not say what those counties get: indicator 26 (“辖区内发生……涉粮案件，及时查处的，得0.35分”) when no case occurred, and indicator 41 (“列入……质检体系建设项目的县市区，完成建设任务的，得1分”) when the county is not in the project. true: such counties get the clause's points; false: they get nothing."
  - name: excess_grain_clauses
    label:
      zh: 指标12两个0.5分条款的关系
      en: "Indicator 12: how its two 0.5-point clauses combine"
    options: [either_or, cumulative]
    default: either_or
    doc: "either_or (literal): “如未发现超标粮食，得0.5分” replaces the measures clause when no excess grain is found, so indicator 12 scores at most 0.5 of its 1 point. cumulative: taking measures (0.5) and finding no excess grain (0.5) add up, so a county can reach 1."
  - name: i14_rotation_gap_limit
    label:
      zh: 指标14轮空期得满分的上限
      en: "Indicator 14: longest rotation gap that still earns the point"
    options: [within_4_months, within_6_months]
    default: within_4_months
    doc: "“正常轮空期原则上不超过4个月，最长不得超过6个月，得1分，否则酌情扣分”. within_4_months: the point needs a gap of at most 4 months; a longer gap keeps only reserve_rotation_points_kept of it. within_6_months: any gap up to the 6-month maximum keeps the full point."
  - name: i15_award_if_no_obstruction
    label:
      zh: 指标15（仅有倒扣条款）无阻挠行为时得2分
      en: Indicator 15 (倒扣 rules only) awards its 2 points when nothing is obstructed
    default: true
    doc: "Indicator 15 is allotted 2 points but its text only has 倒扣 rules. true: a county that does not obstruct reserve releases gets the 2 points; obstruction (倒扣2.0分) removes them, a severe case (再倒扣2.0分) takes the indicator to −2. false: the 2 points can never be earned; obstruction scores −2, a severe case −4."

inputs:
  # ---- Kind of county (used by alternatives in several indicators)
  - name: county_type
    kind: choice
    fact: true
    label:
      zh: 县市区类型
      en: Kind of county
    options: [major_grain, other]
    option_labels:
      major_grain:
        zh: 产粮大县
        en: major grain-producing county
      other:
        zh: 非产粮大县
        en: other county
  - name: is_district_or_city
    kind: boolean
    fact: true
    label:
      zh: 属于区或县级市（非县）
      en: Is a district or county-level city (not a county)
    note: 指标23按“各县(非区市)”与“其他区、市”分别赋分。Indicator 23 scores counties and districts/cities differently.
  # ---- Indicator 1 耕地保有量；基本农田保护
  - name: arable_land_meets_quota
    kind: boolean
    label:
      zh: 2019年末耕地面积不低于规划下达的耕地保有量
      en: Arable land at the end of 2019 meets the planned quota
  - name: permanent_farmland_meets_target
    kind: boolean
    label:
      zh: 永久基本农田中耕地面积不低于规划下达的永久基本农田保护目标任务
      en: Cultivated land within permanent basic farmland meets the protection target
  - name: permanent_farmland_with_adjustable_meets_target
    kind: boolean
    label:
      zh: 永久基本农田中耕地面积加可调整地类面积不低于保护目标任务
      en: Cultivated plus adjustable land within permanent basic farmland meets the protection target
  - name: adjustable_land_area
    kind: area
    unit: "万亩"
    label:
      zh: 永久基本农田中可调整地类面积
      en: Adjustable land within permanent basic farmland
    range: [0, 2000]
  - name: permanent_farmland_measures
    kind: boolean
    label:
      zh: 研究加强和改进永久基本农田保护具体操作办法
      en: Worked out local measures to strengthen permanent basic farmland protection
  # ---- Indicator 2 耕地质量保护与提升；耕地质量监测体系建设
  - name: land_protection_task_completion
    kind: percent
    unit: "%"
    label:
      zh: 土地（耕地）保护利用规划或方案年度工作任务完成率
      en: Completion of the year's land-protection plan tasks
    range: [0%, 100%]
  - name: quality_tech_full_coverage
    kind: boolean
    label:
      zh: 耕地质量保护与提升技术推广实现全覆盖
      en: Farmland-quality protection techniques cover the whole county
  - name: quality_tech_area_change
    kind: percent
    unit: "%"
    label:
      zh: 耕地质量保护与提升技术推广面积较上年变化
      en: Change in the area under farmland-quality techniques on last year
    range: [-100%, 1000%]
  - name: cultivated_land_area
    kind: area
    fact: true
    unit: "万亩"
    label:
      zh: 统计部门公布的耕地面积
      en: Cultivated land area published by the statistics office
    range: [1, 5000]
    note: 监测点基准数 = 耕地面积 ÷ 10万亩（不取整）。Benchmark of monitoring points = area ÷ 100,000 mu, not rounded.
  - name: quality_monitoring_points
    kind: count
    unit: "个"
    label:
      zh: 耕地质量监测点数量
      en: Farmland-quality monitoring points
    range: [0, 1000]
  - name: quality_report_issuer
    kind: choice
    label:
      zh: 年度耕地质量监测报告的印发单位
      en: Who issued the annual farmland-quality monitoring report
    options: [government, monitoring_agency, none]
    option_labels:
      government:
        zh: 县市区政府或县级农业农村主管部门
        en: county government or agriculture bureau
      monitoring_agency:
        zh: 县级耕地质量监测保护机构
        en: county farmland-quality monitoring agency
      none:
        zh: 未正式印发
        en: not formally issued
  # ---- Indicator 3 耕地质量等级提升
  - name: cultivated_quality_grade_change
    kind: grade
    unit: "等"
    label:
      zh: 耕地质量等级较上年提升（正数为提升）
      en: Farmland quality grade improvement on last year (positive = better)
    range: [-9, 9]
    note: 耕地质量等级1等最好、10等最差；本输入按“提升”计：由4.5等变为4.3等记为+0.2。Grade 1 is best; 4.5 → 4.3 is entered as +0.2.
  # ---- Indicator 4 粮食生产科技水平
  - name: main_tech_adoption_rate
    kind: percent
    unit: "%"
    label:
      zh: 农业主推技术到位率
      en: Adoption rate of the main recommended farming techniques
    range: [0%, 100%]
  - name: mechanization_policy_effective
    kind: boolean
    label:
      zh: 县级政府强化农机化支持政策、推进全程机械化并有明显成效
      en: County government strengthened mechanization policy with clear results
  - name: mechanization_rate_last_year
    kind: percent
    fact: true
    unit: "%"
    label:
      zh: 上一年度小麦、水稻、玉米耕种收综合机械化率
      en: Last year's combined mechanization rate (wheat, rice, maize)
    range: [0%, 100%]
  - name: mechanization_rate_change
    kind: percent
    unit: "%"
    label:
      zh: 2019年综合机械化率较上年变化（百分点）
      en: Change in the mechanization rate in 2019 (percentage points)
    range: [-100%, 100%]
  - name: mechanization_points_kept
    kind: ratio
    label:
      zh: 机械化率未达要求时酌情保留的得分比例
      en: Share of the 2 points kept when the mechanization target is missed (discretionary)
    range: [0%, 100%]
    note: “否则按完成情况酌情减分”：由考核组酌情确定，未达要求时才起作用。Discretionary; only used when the target is missed.
  # ---- Indicator 5 粮食种植面积；粮食总产量
  - name: grain_sown_area_change
    kind: percent
    unit: "%"
    label:
      zh: 粮食播种面积较上年变化
      en: Change in grain sown area on last year
    range: [-100%, 100%]
    note: 按县市区统计局“三农普”数据测算。
  - name: grain_sown_area_exempt_reduction
    kind: percent
    fact: true
    unit: "%"
    label:
      zh: 经认定剔除的播种面积减少（政策性调减、不可抗力，百分点）
      en: Sown-area reduction excused (policy-driven cut or force majeure), percentage points
    range: [0%, 100%]
  - name: grain_output_change
    kind: percent
    unit: "%"
    label:
      zh: 粮食产量较上年变化
      en: Change in grain output on last year
    range: [-100%, 100%]
  - name: grain_output_exempt_reduction
    kind: percent
    fact: true
    unit: "%"
    label:
      zh: 经认定剔除的产量减少（规划调整、不可抗力，百分点）
      en: Output reduction excused (planning change or force majeure), percentage points
    range: [0%, 100%]
  - name: functional_zones_delineated
    kind: boolean
    label:
      zh: 全面完成粮食生产功能区和重要农产品生产保护区划定任务
      en: Delineation of grain-production and protection zones completed
  - name: functional_zones_mapped_share
    kind: percent
    unit: "%"
    label:
      zh: 划定地块数据上图入库、建档立卡比例
      en: Share of delineated plots mapped into the database and registered
    range: [0%, 100%]
  # ---- Indicator 6 粮食主产区及粮食功能区建设，育种体系建设
  - name: hsf_concentrated_major_or_zones
    kind: boolean
    label:
      zh: （产粮大县）高标准农田建设任务集中投向产粮大县或粮食生产功能区
      en: (Major grain county) high-standard farmland tasks concentrated in major grain counties or functional zones
  - name: hsf_concentrated_in_zones
    kind: boolean
    label:
      zh: （非产粮大县）高标准农田建设任务集中投向粮食生产功能区
      en: (Other county) high-standard farmland tasks concentrated in grain functional zones
  - name: county_funds_for_functional_zones
    kind: boolean
    label:
      zh: 安排县级财政资金支持粮食生产功能区建设
      en: County budget funds support grain functional zones
  - name: has_seed_breeding_base
    kind: boolean
    fact: true
    label:
      zh: 县市区建设国家或省级区域性良种繁育基地或地方特色种子种苗基地
      en: County builds a national/provincial seed-breeding base or local seed base
    note: 决定适用“县级人民政府制定落实……”还是“其它县市区：推广良种……”。
  - name: seed_base_policy_in_supervision
    kind: boolean
    label:
      zh: 制定落实良种繁育基地建设政策措施并纳入政府重点事项督导考核
      en: Seed-base policy issued and put under the government's key-task supervision
  - name: improved_variety_trials
    kind: boolean
    label:
      zh: 推广良种，开展引进、筛选优良品种试验示范
      en: Promotes improved varieties with introduction and screening trials
  - name: seed_case_handling_rate
    kind: percent
    unit: "%"
    label:
      zh: 上级指定种子违法案件查处率
      en: Share of assigned seed-law cases investigated
    range: [0%, 100%]
    note: 未发生重大种子违法案件的按100%填报。Enter 100% when no major case occurred.
  # ---- Indicator 7 高标准农田（其中粮田）建设
  - name: hsf_evaluation_share
    kind: percent
    unit: "%"
    label:
      zh: 按《高标准农田建设评价激励实施办法（试行）》评价标准1-10项所得分占满分比例
      en: Score under the MARA high-standard farmland evaluation (items 1–10), as a share of its full marks
    range: [0%, 100%]
  # ---- Indicator 8 农田水利设施建设；农业节水重大工程建设
  - name: has_large_irrigation_district
    kind: boolean
    fact: true
    label:
      zh: 当年有大型灌区续建配套与节水改造项目
      en: Has a large irrigation district renovation project this year
  - name: large_district_investment_completion
    kind: percent
    unit: "%"
    label:
      zh: 大型灌区续建配套与节水改造年度投资计划完成率
      en: Completion of the large irrigation district's annual investment plan
    range: [0%, 200%]
  - name: large_district_local_funding_rate
    kind: percent
    unit: "%"
    label:
      zh: 大型灌区地方配套资金落实率D
      en: Local matching funds secured for the large irrigation district (D)
    range: [0%, 100%]
  - name: has_key_medium_irrigation_project
    kind: boolean
    fact: true
    label:
      zh: 当年有重点中型灌区节水配套改造项目
      en: Has a key medium irrigation district water-saving project this year
  - name: medium_district_investment_completion
    kind: percent
    unit: "%"
    label:
      zh: 重点中型灌区节水配套改造年度投资计划完成率
      en: Completion of the key medium irrigation district's annual investment plan
    range: [0%, 200%]
  - name: effective_irrigated_area_change
    kind: percent
    unit: "%"
    label:
      zh: 农田有效灌溉面积较上年变化
      en: Change in effectively irrigated farmland on last year
    range: [-100%, 100%]
  - name: irrigation_management_funding_rate
    kind: percent
    unit: "%"
    label:
      zh: 大中型灌区公益性人员基本支出和工程维修养护经费落实率D
      en: Share of approved staff and maintenance funds of irrigation districts secured (D)
    range: [0%, 100%]
  - name: efficient_irrigation_evaluation_share
    kind: percent
    unit: "%"
    label:
      zh: 高效节水灌溉建设按《高标准农田建设评价激励实施办法（试行）》所得分占满分比例
      en: "Efficient water-saving irrigation: score under the MARA evaluation as a share of full marks"
    range: [0%, 100%]
  - name: canal_reform_area
    kind: area
    fact: true
    unit: "万亩"
    label:
      zh: 灌区农业水价综合改革实施面积
      en: Water-price reform area in canal irrigation districts
    range: [0, 1000]
    note: 加权平均的权重。Weight in the area-weighted average.
  - name: canal_new_reform_area_completion
    kind: percent
    unit: "%"
    label:
      zh: 灌区年度新增改革实施面积占年度计划比例
      en: "Canal districts: new reform area as a share of the annual plan"
    range: [0%, 200%]
  - name: canal_metering_share
    kind: percent
    unit: "%"
    label:
      zh: 灌区计量控制面积占实施面积比例
      en: "Canal districts: share of reform area with metered supply"
    range: [0%, 100%]
  - name: canal_water_quota_share
    kind: percent
    unit: "%"
    label:
      zh: 灌区用水总量指标分解到用水主体的面积占实施面积比例
      en: "Canal districts: share of reform area with water quotas allocated to users"
    range: [0%, 100%]
  - name: canal_maintenance_share
    kind: percent
    unit: "%"
    label:
      zh: 灌区落实管护主体和管护责任的面积占实施面积比例
      en: "Canal districts: share of reform area with assigned maintenance responsibility"
    range: [0%, 100%]
  - name: canal_water_price_status
    kind: choice
    label:
      zh: 灌区农业水价调整情况
      en: "Canal districts: water-price adjustment"
    options: [at_cost, plan_with_cost_survey, none]
    option_labels:
      at_cost:
        zh: 已调整到不低于运行维护成本（含已公布分步调价计划）
        en: at or above O&M cost (or stepwise plan published)
      plan_with_cost_survey:
        zh: 已制定调价计划并开始成本监审或成本调查
        en: plan drawn up and cost audit/survey begun
      none:
        zh: 未调整
        en: not adjusted
  - name: well_reform_area
    kind: area
    fact: true
    unit: "万亩"
    label:
      zh: 井灌区农业水价综合改革实施面积
      en: Water-price reform area in well-irrigated areas
    range: [0, 1000]
    note: 加权平均的权重。Weight in the area-weighted average.
  - name: well_new_reform_area_completion
    kind: percent
    unit: "%"
    label:
      zh: 井灌区年度新增改革实施面积占年度计划比例
      en: "Well areas: new reform area as a share of the annual plan"
    range: [0%, 200%]
  - name: well_metering_share
    kind: percent
    unit: "%"
    label:
      zh: 井灌区计量到井（含以电折水）的面积占实施面积比例
      en: "Well areas: share of reform area metered per well (incl. electricity-to-water)"
    range: [0%, 100%]
  - name: well_water_quota_share
    kind: percent
    unit: "%"
    label:
      zh: 井灌区用水总量指标分解到用水主体的面积占实施面积比例
      en: "Well areas: share of reform area with water quotas allocated to users"
    range: [0%, 100%]
  - name: well_maintenance_share
    kind: percent
    unit: "%"
    label:
      zh: 井灌区落实管护主体和管护责任的面积占实施面积比例
      en: "Well areas: share of reform area with assigned maintenance responsibility"
    range: [0%, 100%]
  - name: well_water_price_status
    kind: choice
    label:
      zh: 井灌区农业水价调整情况
      en: "Well areas: water-price adjustment"
    options: [at_cost, plan_with_cost_survey, none]
    option_labels:
      at_cost:
        zh: 已调整到不低于运行维护成本（含已公布分步调价计划）
        en: at or above O&M cost (or stepwise plan published)
      plan_with_cost_survey:
        zh: 已制定调价计划并开始成本监审或成本调查
        en: plan drawn up and cost audit/survey begun
      none:
        zh: 未调整
        en: not adjusted
  - name: reform_upper_funds_used
    kind: boolean
    label:
      zh: 及时分解下达中、省、市财政水利发展资金（水价改革部分）并用于精准补贴和节水奖励
      en: Central/provincial/city water funds for the reform passed on and used for subsidies and water-saving rewards
  - name: reform_county_funds_used
    kind: boolean
    label:
      zh: 县级财政安排农业水价综合改革资金并用于精准补贴和节水奖励
      en: County budget funds the reform and uses them for subsidies and water-saving rewards
  # ---- Indicator 9 落实耕地地力保护补贴政策
  - name: land_subsidy_paid
    kind: boolean
    label:
      zh: 按国家规定发放耕地地力保护补贴
      en: Farmland-fertility protection subsidy paid as the state requires
  - name: land_subsidy_budget_execution
    kind: percent
    unit: "%"
    label:
      zh: 耕地地力保护补贴当年预算执行率
      en: Budget execution of the farmland-fertility subsidy this year
    range: [0%, 100%]
  - name: other_grain_subsidies_paid
    kind: boolean
    label:
      zh: 按国家规定及时足额发放其他粮食相关补贴
      en: Other grain subsidies paid on time and in full
  - name: subsidy_misuse
    kind: boolean
    label:
      zh: 出现挤占、截留、挪用和套取补贴等违规行为
      en: Subsidies diverted, withheld, misappropriated or fraudulently claimed
  # ---- Indicator 10 培育新型粮食生产经营主体及社会化服务体系
  - name: coop_family_farm_targets_met
    kind: boolean
    label:
      zh: 完成农业生产发展项目中农民专业合作社、家庭农场年度绩效目标
      en: Annual targets for cooperatives and family farms met
  - name: farm_trusteeship_progressing
    kind: boolean
    label:
      zh: 集中连片农业生产托管服务小农户稳步推进
      en: Contiguous farming-trusteeship services for smallholders progressing
  - name: farmer_training_satisfaction
    kind: percent
    unit: "%"
    label:
      zh: 新型职业农民培育满意度
      en: Satisfaction with new professional farmer training
    range: [0%, 100%]
  # ---- Indicator 11 执行粮食收购政策
  - name: grain_purchase_well_organized
    kind: boolean
    label:
      zh: 认真落实收购政策，及时安排部署，积极开展市场化收购，收购平稳有序
      en: Purchase policy carried out, purchasing arranged in time, market purchasing active and orderly
  - name: widespread_selling_difficulty
    kind: boolean
    label:
      zh: 出现大范围农民“卖粮难”
      en: Widespread difficulty for farmers in selling grain
  - name: selling_difficulty_exposed
    kind: boolean
    label:
      zh: 农民“卖粮难”被新闻媒体曝光或市、县政府以上领导同志批示
      en: Selling difficulty exposed by media or noted by city/county leaders
  - name: selling_difficulty_unresolved
    kind: boolean
    label:
      zh: “卖粮难”未及时妥善解决、造成不良社会影响
      en: Selling difficulty not resolved in time, with bad social effects
  # ---- Indicator 12 安排收购网点
  - name: excess_grain_found
    kind: boolean
    label:
      zh: 辖区内发现超标粮食
      en: Grain exceeding safety limits found in the county
  - name: excess_grain_measures
    kind: boolean
    label:
      zh: 县市区级人民政府采取措施抓好超标粮食收购及处置
      en: County government took measures to purchase and dispose of excess grain
  # ---- Indicator 13 组织落实收购资金
  - name: policy_grain_funds_secured
    kind: boolean
    label:
      zh: 协调农发行等落实政策性粮食收储和轮换资金、严格资金管理、化解风险贷款
      en: Policy grain storage and rotation funds secured with the ADBC, managed strictly, risky loans resolved
  - name: purchase_financing_mechanism
    kind: boolean
    label:
      zh: 协调金融机构建立粮食收购贷款信用保证基金等融资担保机制，多渠道筹措市场化收购资金
      en: Credit-guarantee fund or similar set up; market purchase funds raised through several channels
  - name: guarantee_fund_overrun
    kind: boolean
    label:
      zh: 信用保证基金运行中政府超出出资额代偿或引发地方政府隐性债务
      en: Government repaid beyond its guarantee-fund contribution or incurred hidden debt
  - name: purchase_funds_misappropriated
    kind: boolean
    label:
      zh: 出现挤占挪用收购资金
      en: Purchase funds diverted or misappropriated
  - name: iou_petitions
    kind: boolean
    label:
      zh: 给售粮农民“打白条”未及时解决导致群体性上访
      en: IOUs to grain sellers not settled, leading to group petitions
  # ---- Indicator 14 落实粮食储备规模，优化品种结构布局
  - name: local_reserve_stock_vs_target
    kind: percent
    unit: "%"
    label:
      zh: 地方储备粮规模库存占市上核定下达规模的比例
      en: Local reserve stock as a share of the scale set by the city
    range: [0%, 200%]
  - name: reserve_ration_share
    kind: percent
    unit: "%"
    label:
      zh: 地方储备粮中口粮比例
      en: Share of staple (ration) grain in local reserves
    range: [0%, 100%]
  - name: reserve_rotation_gap_months
    kind: number
    unit: "个月"
    label:
      zh: 地方储备粮正常轮空期
      en: Longest rotation gap of local reserves
    range: [0, 12]
  - name: reserve_rotation_points_kept
    kind: ratio
    label:
      zh: 轮空期超限时酌情保留的得分比例
      en: Share of the 1 point kept when the rotation gap is too long (discretionary)
    range: [0%, 100%]
    note: “否则酌情扣分”：由考核组酌情确定，轮空期未超限时不起作用。
  - name: reserve_supervision_in_place
    kind: boolean
    label:
      zh: 完善地方储备粮监管机制，督促承储企业落实主体责任
      en: Reserve supervision improved; storage companies held to their duties
  # ---- Indicator 15 完善轮换管理和库存监管机制
  - name: reserve_release_obstructed
    kind: boolean
    label:
      zh: 人为设置障碍、阻挠市级储备粮计划调整和实物正常出库
      en: Obstructed city reserve plan changes or normal release of stock
  - name: reserve_release_obstruction_severe
    kind: boolean
    label:
      zh: 情节严重、导致出库计划无法落实、危及储粮安全
      en: "Obstruction severe: release plan failed, storage safety endangered"
  # ---- Indicator 16 落实储备费用、利息和轮换补贴
  - name: reserve_cost_rules_issued
    kind: boolean
    label:
      zh: 制定地方储备粮保管费用、贷款利息和轮换费用补贴管理办法
      en: Rules for reserve storage fees, loan interest and rotation subsidies issued
  - name: reserve_costs_fully_funded
    kind: boolean
    label:
      zh: 按规定标准足额落实保管费用、贷款利息和轮换费用补贴
      en: Storage fees, loan interest and rotation subsidies funded in full
  # ---- Indicators 17–18 政府储备与社会储备相互补偿机制；最低最高库存制度
  - name: reserve_compensation_mechanism
    kind: boolean
    label:
      zh: 已建立政府储备与社会储备相互补偿机制
      en: Mutual-compensation mechanism of government and private reserves set up
  - name: reserve_compensation_pilot
    kind: boolean
    label:
      zh: 已开展政府储备与社会储备相互补偿试点
      en: Pilot of the mutual-compensation mechanism carried out
  - name: stock_limits_enforced
    kind: boolean
    label:
      zh: 落实陕政办发〔2010〕121号粮食经营者最低和最高库存量规定
      en: Minimum and maximum stock rules for grain dealers enforced
  # ---- Indicators 19–20 粮食储备调节机制；政策性粮油交易
  - name: e_trading_platform_used
    kind: boolean
    label:
      zh: 有效利用国家粮食电子交易平台服务功能
      en: Makes effective use of the national grain e-trading platform
  - name: enterprises_in_online_trading
    kind: boolean
    label:
      zh: 辖区内企业积极参与国家政策性粮油网上交易
      en: Local companies take part in online policy grain and oil trading
  # ---- Indicators 21–22 粮食应急预案；应急供应网络；军粮供应
  - name: emergency_plan_issued
    kind: boolean
    label:
      zh: 出台县市区级粮食供应应急预案
      en: County grain-supply emergency plan issued
  - name: emergency_drill_within_3_years
    kind: boolean
    label:
      zh: 近三年内组织过县市区级培训和演练
      en: County-level training and drills held within the last three years
  - name: emergency_system_investment
    kind: boolean
    label:
      zh: 粮油应急体系建设当年有实际投入或政策支持
      en: Emergency grain-oil system received funds or policy support this year
  - name: military_grain_supply_on_time
    kind: boolean
    label:
      zh: 军粮供应管理扎实、队伍稳定、按时完成军粮供应任务
      en: Military grain supply managed well and delivered on time
  - name: military_grain_inspections
    kind: boolean
    label:
      zh: 开展军粮质量、军粮财务专项检查且自行整改到位
      en: Military grain quality and finance checks done and problems fixed
  - name: military_grain_coordination
    kind: boolean
    label:
      zh: 落实军粮全国统筹要求，执行《陕西省军粮筹措管理实施办法》和“三统一”
      en: National coordination of military grain and the “three unifications” carried out
  - name: military_supply_incident
    kind: boolean
    label:
      zh: 出现非正常断供或漏供、不安全军粮供应部队、套取军粮差价补贴款等问题
      en: Military supply cut or missed, unsafe grain supplied, or price subsidies defrauded
  - name: military_supply_incident_severe
    kind: boolean
    label:
      zh: 军粮供应问题严重
      en: The military supply problem is serious
  # ---- Indicator 23 应急成品粮油储备
  - name: finished_reserve_days
    kind: number
    unit: "天"
    label:
      zh: （县）成品粮油储备可满足当地市场供应的天数
      en: (Counties) days of local market supply held as finished grain and oil
    range: [0, 365]
  - name: district_reserve_standard_met
    kind: boolean
    label:
      zh: （区、市）按“面粉5天、大米10天、食油60天的日消费量”建立成品粮油储备
      en: (Districts, cities) reserves meet flour 5 days, rice 10 days, oil 60 days of consumption
  # ---- Indicators 24–25 粮食流通统计；粮食市场监测
  - name: circulation_statistics_rated
    kind: boolean
    label:
      zh: 按《陕西省粮食流通统计工作考核评比办法》执行（达到要求）
      en: Grain circulation statistics kept to the provincial rating rules
  - name: price_monitoring_rated
    kind: boolean
    label:
      zh: 按粮食市场价格监测方案和考核评比办法执行（达到要求）
      en: Grain price monitoring kept to the provincial plan and rating rules
  - name: statistics_fraud
    kind: boolean
    label:
      zh: 出现统计造假、弄虚作假问题并导致恶劣影响
      en: Statistics falsified, with a bad impact
  # ---- Indicator 26 强化粮食市场监管
  - name: double_random_system
    kind: boolean
    label:
      zh: 建立双随机“一单、两库、一细则”并报送检查结果
      en: Random-inspection system set up and results reported to the platform
  - name: purchase_market_inspection
    kind: boolean
    label:
      zh: 开展粮食收购市场专项检查
      en: Special inspection of the grain purchase market carried out
  - name: release_inspection
    kind: boolean
    label:
      zh: 开展政策性粮食销售出库专项检查
      en: Special inspection of policy grain release carried out
  - name: grain_case_status
    kind: choice
    label:
      zh: 辖区内涉粮案件查处情况
      en: Grain-trade cases in the county
    options: [no_case, handled_promptly, not_handled]
    option_labels:
      no_case:
        zh: 未发生涉粮案件
        en: no case occurred
      handled_promptly:
        zh: 发生并及时查处
        en: cases handled promptly
      not_handled:
        zh: 发生但未及时查处
        en: cases not handled promptly
  - name: serious_violation
    kind: boolean
    label:
      zh: 辖区内出现严重违法违规行为，造成恶劣社会影响
      en: Serious violation in the county with bad social effects
  - name: serious_violation_unhandled
    kind: boolean
    label:
      zh: 严重违法违规行为未及时有效处置
      en: The serious violation was not dealt with promptly
  # ---- Indicator 27 加强储备粮库存检查（大清查）
  - name: inventory_check_commitment
    kind: boolean
    label:
      zh: 大清查思想认识、组织协调、保障措施到位
      en: "Inventory check: commitment, coordination and resources in place"
  - name: inventory_check_strict
    kind: boolean
    label:
      zh: 按方案从严清查，查清查实库存数量和质量
      en: Inventory check done strictly; quantities and quality established
  - name: inventory_check_responsibilities
    kind: boolean
    label:
      zh: 大清查分工明确、责任清晰、措施到位
      en: "Inventory check: clear division of work and responsibilities"
  - name: inventory_check_rectification
    kind: boolean
    label:
      zh: 严肃问题整改，风险隐患得到消除
      en: Problems rectified and risks removed
  - name: is_inventory_check_pilot
    kind: boolean
    fact: true
    label:
      zh: 属于大清查试点县市区
      en: County was a 2018 inventory-check pilot
  - name: inventory_check_summary_reported
    kind: boolean
    label:
      zh: （非试点）认真总结并上报大清查工作报告
      en: (Non-pilot) inventory-check report written and submitted
  - name: pilot_recheck_reported
    kind: boolean
    label:
      zh: （试点）对库存变动情况抽查复核并上报市大清查办公室
      en: (Pilot) stock changes re-checked and reported to the city office
  - name: registration_problems
    kind: boolean
    label:
      zh: 预分解登统、分解登统未按要求完成、质量差或出现重大失误
      en: Pre-registration or registration incomplete, poor or with major errors
  - name: registration_deduction
    kind: number
    unit: "分"
    label:
      zh: 登统问题视情况扣分
      en: Deduction chosen for the registration problems
    range: [0.5, 1]
    note: “视情况扣0.5—1分”，仅在出现登统问题时起作用。Only used when registration_problems holds.
  - name: reserve_book_mismatch
    kind: boolean
    label:
      zh: 大清查发现地方储备粮账实不符
      en: Inventory check found local reserve books not matching stock
  - name: hidden_risks_missed
    kind: boolean
    label:
      zh: 大清查存在应发现未发现的重大违法违规问题隐患
      en: Major violations that should have been found were missed
  - name: risks_not_handled
    kind: boolean
    label:
      zh: 发现重大问题隐患未及时查处或查处结果未及时上报
      en: Major problems found but not handled or reported in time
  - name: enterprise_major_accident
    kind: boolean
    label:
      zh: 辖区粮食企业发生重大质量安全、储存、食品安全或安全生产事故，造成恶劣影响
      en: A grain company had a major quality, storage, food-safety or work-safety accident with bad effects
  - name: enterprise_accident_unhandled
    kind: boolean
    label:
      zh: 上述事故未及时有效处置
      en: The accident was not dealt with promptly
  # ---- Indicator 28 仓储物流设施建设、功能提升和储粮新技术推广应用
  - name: storage_infrastructure_adequate
    kind: boolean
    label:
      zh: 粮食仓储和物流基础设施基本满足本县区收储和物流需要
      en: Storage and logistics facilities basically meet the county's needs
  - name: has_central_funded_projects
    kind: boolean
    fact: true
    label:
      zh: 有中、省预算内投资补助项目
      en: Has central or provincial budget-funded investment projects
  - name: investment_plan_late
    kind: boolean
    label:
      zh: 未按期报送投资分解计划
      en: Investment breakdown plan not reported on time
  - name: progress_report_late
    kind: boolean
    label:
      zh: 未按期通过重大项目库报送项目建设进度
      en: Project progress not reported through the project database on time
  - name: unfinished_project_share
    kind: percent
    unit: "%"
    label:
      zh: 未按期完成建设任务的项目占比
      en: Share of projects not completed on time
    range: [0%, 100%]
  - name: project_unstarted_over_year
    kind: boolean
    label:
      zh: 存在投资计划下达后超过一年未开工项目
      en: A project still not started more than a year after funds were allocated
  - name: audit_problem_count
    kind: count
    unit: "起"
    label:
      zh: 审计等监督检查发现的问题数
      en: Problems found by audits and other inspections
    range: [0, 20]
  - name: project_major_accident_count
    kind: count
    unit: "起"
    label:
      zh: 发生重大安全质量事故或其他违法违规问题数
      en: Major safety/quality accidents or other violations
    range: [0, 20]
  - name: falsified_application_count
    kind: count
    unit: "起"
    label:
      zh: 项目申报材料造假、随意调整建设项目等情况数
      en: Falsified applications or arbitrary project changes
    range: [0, 20]
  # ---- Indicator 29 仓储设施维修改造升级
  - name: smart_depot_status
    kind: choice
    label:
      zh: 粮库智能化升级改造项目进展
      en: Smart grain-depot upgrade project
    options: [completed_on_time, started, not_started]
    option_labels:
      completed_on_time:
        zh: 按期完成
        en: completed on time
      started:
        zh: 已实质性开工但未完成改造
        en: started, upgrade not finished
      not_started:
        zh: 未实质性开工
        en: not substantively started
  - name: policy_grain_it_full_coverage
    kind: boolean
    label:
      zh: 达到政策性粮食业务信息化全覆盖
      en: Policy grain business fully digitised
  - name: online_supervision_full_coverage
    kind: boolean
    label:
      zh: 达到政策性粮食储备在线监管全覆盖
      en: Policy grain reserves fully under online supervision
  - name: depot_project_major_incident
    kind: boolean
    label:
      zh: 粮库改造发生重大工程质量安全事故或其他重大违法违规问题
      en: Major accident or violation in the depot upgrade
  - name: has_military_grain_project
    kind: boolean
    fact: true
    label:
      zh: 有中、省财政补助的军民融合军粮供应工程项目
      en: Has a central/provincial-funded military grain supply project
  - name: military_project_plan_change
    kind: choice
    label:
      zh: 军粮供应工程规划执行情况
      en: "Military grain project: changes to the plan"
    options: [none, minor, major]
    option_labels:
      none:
        zh: 按照原规划执行
        en: carried out as planned
      minor:
        zh: 规划变动较小
        en: minor changes
      major:
        zh: 规划变动较大
        en: major changes
  - name: military_project_progress
    kind: choice
    label:
      zh: 军粮供应工程项目进度
      en: "Military grain project: progress"
    options: [on_schedule, behind, not_started]
    option_labels:
      on_schedule:
        zh: 已开工且进度符合工期
        en: started and on schedule
      behind:
        zh: 已开工但进度滞后
        en: started but behind
      not_started:
        zh: 未开工
        en: not started
  - name: military_own_plan_implemented
    kind: boolean
    label:
      zh: （无补助项目）自行开展军粮供应保障能力和信息化建设，有完整规划并得以实施
      en: (No funded project) own military-supply capacity building with a complete plan carried out
  - name: military_own_emergency_capable
    kind: boolean
    label:
      zh: （无补助项目）军粮保障建设有实质性内容，能满足应急供应需要
      en: (No funded project) the work is substantive and meets emergency supply needs
  - name: military_project_misuse
    kind: boolean
    label:
      zh: 出现套取中央资金、随意调整规划、违规使用资金、设施闲置、工程质量不达标等问题
      en: Central funds defrauded, plan changed at will, funds misused, facilities idle or sub-standard
  - name: military_project_misuse_severe
    kind: boolean
    label:
      zh: 上述问题严重
      en: The problem is serious
  - name: has_post_harvest_projects
    kind: boolean
    fact: true
    label:
      zh: 获得粮食产后服务体系建设项目
      en: Received grain post-harvest service system projects
  - name: post_harvest_centers_built_share
    kind: percent
    unit: "%"
    label:
      zh: 粮食产后服务中心建成数量占年度计划比例
      en: Post-harvest service centres built as a share of the plan
    range: [0%, 200%]
  - name: eco_drying_facilities
    kind: boolean
    label:
      zh: 推广环保烘干等产后服务技术，按环保要求建设、改造烘干设施
      en: Eco-friendly drying promoted; drying facilities built to environmental standards
  - name: post_harvest_power_price
    kind: boolean
    label:
      zh: 协调落实粮食产后服务中心优惠电价等支持政策
      en: Preferential power prices and other support secured for the centres
  - name: post_harvest_work_effective
    kind: boolean
    label:
      zh: （无项目）积极开展粮食产后服务体系建设并取得良好效果
      en: (No project) post-harvest service work done with good results
  - name: grain_saving_campaign
    kind: boolean
    label:
      zh: 开展爱粮节粮宣传教育等有具体措施
      en: Concrete measures to promote grain saving
  # ---- Indicators 30–33 仓储设施保护；政策性粮食公开交易；产销合作
  - name: storage_registration_system
    kind: boolean
    label:
      zh: 建立粮油仓储物流设施备案管理制度并实施动态管理
      en: Registration of storage and logistics facilities with dynamic management
  - name: storage_facility_violations
    kind: boolean
    label:
      zh: 出现违规拆除、迁移、侵占、损坏或擅自改变用途等保护不力情况
      en: Facilities illegally demolished, moved, occupied, damaged or repurposed
  - name: policy_grain_public_trading
    kind: boolean
    label:
      zh: 政策性粮食购销、轮换通过规范交易市场公开竞价或在线协商交易
      en: Policy grain traded openly through regulated markets or online platforms
  - name: production_marketing_cooperation
    kind: boolean
    label:
      zh: 采取具体政策措施开展粮食产销合作并取得积极成效
      en: Concrete producer–consumer cooperation measures with positive results
  # ---- Indicators 34–35 国有粮食企业改革；混合所有制
  - name: backbone_soe_cultivated
    kind: boolean
    label:
      zh: 培育治理完善、实力强的跨区域骨干国有粮食企业并发挥载体作用
      en: A strong, well-governed cross-regional state grain company cultivated
  - name: mixed_ownership_plan
    kind: boolean
    label:
      zh: 对稳妥发展混合所有制粮食企业有安排部署
      en: Plans made for mixed-ownership grain companies
  - name: mixed_ownership_results
    kind: boolean
    label:
      zh: 发展混合所有制粮食经济有成效
      en: Mixed-ownership grain economy shows results
  # ---- Indicator 36 粮食产业升级、主食产业化、优质粮食工程
  - name: tech_guidance_document
    kind: boolean
    label:
      zh: 制定印发“科技兴粮”指导文件（有效）
      en: “Science for grain” guidance document issued and in force
  - name: tech_work_supported
    kind: boolean
    label:
      zh: 支持粮食科技工作
      en: Grain science work supported
  - name: tech_innovation_platform
    kind: boolean
    label:
      zh: 开展推进粮食科技创新平台发展等工作
      en: Grain innovation platforms promoted
  - name: tech_achievement_matching
    kind: boolean
    label:
      zh: 开展科技成果对接服务工作
      en: Matching services for research results
  - name: grain_science_popularization
    kind: boolean
    label:
      zh: 开展粮食科普工作
      en: Grain science popularisation
  - name: industry_support_policies
    kind: boolean
    label:
      zh: 在品牌建设、产业集聚、发展环境等方面出台具体政策措施及提供支持
      en: Concrete policies for brands, clustering and the business environment
  - name: high_quality_development_results
    kind: boolean
    label:
      zh: 推动粮食产业高质量发展、创新发展模式取得明显成效
      en: Clear results in high-quality development and new business models
  - name: staple_food_support
    kind: boolean
    label:
      zh: 对推动主食产业化发展提供具体支持
      en: Concrete support for industrial staple-food production
  - name: is_good_grain_oil_key_county
    kind: boolean
    fact: true
    label:
      zh: 属于“中国好粮油”重点支持县市区
      en: Is a key county of the “China good grain and oil” programme
  - name: good_grain_oil_key_requirements_met
    kind: boolean
    label:
      zh: （重点支持县）推进“中国好粮油”行动计划，目标明确、措施具体、效果良好，定期发布品质测报测评报告
      en: (Key county) programme run well, with regular quality reports
  - name: good_grain_oil_action
    kind: boolean
    label:
      zh: （其他县市区）积极开展“好粮油”行动计划
      en: (Other county) “good grain and oil” action carried out
  # ---- Indicators 37–38 耕地土壤污染防治；粮食生产禁止区划定
  - name: soil_pollution_plan
    kind: boolean
    label:
      zh: 制定土壤污染防治年度工作计划
      en: Annual soil-pollution prevention plan drawn up
  - name: soil_plan_filed
    kind: boolean
    label:
      zh: 年度工作计划报送县市区生态环境局备案
      en: Plan filed with the county ecology and environment bureau
  - name: heavy_metal_reduction_met
    kind: boolean
    label:
      zh: 完成2019年度涉重金属重点行业排放量减排指标
      en: 2019 heavy-metal emission reduction targets met
  - name: heavy_metal_list_updated
    kind: boolean
    label:
      zh: 排查涉重金属重点企业并动态更新全口径企业清单
      en: Heavy-metal enterprises surveyed and the full list kept up to date
  - name: soil_classification_township_share
    kind: percent
    unit: "%"
    label:
      zh: 完成耕地土壤环境质量类别划分的乡镇比例
      en: Share of townships whose farmland soil has been classified
    range: [0%, 100%]
  - name: contaminated_land_plan_implemented
    kind: boolean
    label:
      zh: 细化受污染耕地安全利用、严格管控和治理修复方案并组织实施
      en: Plans for safe use, strict control and remediation of polluted farmland carried out
  - name: soil_product_co_monitoring
    kind: boolean
    label:
      zh: 开展土壤-农产品协同监测
      en: Joint soil and farm-produce monitoring carried out
  - name: nitrogen_phosphorus_monitoring
    kind: boolean
    label:
      zh: 开展农田氮磷流失监测
      en: Farmland nitrogen and phosphorus loss monitoring carried out
  # ---- Indicator 39 加强粮食质量检验检测
  - name: inspection_tasks_completed
    kind: boolean
    label:
      zh: 各检验检测机构按要求完成粮食质量安全检验检测任务
      en: Testing bodies completed their grain quality and safety testing tasks
  - name: inspection_points_kept
    kind: ratio
    label:
      zh: 检验检测任务未完成时酌情保留的得分比例
      en: Share of the 1 point kept when testing tasks are not completed (discretionary)
    range: [0%, 100%]
    note: “否则视情况酌情扣分”，任务完成时不起作用。
  # ---- Indicator 40 粮食质量安全监管；超标粮食处置；进口粮食；粮油品牌
  - name: excess_grain_rules_issued
    kind: boolean
    label:
      zh: 以县级政府或部门联合文件出台超标粮食处置管理办法
      en: County rules for disposing of excess grain issued
  - name: mandatory_test_items_set
    kind: boolean
    label:
      zh: 制定粮食收购和出库必检项目
      en: Mandatory test items for purchase and release set
  - name: unsafe_grain_outflow
    kind: boolean
    label:
      zh: 本县市区为不符合食品安全标准粮食的流出地
      en: The county was the origin of grain that failed food-safety standards
  - name: unsafe_grain_inflow_mishandled
    kind: boolean
    label:
      zh: 本县市区为流入地或食品生产地且处置不到位
      en: The county received such grain and did not deal with it properly
  - name: import_epidemic_system
    kind: boolean
    label:
      zh: 建立进口粮食疫情联防联控等制度且运作良好
      en: Joint epidemic prevention for imported grain set up and working
  - name: import_epidemic_lapses
    kind: count
    unit: "起"
    label:
      zh: 未及时发现进口粮食疫情扩散风险或疫情未及时有效控制的起数
      en: Imported-grain epidemic risks missed or not contained
    range: [0, 20]
  - name: import_port_auto_sampling
    kind: boolean
    label:
      zh: 年进口超过100万吨的口岸中配备自动取样系统的达50%
      en: Half of the ports importing over 1 Mt a year have automatic sampling
  - name: import_risk_system
    kind: boolean
    label:
      zh: 督促进口粮食储备、加工企业落实安全风险和疫情防控制度且运作良好
      en: Import storage and processing companies keep risk and epidemic controls
  - name: import_risk_lapses
    kind: count
    unit: "起"
    label:
      zh: 进口粮食网络非法销售未及时查处、非法流向未及时处罚的起数
      en: Illegal online sales or diversion of imported grain not dealt with
    range: [0, 20]
  - name: brand_plan
    kind: boolean
    label:
      zh: 县级政府对粮油商标品牌发展有明确规划或作出工作部署
      en: County government has a plan for grain and oil brands
  - name: brand_registrations_growth
    kind: boolean
    label:
      zh: 市域粮油地理标志或区域商标品牌注册量排名全省前列或稳定合理增长
      en: Geographical indications and regional brands rank high or grow steadily
  - name: brand_protection_effective
    kind: boolean
    label:
      zh: 强化地理标志、区域品牌保护运用，维护市场秩序效果明显
      en: Brand protection clearly effective
  - name: brand_infringement_mishandled
    kind: boolean
    label:
      zh: 执法保护不力，出现全国性影响的侵权事件并处置不力
      en: Infringement with national impact, poorly handled
  # ---- Indicator 41 粮食质量安全监管机构、检验监测机构建设；库存粮油质量监管
  - name: has_county_inspection_agency
    kind: boolean
    fact: true
    label:
      zh: 有县级粮油质检机构
      en: The county has a grain and oil quality inspection agency
  - name: inspection_agency_operational
    kind: boolean
    label:
      zh: 采取有效措施保障县级粮食质量安全检验监测机构正常运行
      en: Measures keep the county inspection agency running normally
  - name: in_quality_inspection_project
    kind: boolean
    fact: true
    label:
      zh: 列入2018~2019年度国家“优质粮食工程”质检体系建设项目
      en: Listed in the 2018–2019 national quality-grain project for inspection capacity
  - name: quality_project_completion
    kind: percent
    unit: "%"
    label:
      zh: “优质粮食工程”质检体系建设任务完成比例
      en: Completion of the quality-inspection building tasks
    range: [0%, 100%]
  - name: inventory_quality_check_done
    kind: boolean
    label:
      zh: 按要求完成大清查质量检查，结果准确，问题及时整改
      en: Inventory-check quality tests done accurately with problems fixed
  - name: inventory_quality_points_kept
    kind: ratio
    label:
      zh: 大清查质量检查未达要求时酌情保留的得分比例
      en: Share of the 1 point kept when the inventory quality checks fall short (discretionary)
    range: [0%, 100%]
    note: “否则视情况酌情扣分”，达到要求时不起作用。
  - name: inspection_data_falsified
    kind: boolean
    label:
      zh: 大清查样品质量检验数据弄虚作假、故意隐瞒真实数据
      en: Inventory-check test data falsified or concealed
  # ---- Indicator 42 粮食风险基金
  - name: risk_fund_local_share_paid
    kind: boolean
    label:
      zh: 及时足额安排粮食风险基金地方分担部分
      en: Local share of the grain risk fund paid on time and in full
  - name: risk_fund_use_compliant
    kind: boolean
    label:
      zh: 粮食风险基金使用符合国家有关规定
      en: The grain risk fund is used as state rules require
  # ---- Indicator 43 落实工作责任
  - name: talent_tasks
    kind: boolean
    label:
      zh: 落实“人才兴粮”重点任务，拓宽人才渠道，培树宣传先进典型
      en: “Talent for grain” tasks carried out; role models promoted
  - name: food_security_normative_document
    kind: boolean
    label:
      zh: 出台粮食安全保障规范性文件
      en: A normative document on food security issued
  - name: leaders_studied_food_security
    kind: boolean
    label:
      zh: 县级政府领导同志主持研究粮食安全工作
      en: County leaders chaired a meeting on food security
  - name: leaders_field_research
    kind: boolean
    label:
      zh: 县级政府领导同志对粮食安全工作进行专题调研
      en: County leaders made a field study of food security
  - name: responsibility_work_plan_submitted
    kind: boolean
    label:
      zh: 按榆粮安考核办〔2019〕7号要求制定并报送粮食安全省长责任制工作方案
      en: 2019 work plan for the governor's food-security responsibility drawn up and submitted
  - name: department_duties_fulfilled
    kind: boolean
    label:
      zh: 落实农业、粮食等相关行政主管部门职责任务
      en: Agriculture, grain and other departments carried out their duties
  - name: enforcement_capacity_adequate
    kind: boolean
    label:
      zh: 农业、粮食执法监管力量、经费、装备满足工作需求
      en: Enforcement staff, funds and equipment meet the needs
  - name: hotline_work_and_publicity
    kind: boolean
    label:
      zh: 承办12325热线投诉举报线索核查工作并积极开展热线宣传活动
      en: 12325 hotline complaints checked and the hotline publicised
  - name: hotline_notified_count
    kind: count
    unit: "次"
    label:
      zh: 12325热线被国家局（省、市局）通报次数
      en: Times the county was named in a notice over the 12325 hotline
    range: [0, 50]
  - name: hotline_overdue_count
    kind: count
    unit: "次"
    label:
      zh: 12325热线核查超过办理期限次数
      en: 12325 cases handled after the deadline
    range: [0, 50]
  - name: hotline_returned_count
    kind: count
    unit: "次"
    label:
      zh: 12325热线被国家局（省、市局）退回重办次数
      en: 12325 cases returned for re-handling
    range: [0, 50]

areas:
  - id: a1
    title:
      zh: 一、确保耕地面积基本稳定、质量不下降，粮食生产稳定发展，粮食可持续生产能力不断增强（38分）
      en: Keep arable land stable and its quality from falling; steady grain production and growing sustainable capacity
    points: 38
    items:
      - id: k1
        title:
          zh: （一）保护耕地
          en: Protect arable land
        points: 15
        indicators:
          # ---- indicator 1
          - id: i1
            numbers: [1]
            title:
              zh: 耕地保有量；基本农田保护
              en: Arable land quota; basic farmland protection
            points: 8
            lead: [自然资源和规划局]
            cooperating: [农业农村局, 水利局, 发展改革和科技局]
            clauses:
              - id: i1_arable_quota
                points: 3
                text: "2019 年末耕地面积大于或等于规划下达的耕地保有量的， 得 3 分 ，否则不得分。"
                formula: 'award(arable_land_meets_quota, 3)'
              - id: i1_permanent_farmland
                points: 3
                text: "永久基本农田中耕地面积大于或等于规划下达的永久基本农田保护目标任务的， 得 3 分 ；永久基本农田中耕地面积加上可调整地类面积大于或等于规划下达的永久基本农田保护目标任务，其中可调整地类面积小于等于 100 万亩的， 得 3 分 ，大于 100 万亩，小于等于 300 万亩的， 得 2 分 ，大于 300 万亩的， 得 1 分 ；否则不得分。"
                formula: |-
                  if permanent_farmland_meets_target then 3
                  else if permanent_farmland_with_adjustable_meets_target
                    then tiers_at_most(adjustable_land_area, 100 => 3, 300 => 2, else: 1)
                  else 0
                note: "The alternatives share the 3 points: full target met → 3; met only with adjustable land → by the adjustable area (≤100万亩 3, ≤300万亩 2, more 1)."
              - id: i1_protection_measures
                points: 2
                text: "按照《自然资源部 农业农村部关于加强和改进永久基本农田保护工作的通知》要求，结合地方实际，研究加强和改进永久基本农田保护具体操作办法的， 得 2 分 ；否则不得分。"
                formula: 'award(permanent_farmland_measures, 2)'
          # ---- indicator 2
          - id: i2
            numbers: [2]
            title:
              zh: 耕地质量保护与提升；耕地质量监测体系建设
              en: Farmland quality protection and improvement; quality monitoring system
            points: 4
            lead: [农业农村局]
            cooperating: [自然资源和规划局]
            clauses:
              - id: i2_project_tasks
                points: 1
                text: "按本县市区土地（耕地）保护利用规划或方案要求，全部完成项目建设任务的， 得 1 分 ；年度工作任务完成率每减少 10 个百分点， 扣 0.1 分，扣完为止 。"
                formula: 'deduct(1, per: 0.1, unit: 10%, shortfall: 100% - land_protection_task_completion, floor: 0, whole: deduction_counting == "whole_points")'
              - id: i2_quality_techniques
                points: 1
                text: "耕地质量保护与提升技术推广实现全覆盖的县区， 得 1 分 。未实现全覆盖的县区，耕地质量保护与提升技术推广面积比上一年有增加的， 得 0.8 分 ；在此基础上，推广面积增加 10% 以上的， 得 0.2 分 ；否则不得分。"
                formula: |-
                  if quality_tech_full_coverage then 1
                  else if quality_tech_area_change >= 10% then 0.8 + 0.2   # 有增加 0.8, 在此基础上增加10%以上 +0.2
                  else if quality_tech_area_change > 0 then 0.8
                  else 0
                note: “10%以上” is read as ≥10% (以上 includes the number).
              - id: i2_monitoring_network
                points: 1.5
                text: "①耕地质量监测网络建设。辖区建立耕地质量监测网络，监测点数量达到基准数的（按统计部门公布的耕地面积，平均每 10 万亩设置 1 个监测点计，得出结果即为各市区域耕地质量监测点基准数）， 得 1.5 分 ；小于基准数但超过或等于基准数 50%的， 得 1.2 分 ；小于基准数 50%的， 不得分 。"
                formula: |-
                  # benchmark = one point per 100,000 mu (10万亩) of cultivated land
                  tiers(quality_monitoring_points / (cultivated_land_area / 10), 100% => 1.5, 50% => 1.2, else: 0)
              - id: i2_monitoring_report
                points: 0.5
                text: "②编制发布本行政区域年度耕地质量监测报告。由县市区政府或县级农业农村主管部门正式印发的， 得 0.5 分 ；由县县级农业农村耕地质量监测保护机构正式印发的， 得 0.3 分 ；否则不得分。"
                formula: |-
                  if quality_report_issuer == "government" then 0.5
                  else if quality_report_issuer == "monitoring_agency" then 0.3
                  else 0
                note: The source's “县县级” is a typo kept verbatim.
          # ---- indicator 3
          - id: i3
            numbers: [3]
            title:
              zh: 耕地质量等级提升
              en: Farmland quality grade
            points: 3
            lead: [农业农村局, 自然资源和规划局]
            cooperating: []
            clauses:
              - id: i3_grade_change
                points: 3
                text: "耕地质量等级与上一年相比持平的，得 2.4分 ；有提高的，每提高0.1等，在2.4分的基础上加 0.3分，加满为止 ；有降低的，每降低0.1等，在2.4分的基础上扣 0.5分，扣完为止 。"
                formula: |-
                  if cultivated_quality_grade_change >= 0
                  then add_capped(2.4, per: 0.3, unit: 0.1, gain: cultivated_quality_grade_change, cap: 3, whole: deduction_counting == "whole_points")
                  else deduct(2.4, per: 0.5, unit: 0.1, shortfall: -cultivated_quality_grade_change, floor: 0, whole: deduction_counting == "whole_points")
      - id: k2
        title:
          zh: （二）提高粮食生产能力
          en: Raise grain production capacity
        points: 23
        indicators:
          # ---- indicator 4
          - id: i4
            numbers: [4]
            title:
              zh: 粮食生产科技水平
              en: Technology level of grain production
            points: 5
            lead: [农业农村局]
            cooperating: [发展改革和科技局]
            clauses:
              - id: i4_main_techniques
                points: 2.5
                text: "农业主推技术到位率不低于95%的，得2.5分；每减少1个百分点，扣0.5分；低于90%不得分。"
                formula: |-
                  if main_tech_adoption_rate < 90% then 0
                  else deduct(2.5, per: 0.5, unit: 1%, shortfall: 95% - main_tech_adoption_rate, floor: 0, whole: deduction_counting == "whole_points")
              - id: i4_mechanization_policy
                points: 0.5
                text: "县级人民政府强化促进农业机械化发展支持政策，深入实施主要农作物生产全程机械化推进行动，目标明确，措施具体，加快补齐机械化高效种植、收获、植保、烘干等短板，有明显成效的，得0.5分；否则不得分。"
                formula: 'award(mechanization_policy_effective, 0.5)'
              - id: i4_mechanization_rate
                points: 2
                text: "小麦、水稻、玉米作物耕种收综合机械化率。①上一年度达到85%以上（含）的县市区：2019年维持原有水平或提升的，得2分；否则按完成情况酌情减分。②上一年度在85%以下的县市区：2019年至少提升1个百分点的，得2分；否则按完成情况酌情减分。各县市区主要粮食作物机械化率考核范围参照上一年度发展指标完成情况的通报。"
                formula: |-
                  if (mechanization_rate_last_year >= 85% and mechanization_rate_change >= 0)
                     or (mechanization_rate_last_year < 85% and mechanization_rate_change >= 1%)
                  then 2
                  else 2 * mechanization_points_kept   # 否则按完成情况酌情减分
                note: 酌情减分 is modelled as a share of the 2 points kept (mechanization_points_kept), set by the assessor.
          # ---- indicator 5
          - id: i5
            numbers: [5]
            title:
              zh: 粮食种植面积；粮食总产量
              en: Grain sown area; total grain output
            points: 6
            lead: [统计局, 农业农村局]
            cooperating: []
            clauses:
              - id: i5_sown_area
                points: 2
                text: "粮食播种面积与上年相比保持稳定或增加的，得2分；每减少1个百分点，扣0.4分；在分值扣完的基础上，实行倒扣分，最多扣2分。（按照县市区统计局“三农普”数据测算；符合市级规划或发展战略要求的政策性调减（须出具市级相关文件），以及受自然灾害等不可抗力因素影响的（须出具市防总认定的证明材料），剔除相应扣分）。"
                formula: 'deduct(2, per: 0.4, unit: 1%, shortfall: -grain_sown_area_change - grain_sown_area_exempt_reduction, floor: -2, whole: deduction_counting == "whole_points")'
                note: 倒扣 down to −2 is the deduct floor. 剔除相应扣分 is modelled as excused percentage points taken off the reduction.
              - id: i5_grain_output
                points: 2
                text: "粮食产量与上年相比保持稳定或增加的，得2分；每减少1个百分点，扣0.4分；在分值扣完的基础上，实行倒扣分，最多扣2分。（按照县市区统计局“三农普”数据测算；对市地级规划或发展战略造成的产量下降，比如玉米改种大豆后单产下降造成的产量损失，以及自然灾害等不可抗力因素造成的产量损失，剔除相应扣分）。"
                formula: 'deduct(2, per: 0.4, unit: 1%, shortfall: -grain_output_change - grain_output_exempt_reduction, floor: -2, whole: deduction_counting == "whole_points")'
                note: Same shape as i5_sown_area.
              - id: i5_functional_zones
                points: 2
                text: "按照《国务院关于建立粮食生产功能区和重要农产品生产保护区的指导意见》（国发〔2017〕24号）要求，全面完成本县市区粮食生产功能区和重要农产品生产保护区划定任务并将划定地块数据全部上图入库、建档立卡的，得2分；全面完成本县市区划定任务，划定地块数据上图入库、建档立卡90%以上的，得1.6分；只全面完成本县市区划定任务的，得0.8分；否则不得分。"
                formula: |-
                  if functional_zones_delineated
                  then tiers(functional_zones_mapped_share, 100% => 2, 90% => 1.6, else: 0.8)
                  else 0
                note: “90%以上” is read as ≥90%.
          # ---- indicator 6
          - id: i6
            numbers: [6]
            title:
              zh: 粮食主产区及粮食功能区建设，育种体系建设
              en: Main grain areas and functional zones; seed breeding system
            points: 4
            lead: [农业农村局]
            cooperating: [发展改革和科技局, 财政局, 自然资源和规划局, 水利局]
            clauses:
              - id: i6_farmland_focus
                points: 1
                text: "各县市区承担的高标准农田建设任务集中投向产粮大县或粮食生产功能区的，得1分；对非产粮大县，高标准农田建设任务集中投向粮食生产功能区的，得1分；"
                formula: |-
                  award(if county_type == "major_grain" then hsf_concentrated_major_or_zones
                        else hsf_concentrated_in_zones, 1)
                note: The two sentences are alternatives by kind of county (they share 1 point), otherwise the indicator would exceed its 4 points.
              - id: i6_county_funds
                points: 1
                text: "除中省市财政资金外，安排县级财政资金支持粮食生产功能区建设的，得1分；否则不得分。"
                formula: 'award(county_funds_for_functional_zones, 1)'
              - id: i6_seed_base
                points: 1.5
                text: "县级人民政府制定落实加快国家或省级区域性良种繁育基地或地方特色种子种苗基地等建设的政策措施，并纳入县市区政府重点事项督导考核的，得1.5分，否则不得分；其它县市区：推广良种，开展引进、筛选优良品种试验示范的，得1.5分，否则不得分。"
                formula: |-
                  award(if has_seed_breeding_base then seed_base_policy_in_supervision
                        else improved_variety_trials, 1.5)
                note: The first sentence is read as applying to counties with a seed-breeding base, “其它县市区” to the rest.
              - id: i6_seed_cases
                points: 0.5
                text: "上级指定的种子违法案件全部查处或未发生重大种子违法案件的，得0.5分，查处率每降低10个百分点，得分减少0.1分，扣完为止。"
                formula: 'deduct(0.5, per: 0.1, unit: 10%, shortfall: 100% - seed_case_handling_rate, floor: 0, whole: deduction_counting == "whole_points")'
          # ---- indicator 7
          - id: i7
            numbers: [7]
            title:
              zh: 高标准农田（其中粮田）建设
              en: High-standard farmland (grain fields) construction
            points: 3
            lead: [农业农村局]
            cooperating: [发展改革和科技局, 财政局, 水利局, 自然资源和规划局]
            clauses:
              - id: i7_evaluation
                points: 3
                text: "根据农业农村部制定的《高标准农田建设评价激励实施办法（试行）》（农建发〔2019〕1号）确定的评分标准（办法附件评价标准1-10项）执行。"
                formula: 'proportional(hsf_evaluation_share, 100%, 3)'
                note: The source delegates to an external standard; Kaohe scales the 3 points by the county's share of that standard's full marks.
          # ---- indicator 8
          - id: i8
            numbers: [8]
            title:
              zh: 农田水利设施建设；农业节水重大工程建设
              en: Farmland water conservancy; major agricultural water-saving works
            points: 5
            lead: [水利局, 农业农村局]
            cooperating: [发展改革和科技局, 财政局]
            clauses:
              - id: i8_large_district
                points: 0.5
                text: "农业节水重大工程建设：①大型灌区续建配套与节水改造完成年度投资计划90%及以上的， 得0.5分 ，否则按投资计划完成率/90%对应比例得分；"
                formula: 'if has_large_irrigation_district then proportional(large_district_investment_completion, 90%, 0.5) else 0'
                note: Lead 水利局 (cooperating 发展改革和科技局, 财政局, 农业农村局). Without such a project its 0.5 moves to ② and ③.
              - id: i8_large_district_local_funds
                points: 0
                text: "地方配套资金落实率D在85%≤D<100%，70%≤D<85%，50%≤D<70%，D<50%区间的，分别扣减0.01分，0.02分，0.03分，0.04分。"
                formula: |-
                  if has_large_irrigation_district
                  then -min(i8_large_district,
                            tiers(large_district_local_funding_rate, 100% => 0, 85% => 0.01, 70% => 0.02, 50% => 0.03, else: 0.04))
                  else 0
                note: A deduction from ①'s large-district score (never below 0); D = 100% deducts nothing.
              - id: i8_medium_district
                points: 0.5
                text: "重点中型灌区节水配套改造完成年度投资计划80%及以上的， 得0.5分 ，否则按投资计划完成率/80%对应比例得分。"
                formula: 'if has_key_medium_irrigation_project then proportional(medium_district_investment_completion, 80%, 0.5) else 0'
              - id: i8_irrigated_area
                points: 0.5
                text: "②农田有效灌溉面积保持稳定或增加的， 得0.5分，否则不得分 。"
                formula: |-
                  # 0.5, plus 0.25 for each missing large/medium project (若当年度……无……项目，对应项赋分平均分配至第②项和第③项)
                  award(effective_irrigated_area_change >= 0,
                        0.5 + (if has_large_irrigation_district then 0 else 0.25) + (if has_key_medium_irrigation_project then 0 else 0.25))
              - id: i8_district_management
                points: 0.4
                text: "③持续推进大中型灌区管理体制变革，大中型灌区管理单位公益性人员基本支出和工程维修养护经费足额落实的， 得0.4分 ，否则按落实率D（已落实/已批复的公益性人员基本支出和工程维修养护经费）相应比例得分。若当年度该县市区无大型灌区续建配套与节水改造或重点中型灌区节水配套改造项目，对应项赋分平均分配至第②项和第③项。"
                formula: |-
                  proportional(irrigation_management_funding_rate, 100%,
                               0.4 + (if has_large_irrigation_district then 0 else 0.25) + (if has_key_medium_irrigation_project then 0 else 0.25))
              - id: i8_efficient_irrigation
                points: 1.6
                text: "农田水利设施建设（高效节水灌溉建设）考核，根据农业农村部制定的《高标准农田建设评价激励实施办法（试行）》（农建发〔2019〕1号）确定的评分标准（办法附件评价标准1-10项）执行， 得1.6分 。"
                formula: 'proportional(efficient_irrigation_evaluation_share, 100%, 1.6)'
                note: Lead 农业农村局 (cooperating 发展改革和科技局, 财政局, 水利局). External standard, scaled like indicator 7.
              - id: i8_reform_new_area
                points: 0.34
                text: "推进农业水价综合改革。①年度实际新增改革实施面积达到年度计划100%的，得 0.34分 ，低于50%不得分，50%~100%按比例得分。"
                formula: |-
                  # 各县市区得分按各改革实施区域面积加权平均计算
                  weighted_average(
                    proportional(canal_new_reform_area_completion, 100%, 0.34, from: 50%) => canal_reform_area,
                    proportional(well_new_reform_area_completion, 100%, 0.34, from: 50%) => well_reform_area)
                note: Lead 水利局 for the water-price reform (cooperating 发展改革和科技局, 财政局, 农业农村局). ①–⑤ are averaged over the reform areas (灌区, 井灌区) weighted by their area.
              - id: i8_reform_metering
                points: 0.22
                text: "②农业供水计量设施配套完善的，得 0.22分 ，其中大中型灌区骨干与田间工程分界点实现计量供水，井灌区计量到井（包括以电折水），未全部实现的按计量控制面积占实施面积的比例得分。"
                formula: |-
                  weighted_average(
                    proportional(canal_metering_share, 100%, 0.22) => canal_reform_area,
                    proportional(well_metering_share, 100%, 0.22) => well_reform_area)
              - id: i8_reform_water_quota
                points: 0.22
                text: "③农业用水总量指标分解到用水主体的，得 0.22分 ，未全部实现的按分解到用水主体的面积占实施面积的比例得分。"
                formula: |-
                  weighted_average(
                    proportional(canal_water_quota_share, 100%, 0.22) => canal_reform_area,
                    proportional(well_water_quota_share, 100%, 0.22) => well_reform_area)
              - id: i8_reform_maintenance
                points: 0.24
                text: "④田间工程落实管护主体和管护责任的，得 0.24分 ，未全部实现的按落实管护主体和管护责任的面积占实施面积的比例得分。"
                formula: |-
                  weighted_average(
                    proportional(canal_maintenance_share, 100%, 0.24) => canal_reform_area,
                    proportional(well_maintenance_share, 100%, 0.24) => well_reform_area)
              - id: i8_reform_water_price
                points: 0.24
                text: "⑤将农业水价调整到不低于工程运行维护成本水平（含已对外公布分步调价计划）的，得 0.24分 ；未公布但已制定调价计划，并已开始成本监审或成本调查的，按50%赋分。各县市区得分按各改革实施区域面积加权平均计算。"
                formula: |-
                  weighted_average(
                    (if canal_water_price_status == "at_cost" then 0.24 else if canal_water_price_status == "plan_with_cost_survey" then 0.12 else 0) => canal_reform_area,
                    (if well_water_price_status == "at_cost" then 0.24 else if well_water_price_status == "plan_with_cost_survey" then 0.12 else 0) => well_reform_area)
                note: “各县市区得分按各改革实施区域面积加权平均计算” is applied to ①–⑤; ⑥ is about county finances and is not averaged.
              - id: i8_reform_upper_funds
                points: 0.12
                text: "⑥及时分解下达中、省、市财政水利发展资金（用于农业水价综合改革部分）的，并用于精准补贴和节水奖励的，得 0.12分 。"
                formula: 'award(reform_upper_funds_used, 0.12)'
              - id: i8_reform_county_funds
                points: 0.12
                text: "县级财政安排农业水价综合改革资金，并用于精准补贴和节水奖励的，得 0.12分 。"
                formula: 'award(reform_county_funds_used, 0.12)'
  - id: a2
    title:
      zh: 二、落实和完善粮食扶持政策，抓好粮食收购，保护种粮积极性（6分）
      en: Implement grain support policies, manage grain purchasing, protect farmers' incentive to grow grain
    points: 6
    items:
      - id: k3
        title:
          zh: （三）落实和完善粮食扶持政策
          en: Implement and improve grain support policies
        points: 2
        indicators:
          # ---- indicator 9
          - id: i9
            numbers: [9]
            title:
              zh: 落实耕地地力保护补贴政策
              en: Farmland-fertility protection subsidy
            points: 1
            lead: [财政局]
            cooperating: [农业农村局]
            clauses:
              - id: i9_land_subsidy
                points: 0.5
                text: "按国家规定发放耕地地力保护补贴，且当年预算执行达到95%以上的，得 0.5分 ，否则不得分；"
                formula: 'if subsidy_misuse then 0 else award(land_subsidy_paid and land_subsidy_budget_execution >= 95%, 0.5)'
                note: “95%以上” is read as ≥95%. 此项不得分 on misuse.
              - id: i9_other_subsidies
                points: 0.5
                text: "按国家规定及时足额发放其他粮食相关补贴的，得 0.5分 ，否则不得分。"
                formula: 'if subsidy_misuse then 0 else award(other_grain_subsidies_paid, 0.5)'
              - id: i9_misuse
                points: 0
                kind: penalty
                text: "出现挤占、截留、挪用和套取补贴等违规行为的， 此项不得分，同时倒扣1分 。"
                formula: 'penalty(subsidy_misuse, 1)'
          # ---- indicator 10
          - id: i10
            numbers: [10]
            title:
              zh: 培育新型粮食生产经营主体及社会化服务体系
              en: New grain producers and agricultural services
            points: 1
            lead: [农业农村局]
            cooperating: [发展改革和科技局, 财政局]
            clauses:
              - id: i10_new_producers
                points: 1
                text: "完成农业生产发展项目中农民专业合作社、家庭农场年度绩效目标，集中连片农业生产托管服务小农户稳步推进，新型职业农民培育满意度超过85%的，得 1分 ，否则不得分。"
                formula: 'award(coop_family_farm_targets_met and farm_trusteeship_progressing and farmer_training_satisfaction > 85%, 1)'
                note: "“超过85%” is strict: exactly 85% does not qualify."
      - id: k4
        title:
          zh: （四）抓好粮食收购
          en: Manage grain purchasing
        points: 4
        indicators:
          # ---- indicator 11
          - id: i11
            numbers: [11]
            title:
              zh: 执行粮食收购政策
              en: Carry out grain purchase policy
            points: 2
            lead: [发展改革和科技局]
            cooperating: []
            clauses:
              - id: i11_purchase
                points: 2.5
                text: "认真落实国家粮食收购政策，及时对收购工作作出安排部署，积极开展市场化收购，粮食收购平稳有序，未出现大范围农民“卖粮难”的，得 2.5分 ，否则不得分。"
                formula: 'award(grain_purchase_well_organized and not widespread_selling_difficulty, 2.5)'
                note: "The clause awards 2.5 but the indicator is allotted 2: with cap_indicators (default) the indicator keeps 2."
              - id: i11_exposed
                points: 0
                kind: penalty
                text: "出现农民“卖粮难”被新闻媒体曝光或市、县政府以上领导同志批示的， 倒扣1.0分 ；"
                formula: 'penalty(selling_difficulty_exposed, 1)'
              - id: i11_unresolved
                points: 0
                kind: penalty
                text: "未及时采取有效措施妥善解决、造成不良社会影响的， 再倒扣2.0分 。"
                formula: 'penalty(selling_difficulty_exposed and selling_difficulty_unresolved, 2)'
                note: 再倒扣 applies on top of the first 倒扣, so it needs the exposure too.
          # ---- indicator 12
          - id: i12
            numbers: [12]
            title:
              zh: 安排收购网点
              en: Arrange purchase points
            points: 1
            lead: []
            cooperating: []
            clauses:
              - id: i12_excess_grain_measures
                points: 0.5
                text: "县市区级人民政府采取措施抓好超标粮食收购及处置的，得0.5分，否则不得分；"
                formula: |-
                  if excess_grain_clauses == "either_or" and not excess_grain_found then 0   # the next clause applies instead
                  else award(excess_grain_measures, 0.5)
              - id: i12_no_excess_grain
                points: 0.5
                text: "如未发现超标粮食，得0.5分。"
                formula: 'award(not excess_grain_found, 0.5)'
          # ---- indicator 13
          - id: i13
            numbers: [13]
            title:
              zh: 组织落实收购资金
              en: Organize purchase funds
            points: 1
            lead: [发展改革和科技局]
            cooperating: [农发行子洲支行]
            clauses:
              - id: i13_policy_funds
                points: 0.25
                text: "主动协调农发行和辖区内其他金融机构，有效落实政策性粮食收储和轮换等资金，满足地方粮食储备等需要，并严格执行政策性资金管理要求，有效化解风险贷款的，得0.25分；"
                formula: |-
                  if guarantee_fund_overrun or (violation_scope == "indicator" and iou_petitions) then 0
                  else award(policy_grain_funds_secured, 0.25)
                note: 此项不得分 (guarantee-fund overrun) zeroes this clause in both readings; the IOU violation only with violation_scope = indicator.
              - id: i13_financing_mechanism
                points: 0.25
                text: "主动协调农发行及商业银行等辖区内金融机构，同时主产区按市场化方式建立健全粮食收购贷款信用保证基金等融资担保机制，政府以出资为限履行代偿义务，防止发生地方政府隐性债务，鼓励其他地区因地制宜建立健全粮食收购贷款信用保证基金等融资担保机制，多渠道筹措市场化收购资金的，得0.25分；否则不得分。"
                formula: |-
                  if guarantee_fund_overrun or (violation_scope == "indicator" and iou_petitions) then 0
                  else award(purchase_financing_mechanism, 0.25)
              - id: i13_guarantee_overrun
                points: 0
                kind: penalty
                text: "对粮食收购贷款信用保证基金运行中出现政府超出其出资额代偿或因此引发地方政府隐性债务，此项不得分，同时倒扣0.5分。"
                formula: 'penalty(guarantee_fund_overrun, 0.5)'
              - id: i13_no_misappropriation
                points: 0.5
                text: "未出现挤占挪用收购资金的，得0.5分，否则不得分；"
                formula: |-
                  if iou_petitions or (violation_scope == "indicator" and guarantee_fund_overrun) then 0
                  else award(not purchase_funds_misappropriated, 0.5)
              - id: i13_iou_petitions
                points: 0
                kind: penalty
                text: "对给售粮农民“打白条”问题不及时解决导致群体性上访的，此项不得分，同时倒扣0.5分。"
                formula: 'penalty(iou_petitions, 0.5)'
  - id: a3
    title:
      zh: 三、落实地方粮食储备，确保数量真实、质量良好、储存安全（12分）
      en: "Keep local grain reserves: true quantities, good quality, safe storage"
    points: 12
    items:
      - id: k5
        title:
          zh: （五）管好粮食储备
          en: Manage grain reserves
        points: 10
        indicators:
          # ---- indicator 14
          - id: i14
            numbers: [14]
            title:
              zh: 落实粮食储备规模，优化品种结构布局
              en: Reserve scale and variety structure
            points: 4
            lead: [发展改革和科技局]
            cooperating: [财政局, 农发行子洲支行]
            clauses:
              - id: i14_scale
                points: 3
                text: "地方储备粮（含食用植物油）粮权属地方人民政府，其规模库存不低于市上核定下达的规模，得3.0分；"
                formula: 'award(local_reserve_stock_vs_target >= 100%, 3)'
              - id: i14_ration_share
                points: 1
                text: "品种结构合理，口粮比例不低于70%，得1.0分；否则不得分。"
                formula: 'award(reserve_ration_share >= 70%, 1)'
              - id: i14_rotation_gap
                points: 1
                text: "地方储备粮应常年保持充足的实物库存量，正常轮空期原则上不超过4个月，最长不得超过6个月，得1分，否则酌情扣分。"
                formula: |-
                  if reserve_rotation_gap_months <= (if i14_rotation_gap_limit == "within_4_months" then 4 else 6) then 1
                  else 1 * reserve_rotation_points_kept   # 否则酌情扣分
                note: 酌情扣分 is modelled as a share of the point kept (reserve_rotation_points_kept).
              - id: i14_supervision
                points: 1
                text: "完善地方储备粮监管机制，加强储备管理，督促承储企业全面落实主体责任，确保地方储备粮数量真实、质量良好、储存安全，得1分，否则不得分。"
                formula: 'award(reserve_supervision_in_place, 1)'
          # ---- indicator 15
          - id: i15
            numbers: [15]
            title:
              zh: 完善轮换管理和库存监管机制
              en: Rotation management and stock supervision
            points: 2
            lead: []
            cooperating: []
            clauses:
              - id: i15_obstruction
                points: 2
                text: "人为设置障碍、阻挠市级储备粮计划调整和实物正常出库的，倒扣2.0分；"
                formula: |-
                  if i15_award_if_no_obstruction
                  then (if reserve_release_obstructed then 0 else 2)   # the 2 points, removed by 倒扣2.0分
                  else penalty(reserve_release_obstructed, 2)
                note: The indicator has only 倒扣 rules; see policy i15_award_if_no_obstruction.
              - id: i15_severe
                points: 0
                kind: penalty
                text: "情节严重、导致储备粮出库计划无法落实、危及储粮安全的，再倒扣2.0分。"
                formula: 'penalty(reserve_release_obstructed and reserve_release_obstruction_severe, 2)'
          # ---- indicator 16
          - id: i16
            numbers: [16]
            title:
              zh: 落实储备费用、利息和轮换补贴
              en: Reserve fees, interest and rotation subsidies
            points: 4
            lead: []
            cooperating: []
            clauses:
              - id: i16_rules
                points: 2
                text: "制定地方储备粮保管费用、贷款利息和轮换费用补贴管理办法的，得2分，否则不得分。"
                formula: 'award(reserve_cost_rules_issued, 2)'
              - id: i16_funding
                points: 2
                text: "按规定标准足额落实地方储备粮保管费用、贷款利息和轮换费用补贴的，得2分，"
                formula: 'award(reserve_costs_fully_funded, 2)'
              - id: i16_funding_shortfall
                points: 0
                kind: penalty
                text: "否则不得分，同时倒扣3分。"
                formula: 'penalty(not reserve_costs_fully_funded, 3)'
      - id: k6
        title:
          zh: （六）创新粮食储备管理机制
          en: Innovate reserve management
        points: 2
        indicators:
          # ---- indicator 17
          - id: i17
            numbers: [17]
            title:
              zh: 完善政策措施，建立政府储备与社会储备相互补偿的机制
              en: Mutual compensation of government and private reserves
            points: 1
            lead: [发展改革和科技局]
            cooperating: [财政局, 农发行子洲支行]
            clauses:
              - id: i17_mechanism
                points: 0.5
                text: "已经建立机制的，得0.5分；"
                formula: 'award(reserve_compensation_mechanism, 0.5)'
              - id: i17_pilot
                points: 0.5
                text: "已开展试点的，得0.5分，否则不得分。"
                formula: 'award(reserve_compensation_pilot, 0.5)'
          # ---- indicator 18
          - id: i18
            numbers: [18]
            title:
              zh: 落实粮食经营者最低最高库存制度
              en: Minimum and maximum stocks of grain dealers
            points: 1
            lead: []
            cooperating: []
            clauses:
              - id: i18_stock_limits
                points: 1
                text: "落实《陕西省人民政府办公厅关于修订发布粮食经营者最低和最高库存量标准的通知》(陕政办发〔2010〕121号)规定的,得1.0分;否则不得分。"
                formula: 'award(stock_limits_enforced, 1)'
  - id: a4
    title:
      zh: 四、完善粮食调控和监管体系,保障粮食市场供应和价格基本稳定(12分)
      en: Improve grain regulation and supervision; keep market supply and prices stable
    points: 12
    items:
      - id: k7
        title:
          zh: (七)完善粮食调控机制
          en: Improve grain regulation mechanisms
        points: 2
        indicators:
          # ---- indicator 19–20
          - id: i19_20
            numbers: [19, 20]
            title:
              zh: 完善粮食储备调节机制,发挥储备调控作用；支持粮食企业参与政策性粮油交易
              en: Reserve regulation; companies in policy grain trading
            points: 2
            lead: [发展改革和科技局]
            cooperating: [财政局]
            clauses:
              - id: i19_20_online_trading
                points: 2
                text: "有效利用国家粮食电子交易平台服务功能,辖区内企业积极参与国家政策性粮油网上交易的得2.0分,否则不得分。"
                formula: 'award(e_trading_platform_used and enterprises_in_online_trading, 2)'
      - id: k8
        title:
          zh: (八)健全粮食应急供应保障体系
          en: Strengthen emergency grain supply
        points: 4
        indicators:
          # ---- indicator 21–22
          - id: i21_22
            numbers: [21, 22]
            title:
              zh: 完善粮食应急预案,加强粮油供应网络建设；粮食应急供应、加工网点及配套系统建设
              en: Emergency plans and supply network; emergency supply and processing points
            points: 3
            lead: []
            cooperating: []
            clauses:
              - id: i21_22_emergency_plan
                points: 1
                text: "出台县市区级粮食供应应急预案,且近三年内组织过县市区级培训和演练的,得1.0分;"
                formula: |-
                  if violation_scope == "indicator" and military_supply_incident then 0
                  else award(emergency_plan_issued and emergency_drill_within_3_years, 1)
              - id: i21_22_emergency_system
                points: 0.5
                text: "加强粮油应急体系建设,当年有实际投入或政策支持的,得0.5分;否则不得分。"
                formula: |-
                  if violation_scope == "indicator" and military_supply_incident then 0
                  else award(emergency_system_investment, 0.5)
              - id: i21_22_military_supply
                points: 0.5
                text: "加强军粮供应管理,夯实年度目标责任考核体系,扎实推动各项工作落实,军粮供应队伍稳定,及时对接部队按时完成军粮供应任务的,得0.5分;"
                formula: 'if military_supply_incident then 0 else award(military_grain_supply_on_time, 0.5)'
              - id: i21_22_military_inspections
                points: 0.5
                text: "开展军粮质量、军粮财务专项检查且自行整改到位的,得0.5分;"
                formula: 'if military_supply_incident then 0 else award(military_grain_inspections, 0.5)'
              - id: i21_22_military_coordination
                points: 0.5
                text: "落实军粮全国统筹有关要求,积极推进军粮统筹工作的,认真执行《陕西省军粮筹措管理实施办法》,严格落实“三统一”要求的,得0.5分;否则不得分。"
                formula: 'if military_supply_incident then 0 else award(military_grain_coordination, 0.5)'
              - id: i21_22_military_incident
                points: 0
                kind: penalty
                text: "出现非正常断供或漏供、不安全军粮供应部队、套取军粮差价补贴款等问题的,此项不得分;问题严重的,倒扣1.5分。"
                formula: 'penalty(military_supply_incident and military_supply_incident_severe, 1.5)'
                note: "此项不得分 is applied in the score clauses (scope: policy violation_scope); 倒扣1.5分 only when the problem is serious."
          # ---- indicator 23
          - id: i23
            numbers: [23]
            title:
              zh: 建立和充实应急成品粮油储备
              en: Emergency reserves of finished grain and oil
            points: 1
            lead: []
            cooperating: []
            clauses:
              - id: i23_county_reserve
                points: 1
                text: "合理组织调度粮源,做好重点时段重点区域粮油市场供应,各县(非区市)成品粮油储备达到当地10天以上市场供应量的,得1.0分,"
                formula: 'if is_district_or_city then 0 else award(finished_reserve_days >= 10, 1)'
                note: "Counties only (各县(非区市)); “10天以上” is read as ≥10 days. Alternative to i23_district_reserve: the indicator has 1 point."
              - id: i23_county_shortfall
                points: 0
                kind: penalty
                text: "否则不得分,同时倒扣1.0分。"
                formula: 'if is_district_or_city then 0 else penalty(finished_reserve_days < 10, 1)'
              - id: i23_district_reserve
                points: 1
                text: "其他区、市按照“面粉5天、大米10天、食油60天的日消费量”要求建立成品粮油储备的,得1.0分,"
                formula: 'if is_district_or_city then award(district_reserve_standard_met, 1) else 0'
                note: Districts and county-level cities only.
              - id: i23_district_shortfall
                points: 0
                kind: penalty
                text: "否则不得分,同时倒扣1.0分。"
                formula: 'if is_district_or_city then penalty(not district_reserve_standard_met, 1) else 0'
      - id: k9
        title:
          zh: (九) 加强粮食监测预警
          en: Grain monitoring and early warning
        points: 2
        indicators:
          # ---- indicator 24–25
          - id: i24_25
            numbers: [24, 25]
            title:
              zh: 落实粮食流通统计制度；加强粮食市场监测,及时发布粮食市场信息
              en: Grain circulation statistics; market monitoring and information
            points: 2
            lead: []
            cooperating: []
            clauses:
              - id: i24_25_statistics
                points: 1
                text: "根据《陕西省粮食流通统计工作考核评比办法》执行, 得 1.0 分 。"
                formula: 'if statistics_fraud then 0 else award(circulation_statistics_rated, 1)'
                note: "“执行” is read as a yes/no: the county keeps to the rating rules (met) or not."
              - id: i24_25_price_monitoring
                points: 1
                text: "根据《陕西省粮食局粮食市场价格监测方案》《陕西省粮油市场价格监测工作考核评比办法》执行, 得 1.0 分, 否则不得分 。"
                formula: 'if statistics_fraud then 0 else award(price_monitoring_rated, 1)'
              - id: i24_25_fraud
                points: 0
                kind: penalty
                text: "出现统计造假、弄虚作假问题并导致恶劣影响的, 此项不得分, 同时倒扣 1.0 分 。"
                formula: 'penalty(statistics_fraud, 1)'
                note: 此项不得分 covers both 24 and 25 (one paragraph scored together).
      - id: k10
        title:
          zh: (十) 维护粮食市场秩序
          en: Keep order in the grain market
        points: 4
        indicators:
          # ---- indicator 26
          - id: i26
            numbers: [26]
            title:
              zh: 强化粮食市场监管,确保粮食市场基本稳定
              en: Grain market supervision
            points: 2
            lead: [发展改革和科技局]
            cooperating: [市场监督管理局, 财政局]
            clauses:
              - id: i26_double_random
                points: 1
                text: "建立双随机“一单、两库、一细则”,向本级政府“双随机”监管平台报送“双随机一公开”检查结果的, 得 1 分, 否则不得分 。"
                formula: 'award(double_random_system, 1)'
              - id: i26_purchase_inspection
                points: 0.15
                text: "按照“双随机、一公开”要求,采取突击检查、暗查暗访等有效方式,强化对粮食收购市场的督导,开展粮食收购市场专项检查的, 得 0.15 分 ;"
                formula: 'award(purchase_market_inspection, 0.15)'
              - id: i26_release_inspection
                points: 0.5
                text: "敦促存储库履行出库义务,开展政策性粮食销售出库专项检查的, 得 0.5 分; 否则不得分 。"
                formula: 'award(release_inspection, 0.5)'
              - id: i26_case_handling
                points: 0.35
                text: "辖区内发生涉及粮食流通购销环节涉粮案件,及时查处的, 得 0.35 分, 否则不得分 。"
                formula: |-
                  if grain_case_status == "no_case" then (if not_applicable_scores_full then 0.35 else 0)
                  else award(grain_case_status == "handled_promptly", 0.35)
                note: "No case in the year: policy not_applicable_scores_full."
              - id: i26_serious_violation
                points: 0
                kind: penalty
                text: "辖区内出现严重违法违规行为,造成恶劣社会影响的,倒扣 1 分,"
                formula: 'penalty(serious_violation, 1)'
              - id: i26_violation_unhandled
                points: 0
                kind: penalty
                text: "未及时有效处置的,倒扣 1 分。"
                formula: 'penalty(serious_violation and serious_violation_unhandled, 1)'
          # ---- indicator 27
          - id: i27
            numbers: [27]
            title:
              zh: 加强储备粮库存检查
              en: Reserve inventory checks
            points: 2
            lead: []
            cooperating: []
            clauses:
              - id: i27_commitment
                points: 0.4
                text: "扎实开展全国政策性粮食库存数量和质量大清查。对大清查工作思想认识到位,组织协调到位,保障措施到位的, 得 0.4 分 ;"
                formula: 'award(inventory_check_commitment, 0.4)'
              - id: i27_strict_check
                points: 0.4
                text: "按照大清查实施方案、方法、指引和相关规定从严清查,查清查实库存数量和质量情况,不走过场的, 得 0.4 分 ;"
                formula: 'award(inventory_check_strict, 0.4)'
              - id: i27_responsibilities
                points: 0.4
                text: "大清查工作分工明确、责任清晰、措施到位的, 得 0.4 分 ;"
                formula: 'award(inventory_check_responsibilities, 0.4)'
              - id: i27_rectification
                points: 0.4
                text: "严肃问题整改,风险隐患得到消除的, 得 0.4 分 ;"
                formula: 'award(inventory_check_rectification, 0.4)'
              - id: i27_report
                points: 0.4
                text: "非试点市按要求认真总结并上报大清查工作报告的(试点县市区就 2018 年试点普查结果与全面清查时点合并登统数据的粮食库存变动情况进行抽查复核,并将结果上报市大清查办公室的), 得 0.4 分; 否则不得分 。"
                formula: 'award(if is_inventory_check_pilot then pilot_recheck_reported else inventory_check_summary_reported, 0.4)'
                note: “非试点市” is read as non-pilot counties; pilots are scored on the parenthesised re-check.
              - id: i27_registration
                points: 0
                text: "预分解登统、分解登统未按要求完成、完成质量差或出现重大失误的县市区,视情况扣 0.5—1 分 ;"
                formula: |-
                  # 扣N分 (not 倒扣): with deductions_floor_at_zero the indicator's score never goes below 0
                  -(if deductions_floor_at_zero
                    then min((if registration_problems then registration_deduction else 0), max(0, i27_commitment + i27_strict_check + i27_responsibilities + i27_rectification + i27_report))
                    else (if registration_problems then registration_deduction else 0))
                note: 视情况扣分 is modelled as a deduction input in points, range 0.5–1.
              - id: i27_book_mismatch
                points: 0
                text: "大清查检查发现地方储备粮存在账实不符的, 扣 1 分 ;"
                formula: |-
                  # 扣N分 (not 倒扣): with deductions_floor_at_zero the indicator's score never goes below 0
                  -(if deductions_floor_at_zero
                    then min((if reserve_book_mismatch then 1 else 0), max(0, i27_commitment + i27_strict_check + i27_responsibilities + i27_rectification + i27_report + i27_registration))
                    else (if reserve_book_mismatch then 1 else 0))
              - id: i27_risks_missed
                points: 0
                text: "大清查存在应发现未发现重大违法违规问题隐患的, 扣 0.5 分 ;"
                formula: |-
                  # 扣N分 (not 倒扣): with deductions_floor_at_zero the indicator's score never goes below 0
                  -(if deductions_floor_at_zero
                    then min((if hidden_risks_missed then 0.5 else 0), max(0, i27_commitment + i27_strict_check + i27_responsibilities + i27_rectification + i27_report + i27_registration + i27_book_mismatch))
                    else (if hidden_risks_missed then 0.5 else 0))
              - id: i27_risks_not_handled
                points: 0
                text: "发现重大违法违规问题隐患未及时查处,或查处结果未及时上报的, 扣 1 分 。"
                formula: |-
                  # 扣N分 (not 倒扣): with deductions_floor_at_zero the indicator's score never goes below 0
                  -(if deductions_floor_at_zero
                    then min((if risks_not_handled then 1 else 0), max(0, i27_commitment + i27_strict_check + i27_responsibilities + i27_rectification + i27_report + i27_registration + i27_book_mismatch + i27_risks_missed))
                    else (if risks_not_handled then 1 else 0))
              - id: i27_enterprise_accident
                points: 0
                kind: penalty
                text: "辖区内粮食企业发生一起以上重大粮食质量安全事故、重特大粮油储存事故、重特大食品安全和安全生产事故等,造成恶劣社会影响的, 倒扣 1 分,"
                formula: 'penalty(enterprise_major_accident, 1)'
              - id: i27_accident_unhandled
                points: 0
                kind: penalty
                text: "未及时有效处置的, 倒扣 1 分 。"
                formula: 'penalty(enterprise_major_accident and enterprise_accident_unhandled, 1)'
  - id: a5
    title:
      zh: 五、加强粮食仓储物流设施建设和管理，促进粮食产销合作（8分）
      en: Build and manage grain storage and logistics; promote producer–consumer cooperation
    points: 8
    items:
      - id: k11
        title:
          zh: （十一）加强粮食仓储物流设施建设
          en: Build grain storage and logistics facilities
        points: 5
        indicators:
          # ---- indicator 28
          - id: i28
            numbers: [28]
            title:
              zh: 仓储物流设施建设、功能提升和储粮新技术推广应用
              en: Storage and logistics facilities; new storage technology
            points: 2
            lead: [发展改革和科技局]
            cooperating: [财政局]
            clauses:
              - id: i28_infrastructure
                points: 2
                text: "建设粮食仓储和物流等基础设施，基本满足本县区粮食收储和物流需要的， 得2分，否则不得分 。"
                formula: 'award(storage_infrastructure_adequate, 2)'
              - id: i28_plan_late
                points: 0
                text: "对于有中、省预算内投资补助项目的县市区，未按期报送投资分解计划， 扣0.25分 ；"
                formula: |-
                  # 本项赋分扣完为止: never below 0
                  -min((if has_central_funded_projects then (if investment_plan_late then 0.25 else 0) else 0), max(0, i28_infrastructure))
                note: All deductions of indicator 28 apply only to counties with such projects (has_central_funded_projects).
              - id: i28_progress_late
                points: 0
                text: "未按期通过重大项目库报送项目建设进度， 扣0.25分 ；"
                formula: |-
                  # 本项赋分扣完为止: never below 0
                  -min((if has_central_funded_projects then (if progress_report_late then 0.25 else 0) else 0), max(0, i28_infrastructure + i28_plan_late))
              - id: i28_unfinished
                points: 0
                text: "未按期完成项目建设任务，按未完成项目占比扣分， 最多扣1.0分 ；"
                formula: |-
                  # 本项赋分扣完为止: never below 0
                  -min((if has_central_funded_projects then 1 * unfinished_project_share else 0), max(0, i28_infrastructure + i28_plan_late + i28_progress_late))
                note: 按未完成项目占比扣分 is read as 1.0 × the share of unfinished projects.
              - id: i28_unstarted
                points: 0
                text: "存在分解投资计划下达后超过一年以上未开工项目， 扣0.25分 ；"
                formula: |-
                  # 本项赋分扣完为止: never below 0
                  -min((if has_central_funded_projects then (if project_unstarted_over_year then 0.25 else 0) else 0), max(0, i28_infrastructure + i28_plan_late + i28_progress_late + i28_unfinished))
              - id: i28_audit
                points: 0
                text: "在审计等监督检查中发现存在问题的，发现一起 扣0.25分 ；"
                formula: |-
                  # 本项赋分扣完为止: never below 0
                  -min((if has_central_funded_projects then 0.25 * audit_problem_count else 0), max(0, i28_infrastructure + i28_plan_late + i28_progress_late + i28_unfinished + i28_unstarted))
              - id: i28_accident
                points: 0
                text: "发生重大安全质量事故或其他违法违规等问题的，发现一起 扣0.5分 ；"
                formula: |-
                  # 本项赋分扣完为止: never below 0
                  -min((if has_central_funded_projects then 0.5 * project_major_accident_count else 0), max(0, i28_infrastructure + i28_plan_late + i28_progress_late + i28_unfinished + i28_unstarted + i28_audit))
              - id: i28_falsified
                points: 0
                text: "发现项目申报材料造假、在分解投资计划下达后随意调整建设项目等情况的，发现一起 扣0.25分 ； 本项赋分扣完为止 。"
                formula: |-
                  # 本项赋分扣完为止: never below 0
                  -min((if has_central_funded_projects then 0.25 * falsified_application_count else 0), max(0, i28_infrastructure + i28_plan_late + i28_progress_late + i28_unfinished + i28_unstarted + i28_audit + i28_accident))
          # ---- indicator 29
          - id: i29
            numbers: [29]
            title:
              zh: 仓储设施维修改造升级
              en: Storage facility repair and upgrade
            points: 2
            lead: [发展改革和科技局, 财政局]
            cooperating: []
            clauses:
              - id: i29_smart_depot
                points: 0.5
                text: "积极推动粮库智能化升级改造项目建设，按期完成的，得0.5分；未实质性开工建设的，不得分。"
                formula: |-
                  if violation_scope == "indicator" and military_project_misuse then 0
                  else if smart_depot_status == "not_started" then 0
                  else 0.5
                note: Started but unfinished projects are read as keeping the 0.5 less the 0.2 for 粮库未完成改造 (next clause); the source does not score that case directly.
              - id: i29_depot_unfinished
                points: 0
                text: "粮库未完成改造的，扣0.2分；"
                formula: |-
                  # 本项赋分扣完为止 (this paragraph's 0.5): never below 0
                  -min((if smart_depot_status == "started" then 0.2 else 0), max(0, i29_smart_depot))
              - id: i29_it_coverage
                points: 0
                text: "没有达到政策性粮食业务信息化全覆盖的，扣0.3分；"
                formula: |-
                  # 本项赋分扣完为止 (this paragraph's 0.5): never below 0
                  -min((if policy_grain_it_full_coverage then 0 else 0.3), max(0, i29_smart_depot + i29_depot_unfinished))
              - id: i29_online_supervision
                points: 0
                text: "没有达到政策性粮食储备在线监管全覆盖的，扣0.3分；"
                formula: |-
                  # 本项赋分扣完为止 (this paragraph's 0.5): never below 0
                  -min((if online_supervision_full_coverage then 0 else 0.3), max(0, i29_smart_depot + i29_depot_unfinished + i29_it_coverage))
              - id: i29_depot_incident
                points: 0
                text: "发生重大工程质量安全事故或其他重大违法违规等问题的，扣0.5分。本项赋分扣完为止。"
                formula: |-
                  # 本项赋分扣完为止 (this paragraph's 0.5): never below 0
                  -min((if depot_project_major_incident then 0.5 else 0), max(0, i29_smart_depot + i29_depot_unfinished + i29_it_coverage + i29_online_supervision))
              - id: i29_military_plan
                points: 0.25
                text: "积极推动军民融合军粮供应工程项目建设，对有中、省财政补助项目的县市区：按照原规划执行的，得0.25分；规划变动较小的，得0.15分，规划变动较大的，不得分。"
                formula: |-
                  if military_project_misuse or not has_military_grain_project then 0
                  else if military_project_plan_change == "none" then 0.25
                  else if military_project_plan_change == "minor" then 0.15
                  else 0
                note: Counties with a central/provincial-funded project; the others are scored by i29_military_own_plan and i29_military_own_capacity.
              - id: i29_military_progress
                points: 0.25
                text: "项目开工且进度符合工期的，得0.25分；项目开工但进度滞后的，得0.1分；项目未开工不得分。"
                formula: |-
                  if military_project_misuse or not has_military_grain_project then 0
                  else if military_project_progress == "on_schedule" then 0.25
                  else if military_project_progress == "behind" then 0.1
                  else 0
              - id: i29_military_own_plan
                points: 0.25
                text: "其他市：自行开展军粮供应保障能力和信息化建设的，有完整规划并得以实施的，得0.25分；"
                formula: |-
                  if military_project_misuse or has_military_grain_project then 0
                  else award(military_own_plan_implemented, 0.25)
                note: “其他市” is read as the other counties (those without a funded project).
              - id: i29_military_own_capacity
                points: 0.25
                text: "有实质性内容，能够满足应急供应需要的，得0.25分；否则不得分。"
                formula: |-
                  if military_project_misuse or has_military_grain_project then 0
                  else award(military_own_emergency_capable, 0.25)
              - id: i29_military_misuse
                points: 0
                kind: penalty
                text: "出现套取中央资金、随意调整规划项目内容或调减建设规模、违规使用资金、设施设备闲置、资金浪费、工程质量不达标等问题的，此项不得分；问题严重的，倒扣0.5分。"
                formula: 'penalty(military_project_misuse and military_project_misuse_severe, 0.5)'
                note: 此项不得分 zeroes the military-grain clauses, or all of indicator 29 with violation_scope = indicator; 倒扣0.5分 only when serious.
              - id: i29_post_harvest_centres
                points: 0.3
                text: "获得粮食产后服务体系建设的县市区：2018-2019年度（2018年下达中央投资）粮食产后服务中心建成数量占年度计划80%（含）以上的，得0.3分；60%（含）-80%的，得0.2分；60%以下的，得0.1分。"
                formula: |-
                  if violation_scope == "indicator" and military_project_misuse or not has_post_harvest_projects then 0
                  else tiers(post_harvest_centers_built_share, 80% => 0.3, 60% => 0.2, else: 0.1)
                note: "Literal: even below 60% the county gets 0.1."
              - id: i29_eco_drying
                points: 0.1
                text: "因地制宜，积极研究、推广环保烘干等产后服务技术，按照环保要求建设、改造粮食烘干等设施的，得0.1分；"
                formula: |-
                  if violation_scope == "indicator" and military_project_misuse or not has_post_harvest_projects then 0
                  else award(eco_drying_facilities, 0.1)
              - id: i29_power_price
                points: 0.1
                text: "积极协调落实粮食产后服务中心优惠电价等支持政策的，得0.1分；否则不得分。"
                formula: |-
                  if violation_scope == "indicator" and military_project_misuse or not has_post_harvest_projects then 0
                  else award(post_harvest_power_price, 0.1)
              - id: i29_post_harvest_other
                points: 0.5
                text: "没有获得粮食产后服务体系建设的县市区：积极开展粮食产后服务体系建设工作并取得良好效果的，得0.5分，否则不得分。"
                formula: |-
                  if violation_scope == "indicator" and military_project_misuse or has_post_harvest_projects then 0
                  else award(post_harvest_work_effective, 0.5)
              - id: i29_grain_saving
                points: 0.5
                text: "开展爱粮节粮宣传教育等有具体措施的，得0.5分，否则不得分。"
                formula: |-
                  if violation_scope == "indicator" and military_project_misuse then 0
                  else award(grain_saving_campaign, 0.5)
          # ---- indicator 30
          - id: i30
            numbers: [30]
            title:
              zh: 落实国有粮食仓储物流设施保护制度
              en: Protection of state grain storage facilities
            points: 1
            lead: [发展改革和科技局]
            cooperating: []
            clauses:
              - id: i30_registration
                points: 0.6
                text: "建立粮油仓储物流设施备案管理制度并实施动态管理的， 得0.6分 ；"
                formula: 'award(storage_registration_system, 0.6)'
              - id: i30_protection
                points: 0.4
                text: "未出现违规拆除、迁移粮油仓储物流设施，以及非法侵占、损坏粮油仓储物流设施，或者擅自改变其用途或其他保护不力等情况的， 得0.4分，否则不得分 。"
                formula: 'award(not storage_facility_violations, 0.4)'
      - id: k12
        title:
          zh: (十二)积极发展粮食物流网络
          en: Develop the grain logistics network
        points: 1
        indicators:
          # ---- indicator 31
          - id: i31
            numbers: [31]
            title:
              zh: 推进政策性粮食公开交易
              en: Open trading of policy grain
            points: 1
            lead: [发展改革和科技局]
            cooperating: [财政局]
            clauses:
              - id: i31_public_trading
                points: 1
                text: "地方储备粮等政策性粮食购销、轮换通过规范的粮食交易批发市场及其网上交易平台公开竞价交易或在线协商交易的， 得1.0分，否则不得分 。"
                formula: 'award(policy_grain_public_trading, 1)'
      - id: k13
        title:
          zh: (十三)加强粮食产销合作
          en: Strengthen producer–consumer cooperation
        points: 2
        indicators:
          # ---- indicator 32–33
          - id: i32_33
            numbers: [32, 33]
            title:
              zh: 建立粮食产销合作机制；落实粮食产销合作政策措施
              en: Producer–consumer cooperation mechanism and measures
            points: 2
            lead: []
            cooperating: []
            clauses:
              - id: i32_33_cooperation
                points: 2
                text: "县市区人民政府或有关部门采取具体支持政策措施，创新粮食产销合作形式，拓宽产销合作渠道，建立健全产销合作平台，深入开展区域间粮食产销合作活动，取得积极成效的， 得2.0分，否则不得分 。"
                formula: 'award(production_marketing_cooperation, 2)'
  - id: a6
    title:
      zh: 六、培育发展新型粮食流通主体，促进粮食产业健康发展（8分）
      en: Foster new grain-circulation entities; healthy development of the grain industry
    points: 8
    items:
      - id: k14
        title:
          zh: (十四)培育发展新型粮食流通主体
          en: Foster new grain-circulation entities
        points: 4
        indicators:
          # ---- indicator 34–35
          - id: i34_35
            numbers: [34, 35]
            title:
              zh: 深化国有粮食企业改革；发展混合所有制粮食经济
              en: State grain company reform; mixed ownership
            points: 4
            lead: [发展改革和科技局]
            cooperating: [财政局]
            clauses:
              - id: i34_35_backbone_soe
                points: 2
                text: "深化国有粮食企业改革。培育董事会制度健全有效、法人治理结构完善、企业资产质量和信誉度高、综合实力强、经营有活力、辐射带动作用大的跨区域（包括跨市、县）骨干国有粮食企业，有效发挥稳市场、保供应、促发展、保安全的重要性载体作用， 得2.0分 。"
                formula: 'award(backbone_soe_cultivated, 2)'
              - id: i34_35_mixed_plan
                points: 1
                text: "对稳妥发展混合所有制粮食企业有安排部署的， 得1.0分 ；"
                formula: 'award(mixed_ownership_plan, 1)'
              - id: i34_35_mixed_results
                points: 1
                text: "发展混合所有制粮食经济有成效的， 得1.0分 ； 否则不得分 。"
                formula: 'award(mixed_ownership_results, 1)'
      - id: k15
        title:
          zh: (十五)促进粮食产业升级
          en: Upgrade the grain industry
        points: 4
        indicators:
          # ---- indicator 36
          - id: i36
            numbers: [36]
            title:
              zh: 促进粮食产业升级，推进主食产业化发展，实施优质粮食工程
              en: Grain industry upgrading; staple food; quality grain project
            points: 4
            lead: []
            cooperating: []
            clauses:
              - id: i36_tech_document
                points: 0.1
                text: "实施“科技兴粮”，县市区级有关部门制定印发“科技兴粮”指导文件的（不限本年度制定，但文件需有效）， 得0.1分 ；"
                formula: 'award(tech_guidance_document, 0.1)'
              - id: i36_tech_support
                points: 0.1
                text: "支持粮食科技工作的， 得0.1分 ；"
                formula: 'award(tech_work_supported, 0.1)'
              - id: i36_tech_platform
                points: 0.1
                text: "开展推进粮食科技创新平台发展等有关工作的， 得0.1分 ；"
                formula: 'award(tech_innovation_platform, 0.1)'
              - id: i36_tech_matching
                points: 0.1
                text: "开展科技成果对接服务工作的， 得0.1分 ；"
                formula: 'award(tech_achievement_matching, 0.1)'
              - id: i36_science_popularization
                points: 0.1
                text: "开展粮食科普工作的， 得0.1分 ； 否则不得分 。"
                formula: 'award(grain_science_popularization, 0.1)'
              - id: i36_industry_policies
                points: 0.5
                text: "加强品牌建设、促进产业集聚发展、营造产业良好发展环境等方面，出台具体政策措施及提供支持的， 得0.5分 ；"
                formula: 'award(industry_support_policies, 0.5)'
              - id: i36_high_quality
                points: 0.5
                text: "在推动粮食产业高质量发展，创新产业发展模式等方面，开展积极探索并取得明显成效的， 得0.5分 ； 否则不得分 。"
                formula: 'award(high_quality_development_results, 0.5)'
              - id: i36_staple_food
                points: 0.5
                text: "对推动主食产业化发展，提供具体支持的， 得0.5分 ； 否则不得分 。"
                formula: 'award(staple_food_support, 0.5)'
              - id: i36_good_grain_oil
                points: 2
                text: "“中国好粮油”重点支持县市区：推进“中国好粮油”行动计划，绩效目标明确、政策措施具体、项目管理制度健全、组织落实到位、实施效果良好，定期发布优质粮油品质测报测评报告的，得2分；其他县市区：积极开展“好粮油”行动计划，得2分；否则不得分。"
                formula: 'award(if is_good_grain_oil_key_county then good_grain_oil_key_requirements_met else good_grain_oil_action, 2)'
                note: The source text runs across a page break (“……测评报告的，” / “得2分；……”); it is joined here.
  - id: a7
    title:
      zh: 七、加强耕地污染防治，保障粮食质量安全（10分）
      en: Prevent farmland pollution; safeguard grain quality and safety
    points: 10
    items:
      - id: k16
        title:
          zh: （十六）加强土地污染源治理
          en: Control sources of soil pollution
        points: 4
        indicators:
          # ---- indicator 37
          - id: i37
            numbers: [37]
            title:
              zh: 耕地土壤污染防治
              en: Farmland soil pollution prevention
            points: 2
            lead: [环保局]
            cooperating: [自然资源局, 规划局, 水利局, 农业农村局]
            clauses:
              - id: i37_annual_plan
                points: 0.5
                text: "制定土壤污染防治年度工作计划，得0.5分；"
                formula: 'award(soil_pollution_plan, 0.5)'
              - id: i37_plan_filed
                points: 0.5
                text: "报送县市区生态环境局备案，得0.5分。"
                formula: 'award(soil_pollution_plan and soil_plan_filed, 0.5)'
                note: Filing presupposes the plan, so the clause needs both.
              - id: i37_emission_reduction
                points: 0.5
                text: "按照县市区生态环境局要求，落实并完成2019年度涉重金属重点行业排放量减排指标，得0.5分。"
                formula: 'award(heavy_metal_reduction_met, 0.5)'
              - id: i37_enterprise_list
                points: 0.5
                text: "排查辖区内涉重金属（含涉镉）重点企业，动态更新《全口径涉重金属重点行业企业清单》，得0.5分。"
                formula: 'award(heavy_metal_list_updated, 0.5)'
          # ---- indicator 38
          - id: i38
            numbers: [38]
            title:
              zh: 粮食生产禁止区划定
              en: Grain-production prohibited zones
            points: 2
            lead: [农业农村局]
            cooperating: [环保局]
            clauses:
              - id: i38_soil_classification
                points: 0.5
                text: "开展耕地土壤环境质量类别划分，完成本辖区20%以上的乡镇划分任务的，得0.5分；"
                formula: 'award(soil_classification_township_share >= 20%, 0.5)'
                note: “20%以上” is read as ≥20%.
              - id: i38_contaminated_land
                points: 1
                text: "各县市区根据本市签订的土壤污染防治目标责任书，细化受污染耕地安全利用、严格管控和治理修复实施方案，将任务落实，并组织实施相应措施的，得1.0分；"
                formula: 'award(contaminated_land_plan_implemented, 1)'
              - id: i38_monitoring_network
                points: 0.5
                text: "推进农产品产地环境监测网建设，各县开展土壤-农产品协同监测和农田氮磷流失监测，得0.5分；否则不得分。"
                formula: 'award(soil_product_co_monitoring and nitrogen_phosphorus_monitoring, 0.5)'
      - id: k17
        title:
          zh: （十七）健全粮食质量安全监管保障体系
          en: Strengthen grain quality and safety supervision
        points: 6
        indicators:
          # ---- indicator 39
          - id: i39
            numbers: [39]
            title:
              zh: 加强粮食质量检验检测
              en: Grain quality testing
            points: 1
            lead: [发展改革和科技局]
            cooperating: []
            clauses:
              - id: i39_testing
                points: 1
                text: "各检验检测机构按要求完成粮食质量安全检验检测任务，履行检验检测职责的，得1分，否则视情况酌情扣分。"
                formula: 'if inspection_tasks_completed then 1 else 1 * inspection_points_kept   # 否则视情况酌情扣分'
                note: 酌情扣分 is modelled as a share of the point kept.
          # ---- indicator 40
          - id: i40
            numbers: [40]
            title:
              zh: 严格实行粮食质量安全监管和责任追究制度；建立超标粮食处置长效机制
              en: Grain quality supervision and accountability; disposal of excess grain
            points: 2
            lead: [发展改革和科技局, 粮食物资收储中心, 市场监督管理局]
            cooperating: [财政局, 农业农村局]
            clauses:
              - id: i40_excess_grain_rules
                points: 0.5
                text: "以县级政府文件或部门联合文件形式出台本县市区超标粮食处置管理办法的，得0.5分；"
                formula: 'award(excess_grain_rules_issued, 0.5)'
                note: Lead 发展改革和科技局 (cooperating 财政局, 农业农村局, 市场监督管理局) for this paragraph.
              - id: i40_test_items
                points: 0.5
                text: "制定本县市区粮食收购和出库必检项目的，得0.5分；否则不得分。"
                formula: 'award(mandatory_test_items_set, 0.5)'
              - id: i40_unsafe_outflow
                points: 0
                text: "有关部门监测抽检或其他途径发现不符合食品安全标准粮食流入口粮市场或用于食品生产的，粮食流出地扣1分；"
                formula: |-
                  # 扣N分 (not 倒扣): with deductions_floor_at_zero the indicator's score never goes below 0
                  -(if deductions_floor_at_zero
                    then min((if unsafe_grain_outflow then 1 else 0), max(0, i40_excess_grain_rules + i40_test_items + i40_import_epidemic_system + i40_import_risk_system + i40_brand_plan + i40_brand_registrations + i40_brand_protection))
                    else (if unsafe_grain_outflow then 1 else 0))
              - id: i40_unsafe_inflow
                points: 0
                text: "口粮市场流入地或者食品生产地，处置不到位的扣1分。"
                formula: |-
                  # 扣N分 (not 倒扣): with deductions_floor_at_zero the indicator's score never goes below 0
                  -(if deductions_floor_at_zero
                    then min((if unsafe_grain_inflow_mishandled then 1 else 0), max(0, i40_excess_grain_rules + i40_test_items + i40_import_epidemic_system + i40_import_risk_system + i40_brand_plan + i40_brand_registrations + i40_brand_protection + i40_unsafe_outflow))
                    else (if unsafe_grain_inflow_mishandled then 1 else 0))
              - id: i40_import_epidemic_system
                points: 0.35
                text: "进口粮食储备管理、疫情防控管理体系建设。县级人民政府组织粮食、农业、海关等部门建立进口粮食疫情联防联控等制度，且运作良好的，得0.35分，否则不得分。"
                formula: 'award(import_epidemic_system, 0.35)'
                note: Lead 粮食物资收储中心 (cooperating 农业农村局, 发展改革和科技局) for the two import paragraphs.
              - id: i40_import_epidemic_lapses
                points: 0
                text: "未能及时发现进口粮食入库、出库、运输、加工等环节疫情扩散风险的、辖区内出现粮食疫情但未能及时有效控制的，发现一起扣0.1分。"
                formula: |-
                  # 扣N分 (not 倒扣): with deductions_floor_at_zero the indicator's score never goes below 0
                  -(if deductions_floor_at_zero
                    then min(0.1 * import_epidemic_lapses, max(0, i40_excess_grain_rules + i40_test_items + i40_import_epidemic_system + i40_import_risk_system + i40_brand_plan + i40_brand_registrations + i40_brand_protection + i40_unsafe_outflow + i40_unsafe_inflow))
                    else 0.1 * import_epidemic_lapses)
              - id: i40_import_port_bonus
                points: 0
                text: "政府支持鼓励进口粮食口岸现代化建设，县市区内年进口粮食量超过100万吨的口岸中，配备自动取样系统的口岸达50%的，加0.1分。该项满分0.35分。"
                formula: |-
                  # 加0.1分, but 该项满分0.35分: the bonus only refills points lost in this paragraph
                  if import_port_auto_sampling
                  then min(0.1, max(0, 0.35 - (i40_import_epidemic_system + i40_import_epidemic_lapses)))
                  else 0
                note: A bonus inside the paragraph's 0.35 cap, so it allots no points of its own.
              - id: i40_import_risk_system
                points: 0.4
                text: "进口粮食重大安全风险防控管理。督促进口粮食储备、加工企业落实安全风险和疫情防控相关制度，且运作良好的，得0.4分，否则不得分。"
                formula: 'award(import_risk_system, 0.4)'
              - id: i40_import_risk_lapses
                points: 0
                text: "制度落实不到位，发现辖区内企业网络上非法销售进口粮食信息泛滥未及时查处的；发现辖区内企业存在非法流向等问题，未及时按规定处罚的，发现一起扣0.1分，0.4分封顶。该项满分0.4分。"
                formula: |-
                  # 扣N分 (not 倒扣): with deductions_floor_at_zero the indicator's score never goes below 0
                  -(if deductions_floor_at_zero
                    then min(min(0.1 * import_risk_lapses, 0.4), max(0, i40_excess_grain_rules + i40_test_items + i40_import_epidemic_system + i40_import_risk_system + i40_brand_plan + i40_brand_registrations + i40_brand_protection + i40_unsafe_outflow + i40_unsafe_inflow + i40_import_epidemic_lapses + i40_import_port_bonus))
                    else min(0.1 * import_risk_lapses, 0.4))
                note: "0.4分封顶: the deduction is at most 0.4."
              - id: i40_brand_plan
                points: 0.05
                text: "县级人民政府对粮油商标品牌发展有明确规划或作出工作部署的，得0.05分；"
                formula: 'award(brand_plan, 0.05)'
                note: Lead 市场监督管理局 for the brand paragraphs.
              - id: i40_brand_registrations
                points: 0.1
                text: "市域粮油地理标志或区域商标品牌注册量排名全省前列或稳定合理增长的，得0.1分；"
                formula: 'award(brand_registrations_growth, 0.1)'
              - id: i40_brand_protection
                points: 0.1
                text: "通过强化市域粮油地理标志或区域商标品牌保护运用，保证产品品质、提升产品信誉，维护市场秩序效果明显的，得0.1分；否则不得分。"
                formula: 'award(brand_protection_effective, 0.1)'
              - id: i40_brand_infringement
                points: 0
                kind: penalty
                text: "市域粮油地理标志或区域商标品牌执法保护不力，出现造成全国性影响的侵权事件并处置不力的，倒扣0.25分。"
                formula: 'penalty(brand_infringement_mishandled, 0.25)'
          # ---- indicator 41
          - id: i41
            numbers: [41]
            title:
              zh: 粮食质量安全监管机构及质量监测机构建设；粮食质量安全监管执法装备配备及检验监测业务经费保障；库存粮油质量监管
              en: Quality supervision and testing bodies; equipment and funding; quality of stored grain
            points: 3
            lead: [发展改革和科技局]
            cooperating: [财政局, 市场监督管理局, 农业农村局]
            clauses:
              - id: i41_agency_operation
                points: 1
                text: "采取有效措施，保障县级粮食质量安全检验监测机构正常运行的，得1分，否则不得分。"
                formula: 'award(has_county_inspection_agency and inspection_agency_operational, 1)'
              - id: i41_no_agency
                points: 0
                text: "无县级粮油质检机构的，扣1分。"
                formula: |-
                  # 扣N分 (not 倒扣): with deductions_floor_at_zero the indicator's score never goes below 0
                  -(if deductions_floor_at_zero
                    then min((if has_county_inspection_agency then 0 else 1), max(0, i41_agency_operation + i41_quality_project + i41_inventory_quality))
                    else (if has_county_inspection_agency then 0 else 1))
                note: Deducts from the indicator's other points (the agency clause is already 0 without an agency).
              - id: i41_quality_project
                points: 1
                text: "列入2018~2019年度国家“优质粮食工程”质检体系建设项目的县市区，完成建设任务的，得1分；完成任务总量超50%的，得0.5分，否则不得分。"
                formula: |-
                  if not in_quality_inspection_project then (if not_applicable_scores_full then 1 else 0)
                  else if quality_project_completion >= 100% then 1
                  else if quality_project_completion > 50% then 0.5
                  else 0
                note: "“超50%” is strict. Counties not in the project: policy not_applicable_scores_full."
              - id: i41_inventory_quality
                points: 1
                text: "按要求完成政策性粮食库存大清查质量检查，检查结果准确无误，发现问题及时按要求整改的，得1分，否则视情况酌情扣分。"
                formula: 'if inventory_quality_check_done then 1 else 1 * inventory_quality_points_kept   # 否则视情况酌情扣分'
              - id: i41_data_falsified
                points: 0
                kind: penalty
                text: "对大清查样品质量检验数据弄虚作假、故意隐瞒真实检验数据的，倒扣4分。"
                formula: 'penalty(inspection_data_falsified, 4)'
  - id: a8
    title:
      zh: 八、按照保障粮食安全的要求，落实相关行政主管部门职责任务(6分)
      en: Carry out the duties of the responsible departments as food security requires
    points: 6
    items:
      - id: k18
        title:
          zh: （十八）加强粮食风险基金使用管理
          en: Manage the grain risk fund
        points: 2
        indicators:
          # ---- indicator 42
          - id: i42
            numbers: [42]
            title:
              zh: 及时足额安排粮食风险基金；粮食风险基金使用管理
              en: "Grain risk fund: funding and use"
            points: 2
            lead: [财政局]
            cooperating: [发展改革和科技局]
            clauses:
              - id: i42_local_share
                points: 1
                text: "及时足额安排粮食风险基金地方分担部分的，得 1分 ；"
                formula: 'award(risk_fund_local_share_paid, 1)'
              - id: i42_compliant_use
                points: 1
                text: "粮食风险基金使用符合国家有关规定的，得 1分 ；否则不得分。"
                formula: 'award(risk_fund_use_compliant, 1)'
      - id: k19
        title:
          zh: (十九)落实工作责任
          en: Carry out work responsibilities
        points: 4
        indicators:
          # ---- indicator 43
          - id: i43
            numbers: [43]
            title:
              zh: 落实粮食安全各环节工作力量,建立健全责任追究机制细化农业、粮食等相关行政主管部门的责任,保证工作任务的落实
              en: Staffing, accountability and departmental duties for food security
            points: 4
            lead: [农业农村局, 发展改革和科技局]
            cooperating: [财政局, 自然资源和规划局, 水利局, 环保局, 市场监督管理局]
            clauses:
              - id: i43_talent
                points: 0.6
                text: "积极推动落实国家、省级和市级“人才兴粮”重点任务,采取有效措施,大力拓宽人才成长成才渠道,培树宣传先进典型的,得0.6分,否则不得分。"
                formula: 'award(talent_tasks, 0.6)'
              - id: i43_normative_document
                points: 0.3
                text: "出台粮食安全保障规范性文件的,得0.3分;否则不得分。"
                formula: 'award(food_security_normative_document, 0.3)'
              - id: i43_leaders_study
                points: 0.3
                text: "县级人民政府领导同志主持研究粮食安全工作的,得0.3分;"
                formula: 'award(leaders_studied_food_security, 0.3)'
              - id: i43_leaders_research
                points: 0.3
                text: "县级人民政府领导同志对粮食安全工作进行专题调研的,得0.3分;"
                formula: 'award(leaders_field_research, 0.3)'
              - id: i43_work_plan
                points: 0.3
                text: "按照榆粮安考核办〔2019〕7号文件要求制定并报送2019年贯彻落实粮食安全省长责任制工作方案的,得0.3分;"
                formula: 'award(responsibility_work_plan_submitted, 0.3)'
              - id: i43_work_plan_missing
                points: 0
                kind: penalty
                text: "否则不得分,同时倒扣0.6分。"
                formula: 'penalty(not responsibility_work_plan_submitted, 0.6)'
                note: 否则 is read as referring to the work-plan clause just before it, not to the two leadership clauses.
              - id: i43_department_duties
                points: 1
                text: "落实农业、粮食等相关行政主管部门职责任务的,得1分,"
                formula: 'award(department_duties_fulfilled, 1)'
              - id: i43_department_duties_missing
                points: 0
                kind: penalty
                text: "否则不得分,同时倒扣1分。"
                formula: 'penalty(not department_duties_fulfilled, 1)'
              - id: i43_enforcement
                points: 0.6
                text: "县市区(含)农业、粮食执法监管力量、执法监管经费、执法装备能够满足工作需求的,得0.6分,"
                formula: 'award(enforcement_capacity_adequate, 0.6)'
              - id: i43_enforcement_missing
                points: 0
                kind: penalty
                text: "否则不得分,同时倒扣1分。"
                formula: 'penalty(not enforcement_capacity_adequate, 1)'
              - id: i43_hotline
                points: 0.6
                text: "提高12325全国粮食流通监管热线投诉举报核查质量和效率,加大热线宣传力度。辖区内粮食行政管理部门承办12325热线投诉举报线索核查工作,全年没有超过办理期限、被国家局(省、市局)退回重办和通报,并积极开展12325热线宣传活动的,得0.6分。"
                formula: 'award(hotline_work_and_publicity, 0.6)'
                note: The “no overdue, returned or notified case” part of the condition is scored by the per-case deductions that follow.
              - id: i43_hotline_notified
                points: 0
                text: "每被国家局(省、市局)通报一次,扣0.06分;"
                formula: |-
                  # 扣N分 (not 倒扣): with deductions_floor_at_zero the indicator's score never goes below 0
                  -(if deductions_floor_at_zero
                    then min(0.06 * hotline_notified_count, max(0, i43_talent + i43_normative_document + i43_leaders_study + i43_leaders_research + i43_work_plan + i43_department_duties + i43_enforcement + i43_hotline))
                    else 0.06 * hotline_notified_count)
              - id: i43_hotline_overdue
                points: 0
                text: "每超过办理期限一次,扣0.06分。"
                formula: |-
                  # 扣N分 (not 倒扣): with deductions_floor_at_zero the indicator's score never goes below 0
                  -(if deductions_floor_at_zero
                    then min(0.06 * hotline_overdue_count, max(0, i43_talent + i43_normative_document + i43_leaders_study + i43_leaders_research + i43_work_plan + i43_department_duties + i43_enforcement + i43_hotline + i43_hotline_notified))
                    else 0.06 * hotline_overdue_count)
              - id: i43_hotline_limit
                points: 0
                text: "超过办理期限、被国家局(省市局)退回重办和通报累计超过5次的(含5次),该项不得分。"
                formula: |-
                  # 该项不得分: the hotline paragraph (its award and deductions) comes to 0
                  if hotline_overdue_count + hotline_returned_count + hotline_notified_count >= 5
                  then -(i43_hotline + i43_hotline_notified + i43_hotline_overdue)
                  else 0
                note: “超过5次的(含5次)” is read as 5 or more. Returns for re-handling count here but carry no per-case deduction.

"""##
    ),
  ]

  /// Baseline files: (file name, text).
  static let baselines: [(String, String)] = [
    (
      "ankang-example-2020.yaml",
      ##"""
# Example values for ankang-selenium-2020. ILLUSTRATIVE ONLY: invented to show how the
# rubric behaves (several targets are just missed so that the partial_credit policy matters);
# they are not the departments' real 2020 results.
kaohe: 1
baseline: ankang-example-2020
rubric: ankang-selenium-2020
title: {zh: "安康市富硒产业部门考核示例（示意数据）", en: "Ankang selenium-industry departments, example (illustrative data)"}
illustrative: true
note: "示意数据，非官方统计，不代表各部门2020年度实际完成情况。Illustrative values, not official data; they do not describe any department's actual 2020 results."
values:
  fagai:                            # 市发改委
    work_planned: true
    measures_in_place: true
    inspection_done: true
    special_funds_in_place: true
    action_plan_assisted: true
    projects_in_14th_plan: true
    support_funds: 5200             # 万元
    support_funds_prev: 4800        # 万元
  caizheng:                         # 市财政局
    work_planned: true
    measures_in_place: true
    inspection_done: false
    special_funds_in_place: true
    budget_funds_in_place: true
    financing_supported: true
    performance_evaluated: true
  gongxin:                          # 市工信局
    work_planned: true
    measures_in_place: true
    inspection_done: true
    special_funds_in_place: true
    project_funds_secured: 1620     # 万元 (target 1500)
    enterprises_cultivated: 2       # 家 (target 3)
    food_output_growth: 9.2%        # target 10%
    promotion_events: 4             # 次 (target 4)
    water_brand_advanced: true
  nongye:                           # 市农业农村局
    work_planned: true
    measures_in_place: true
    inspection_done: true
    special_funds_in_place: true
    flagship_parks_advanced: 20     # 个 (target 20)
    demo_towns_created: 10          # 个 (target 10)
    brand_selenium_tea: true
    brand_ankang_konjac: true
    brand_ankang_mountain_pig: true
    brand_hanshui_fish: false
    pork_standard_advanced: true
    marketing_project_supported: true
  ziran:                            # 市自然资源局
    work_planned: true
    measures_in_place: true
    inspection_done: true
    special_funds_in_place: true
    land_survey_ziyang: true
    land_survey_hanyin: true
    soil_survey_langao: true
    soil_survey_pingli: true
    soil_survey_zhenping: false
    water_census_done: true
  shengtai:                         # 市生态环境局
    work_planned: true
    measures_in_place: true
    inspection_done: true
    special_funds_in_place: false
    eco_governance_done: true
    enforcement_strengthened: true
    survey_cooperation: true
  keji:                             # 市科技局
    work_planned: true
    measures_in_place: true
    inspection_done: true
    special_funds_in_place: true
    research_funds: 185             # 万元 (target 200)
    achievements_transferred: 12    # 项 (target 10)
    talent_plan_included: true
  shichang:                         # 市市场监管局
    work_planned: true
    measures_in_place: true
    inspection_done: true
    special_funds_in_place: true
    standards_published: 2          # 项 (target 3)
    ip_projects_implemented: true
    ip_reports_provided: 2          # 次 (one a half-year)
    special_mark_traceability: true
    ip_enforcement_done: true
  tongji:                           # 市统计局
    work_planned: true
    measures_in_place: true
    inspection_done: false
    special_funds_in_place: false
    statistics_method_made: true
    data_analysis_strengthened: true
  linye:                            # 市林业局
    work_planned: true
    measures_in_place: true
    inspection_done: true
    special_funds_in_place: true
    leading_enterprises: 1          # 个 (target 1)
    walnut_standard_advanced: false
    walnut_trademark_advanced: true
    wellness_bases_built: 2         # 个 (target 1)
  fupin:                            # 市扶贫局
    work_planned: true
    measures_in_place: true
    inspection_done: true
    special_funds_in_place: true
    poverty_funds_share: 22.4%      # target 20%
  shangwu:                          # 市商务局
    work_planned: true
    measures_in_place: true
    inspection_done: true
    special_funds_in_place: true
    trade_events: 4                 # 次 (target 5)
    export_share_expanded: true
    circulation_funds: 230          # 万元 (target 200)
  zhaoshang:                        # 市招商和经济合作局
    work_planned: true
    measures_in_place: true
    inspection_done: true
    special_funds_in_place: true
    promotion_meetings: 6           # 次 (target 5)
    major_projects_landed: 4        # 个 of 1亿元+ (target 5)
  wenlv:                            # 市文旅广电局
    work_planned: true
    measures_in_place: true
    inspection_done: true
    special_funds_in_place: true
    culture_column_opened: true
    culture_events: 7               # 场 (target 5)
    demo_bases_new: 1               # 个 (target 1)
    demo_bases_upgraded: 2          # 个 (target 3)
  weijian:                          # 市卫健委
    work_planned: true
    measures_in_place: true
    inspection_done: true
    special_funds_in_place: true
    health_education_events: 1      # 次 (target 2)
    research_results: 1             # 项 (target 1)
  gongxiao:                         # 市供销社
    work_planned: true
    measures_in_place: true
    inspection_done: true
    special_funds_in_place: true
    promotion_campaign_led: true
    sales_outlets_guided: true
    ecommerce_platform_built: false
    alliances_founded: 5            # 个 (target 5)
    cooperative_unions_founded: 4   # 个 (target 5)
    consortia_founded: 10           # 个 (target 10)
  renshe:                           # 市人社局
    work_planned: true
    measures_in_place: true
    inspection_done: true
    special_funds_in_place: false
    talent_plan_included: true
    public_posts_created: true
  xinwen:                           # 市新闻办
    work_planned: true
    measures_in_place: true
    inspection_done: true
    special_funds_in_place: true
    media_campaign_led: true
    column_opened: true
  kexie:                            # 市科协
    work_planned: true
    measures_in_place: true
    inspection_done: true
    special_funds_in_place: true
    expert_workstations: 2          # 个 (target 3)
    outreach_events: 5              # 次 (target 3)
  shuili:                           # 市水利局
    work_planned: true
    measures_in_place: true
    inspection_done: true
    special_funds_in_place: true
    water_resources_managed: true
    infrastructure_priority_given: false
  jinrong:                          # 市金融办
    work_planned: true
    measures_in_place: true
    inspection_done: true
    special_funds_in_place: true
    credit_share: 24.1%             # target 25%
    financial_products_innovated: true
    no_credit_withdrawal: true

"""##
    ),
    (
      "yulin-example-county.yaml",
      ##"""
# Kaohe baseline for yulin-grain-2019: an illustrative example county.
# 示意数据，非官方统计。Illustrative values, not official data.
# Scored with the default policies this baseline comes to 90.9915 of 100 (see docs/rubrics/yulin-grain-2019.md).
kaohe: 1
baseline: yulin-example-county
rubric: yulin-grain-2019
title:
  zh: 示例县（示意数据）
  en: Example county (illustrative data)
illustrative: true
note: "示意数据，非官方统计：数值为培训演示而虚构，不代表榆林市任何县市区的实际情况或考核结果。Illustrative values, not official data: invented for training, they describe no real county of Yulin and no real assessment result."
values:
  # ---- Kind of county (used by alternatives in several indicators)  →  i6 = 4/4, i23 = 1/1
  county_type: major_grain
  is_district_or_city: false
  # ---- Indicator 1 耕地保有量；基本农田保护  →  i1 = 8/8
  arable_land_meets_quota: true
  permanent_farmland_meets_target: true
  permanent_farmland_with_adjustable_meets_target: true
  adjustable_land_area: 3.5  # 万亩
  permanent_farmland_measures: true
  # ---- Indicator 2 耕地质量保护与提升；耕地质量监测体系建设  →  i2 = 3.2/4
  land_protection_task_completion: 90%
  quality_tech_full_coverage: false
  quality_tech_area_change: 6%
  cultivated_land_area: 120  # 万亩
  quality_monitoring_points: 10  # 个
  quality_report_issuer: monitoring_agency
  # ---- Indicator 3 耕地质量等级提升  →  i3 = 2.7/3
  cultivated_quality_grade_change: 0.1  # 等
  # ---- Indicator 4 粮食生产科技水平  →  i4 = 3.85/5
  main_tech_adoption_rate: 93.5%
  mechanization_policy_effective: true
  mechanization_rate_last_year: 82%
  mechanization_rate_change: 0.6%
  mechanization_points_kept: 80%
  # ---- Indicator 5 粮食种植面积；粮食总产量  →  i5 = 5/6
  grain_sown_area_change: 0%
  grain_sown_area_exempt_reduction: 0%
  grain_output_change: -1.5%
  grain_output_exempt_reduction: 0%
  functional_zones_delineated: true
  functional_zones_mapped_share: 95%
  # ---- Indicator 6 粮食主产区及粮食功能区建设，育种体系建设  →  i6 = 4/4
  hsf_concentrated_major_or_zones: true
  hsf_concentrated_in_zones: true
  county_funds_for_functional_zones: true
  has_seed_breeding_base: false
  seed_base_policy_in_supervision: false
  improved_variety_trials: true
  seed_case_handling_rate: 100%
  # ---- Indicator 7 高标准农田（其中粮田）建设  →  i7 = 2.55/3
  hsf_evaluation_share: 85%
  # ---- Indicator 8 农田水利设施建设；农业节水重大工程建设  →  i8 = 4.4015/5
  has_large_irrigation_district: true
  large_district_investment_completion: 95%
  large_district_local_funding_rate: 80%
  has_key_medium_irrigation_project: true
  medium_district_investment_completion: 72%
  effective_irrigated_area_change: 0.5%
  irrigation_management_funding_rate: 90%
  efficient_irrigation_evaluation_share: 85%
  canal_reform_area: 30  # 万亩
  canal_new_reform_area_completion: 100%
  canal_metering_share: 80%
  canal_water_quota_share: 100%
  canal_maintenance_share: 90%
  canal_water_price_status: at_cost
  well_reform_area: 10  # 万亩
  well_new_reform_area_completion: 70%
  well_metering_share: 100%
  well_water_quota_share: 60%
  well_maintenance_share: 100%
  well_water_price_status: plan_with_cost_survey
  reform_upper_funds_used: true
  reform_county_funds_used: false
  # ---- Indicator 9 落实耕地地力保护补贴政策  →  i9 = 1/1
  land_subsidy_paid: true
  land_subsidy_budget_execution: 98%
  other_grain_subsidies_paid: true
  subsidy_misuse: false
  # ---- Indicator 10 培育新型粮食生产经营主体及社会化服务体系  →  i10 = 1/1
  coop_family_farm_targets_met: true
  farm_trusteeship_progressing: true
  farmer_training_satisfaction: 88%
  # ---- Indicator 11 执行粮食收购政策  →  i11 = 2/2
  grain_purchase_well_organized: true
  widespread_selling_difficulty: false
  selling_difficulty_exposed: false
  selling_difficulty_unresolved: false
  # ---- Indicator 12 安排收购网点  →  i12 = 0.5/1
  excess_grain_found: false
  excess_grain_measures: true
  # ---- Indicator 13 组织落实收购资金  →  i13 = 1/1
  policy_grain_funds_secured: true
  purchase_financing_mechanism: true
  guarantee_fund_overrun: false
  purchase_funds_misappropriated: false
  iou_petitions: false
  # ---- Indicator 14 落实粮食储备规模，优化品种结构布局  →  i14 = 4/4
  local_reserve_stock_vs_target: 100%
  reserve_ration_share: 75%
  reserve_rotation_gap_months: 5  # 个月
  reserve_rotation_points_kept: 50%
  reserve_supervision_in_place: true
  # ---- Indicator 15 完善轮换管理和库存监管机制  →  i15 = 2/2
  reserve_release_obstructed: false
  reserve_release_obstruction_severe: false
  # ---- Indicator 16 落实储备费用、利息和轮换补贴  →  i16 = 4/4
  reserve_cost_rules_issued: true
  reserve_costs_fully_funded: true
  # ---- Indicators 17–18 政府储备与社会储备相互补偿机制；最低最高库存制度  →  i17 = 0.5/1, i18 = 1/1
  reserve_compensation_mechanism: true
  reserve_compensation_pilot: false
  stock_limits_enforced: true
  # ---- Indicators 19–20 粮食储备调节机制；政策性粮油交易  →  i19_20 = 2/2
  e_trading_platform_used: true
  enterprises_in_online_trading: true
  # ---- Indicators 21–22 粮食应急预案；应急供应网络；军粮供应  →  i21_22 = 3/3
  emergency_plan_issued: true
  emergency_drill_within_3_years: true
  emergency_system_investment: true
  military_grain_supply_on_time: true
  military_grain_inspections: true
  military_grain_coordination: true
  military_supply_incident: false
  military_supply_incident_severe: false
  # ---- Indicator 23 应急成品粮油储备  →  i23 = 1/1
  finished_reserve_days: 12  # 天
  district_reserve_standard_met: false
  # ---- Indicators 24–25 粮食流通统计；粮食市场监测  →  i24_25 = 2/2
  circulation_statistics_rated: true
  price_monitoring_rated: true
  statistics_fraud: false
  # ---- Indicator 26 强化粮食市场监管  →  i26 = 2/2
  double_random_system: true
  purchase_market_inspection: true
  release_inspection: true
  grain_case_status: no_case
  serious_violation: false
  serious_violation_unhandled: false
  # ---- Indicator 27 加强储备粮库存检查（大清查）  →  i27 = 1.5/2
  inventory_check_commitment: true
  inventory_check_strict: true
  inventory_check_responsibilities: true
  inventory_check_rectification: true
  is_inventory_check_pilot: false
  inventory_check_summary_reported: true
  pilot_recheck_reported: false
  registration_problems: true
  registration_deduction: 0.5  # 分
  reserve_book_mismatch: false
  hidden_risks_missed: false
  risks_not_handled: false
  enterprise_major_accident: false
  enterprise_accident_unhandled: false
  # ---- Indicator 28 仓储物流设施建设、功能提升和储粮新技术推广应用  →  i28 = 1.55/2
  storage_infrastructure_adequate: true
  has_central_funded_projects: true
  investment_plan_late: false
  progress_report_late: false
  unfinished_project_share: 20%
  project_unstarted_over_year: false
  audit_problem_count: 1  # 起
  project_major_accident_count: 0  # 起
  falsified_application_count: 0  # 起
  # ---- Indicator 29 仓储设施维修改造升级  →  i29 = 1.5/2
  smart_depot_status: completed_on_time
  policy_grain_it_full_coverage: true
  online_supervision_full_coverage: false
  depot_project_major_incident: false
  has_military_grain_project: true
  military_project_plan_change: minor
  military_project_progress: on_schedule
  military_own_plan_implemented: false
  military_own_emergency_capable: false
  military_project_misuse: false
  military_project_misuse_severe: false
  has_post_harvest_projects: true
  post_harvest_centers_built_share: 85%
  eco_drying_facilities: true
  post_harvest_power_price: false
  post_harvest_work_effective: false
  grain_saving_campaign: true
  # ---- Indicators 30–33 仓储设施保护；政策性粮食公开交易；产销合作  →  i30 = 1/1, i31 = 1/1, i32_33 = 2/2
  storage_registration_system: true
  storage_facility_violations: false
  policy_grain_public_trading: true
  production_marketing_cooperation: true
  # ---- Indicators 34–35 国有粮食企业改革；混合所有制  →  i34_35 = 3/4
  backbone_soe_cultivated: true
  mixed_ownership_plan: true
  mixed_ownership_results: false
  # ---- Indicator 36 粮食产业升级、主食产业化、优质粮食工程  →  i36 = 3.4/4
  tech_guidance_document: true
  tech_work_supported: true
  tech_innovation_platform: false
  tech_achievement_matching: true
  grain_science_popularization: true
  industry_support_policies: true
  high_quality_development_results: false
  staple_food_support: true
  is_good_grain_oil_key_county: false
  good_grain_oil_key_requirements_met: false
  good_grain_oil_action: true
  # ---- Indicators 37–38 耕地土壤污染防治；粮食生产禁止区划定  →  i37 = 2/2, i38 = 2/2
  soil_pollution_plan: true
  soil_plan_filed: true
  heavy_metal_reduction_met: true
  heavy_metal_list_updated: true
  soil_classification_township_share: 35%
  contaminated_land_plan_implemented: true
  soil_product_co_monitoring: true
  nitrogen_phosphorus_monitoring: true
  # ---- Indicator 39 加强粮食质量检验检测  →  i39 = 1/1
  inspection_tasks_completed: true
  inspection_points_kept: 100%
  # ---- Indicator 40 粮食质量安全监管；超标粮食处置；进口粮食；粮油品牌  →  i40 = 1.9/2
  excess_grain_rules_issued: true
  mandatory_test_items_set: true
  unsafe_grain_outflow: false
  unsafe_grain_inflow_mishandled: false
  import_epidemic_system: true
  import_epidemic_lapses: 0  # 起
  import_port_auto_sampling: false
  import_risk_system: true
  import_risk_lapses: 0  # 起
  brand_plan: true
  brand_registrations_growth: false
  brand_protection_effective: true
  brand_infringement_mishandled: false
  # ---- Indicator 41 粮食质量安全监管机构、检验监测机构建设；库存粮油质量监管  →  i41 = 2.5/3
  has_county_inspection_agency: true
  inspection_agency_operational: true
  in_quality_inspection_project: true
  quality_project_completion: 60%
  inventory_quality_check_done: true
  inventory_quality_points_kept: 100%
  inspection_data_falsified: false
  # ---- Indicator 42 粮食风险基金  →  i42 = 2/2
  risk_fund_local_share_paid: true
  risk_fund_use_compliant: true
  # ---- Indicator 43 落实工作责任  →  i43 = 3.94/4
  talent_tasks: true
  food_security_normative_document: true
  leaders_studied_food_security: true
  leaders_field_research: true
  responsibility_work_plan_submitted: true
  department_duties_fulfilled: true
  enforcement_capacity_adequate: true
  hotline_work_and_publicity: true
  hotline_notified_count: 1  # 次
  hotline_overdue_count: 0  # 次
  hotline_returned_count: 0  # 次

"""##
    ),
  ]
}
