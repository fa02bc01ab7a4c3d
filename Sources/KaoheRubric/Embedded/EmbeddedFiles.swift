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
  ]
}
