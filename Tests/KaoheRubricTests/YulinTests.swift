import KaoheShell
import Testing

@testable import KaoheRubric

/// Every indicator of the Yulin 2019 grain-security assessment, against hand-computed scores at the
/// boundaries of its thresholds, floors and caps, under each policy. Each case changes inputs (as a
/// user types them) and policies from the illustrative baseline and cites the clause it tests.
@Suite struct YulinTests {
  struct Case: Sendable, CustomStringConvertible {
    var indicator: String
    var inputs: [String: String]
    var policies: [String: String]
    var expected: Double
    var clause: String

    init(_ indicator: String, _ inputs: [String: String], _ policies: [String: String], _ expected: Double, _ clause: String) {
      self.indicator = indicator
      self.inputs = inputs
      self.policies = policies
      self.expected = expected
      self.clause = clause
    }

    var description: String { "\(indicator) \(inputs) \(policies) — \(clause)" }
  }

  static let cases: [Case] = [
    Case("i1", [:], [:], 8, "baseline"),
    Case("i1", ["arable_land_meets_quota": "false"], [:], 5, "i1_arable_quota"),
    Case("i1", ["permanent_farmland_meets_target": "false", "adjustable_land_area": "100"], [:], 8, "i1_permanent_farmland ≤100万亩"),
    Case("i1", ["permanent_farmland_meets_target": "false", "adjustable_land_area": "100.5"], [:], 7, "i1_permanent_farmland >100"),
    Case("i1", ["permanent_farmland_meets_target": "false", "adjustable_land_area": "300"], [:], 7, "i1_permanent_farmland ≤300"),
    Case("i1", ["permanent_farmland_meets_target": "false", "adjustable_land_area": "300.5"], [:], 6, "i1_permanent_farmland >300"),
    Case("i1", ["permanent_farmland_meets_target": "false", "permanent_farmland_with_adjustable_meets_target": "false"], [:], 5, "i1_permanent_farmland 否则"),
    Case("i1", ["permanent_farmland_measures": "false"], [:], 6, "i1_protection_measures"),
    Case("i2", [:], [:], 3.2, "baseline"),
    Case("i2", ["land_protection_task_completion": "100%"], [:], 3.3, "i2_project_tasks"),
    Case("i2", ["land_protection_task_completion": "0%"], [:], 2.3, "i2_project_tasks floor 0"),
    Case("i2", ["land_protection_task_completion": "85%"], [:], 3.15, "i2_project_tasks continuous"),
    Case("i2", ["land_protection_task_completion": "85%"], ["deduction_counting": "whole_points"], 3.2, "i2_project_tasks whole"),
    Case("i2", ["quality_tech_full_coverage": "true"], [:], 3.4, "i2_quality_techniques full coverage"),
    Case("i2", ["quality_tech_area_change": "10%"], [:], 3.4, "i2_quality_techniques ≥10%"),
    Case("i2", ["quality_tech_area_change": "9.9%"], [:], 3.2, "i2_quality_techniques >0"),
    Case("i2", ["quality_tech_area_change": "0%"], [:], 2.4, "i2_quality_techniques no increase"),
    Case("i2", ["quality_monitoring_points": "12"], [:], 3.5, "i2_monitoring_network =benchmark"),
    Case("i2", ["quality_monitoring_points": "6"], [:], 3.2, "i2_monitoring_network =50%"),
    Case("i2", ["quality_monitoring_points": "5"], [:], 2.0, "i2_monitoring_network <50%"),
    Case("i2", ["quality_report_issuer": "government"], [:], 3.4, "i2_monitoring_report"),
    Case("i2", ["quality_report_issuer": "none"], [:], 2.9, "i2_monitoring_report"),
    Case("i3", ["cultivated_quality_grade_change": "0"], [:], 2.4, "i3_grade_change 持平"),
    Case("i3", ["cultivated_quality_grade_change": "0.2"], [:], 3.0, "i3_grade_change +0.2"),
    Case("i3", ["cultivated_quality_grade_change": "0.3"], [:], 3.0, "i3_grade_change cap 3"),
    Case("i3", ["cultivated_quality_grade_change": "-0.1"], [:], 1.9, "i3_grade_change −0.1"),
    Case("i3", ["cultivated_quality_grade_change": "-0.48"], [:], 0, "i3_grade_change reaches 0"),
    Case("i3", ["cultivated_quality_grade_change": "-0.6"], [:], 0, "i3_grade_change floor 0"),
    Case("i3", ["cultivated_quality_grade_change": "0.15"], [:], 2.85, "i3 continuous"),
    Case("i3", ["cultivated_quality_grade_change": "0.15"], ["deduction_counting": "whole_points"], 2.7, "i3 whole"),
    Case("i3", ["cultivated_quality_grade_change": "-0.15"], [:], 1.65, "i3 continuous"),
    Case("i3", ["cultivated_quality_grade_change": "-0.15"], ["deduction_counting": "whole_points"], 1.9, "i3 whole"),
    Case("i4", [:], [:], 3.85, "baseline"),
    Case("i4", ["main_tech_adoption_rate": "95%"], [:], 4.6, "i4_main_techniques ≥95%"),
    Case("i4", ["main_tech_adoption_rate": "94%"], [:], 4.1, "i4_main_techniques −1 point"),
    Case("i4", ["main_tech_adoption_rate": "90%"], [:], 2.1, "i4_main_techniques 90% → 0"),
    Case("i4", ["main_tech_adoption_rate": "89.9%"], [:], 2.1, "i4_main_techniques <90%"),
    Case("i4", [:], ["deduction_counting": "whole_points"], 4.1, "i4_main_techniques whole (93.5% → 1 point)"),
    Case("i4", ["mechanization_policy_effective": "false"], [:], 3.35, "i4_mechanization_policy"),
    Case("i4", ["mechanization_rate_change": "1%"], [:], 4.25, "i4_mechanization_rate <85%: +1 point"),
    Case("i4", ["mechanization_rate_change": "0.99%"], [:], 3.85, "i4_mechanization_rate missed"),
    Case("i4", ["mechanization_rate_last_year": "85%", "mechanization_rate_change": "0%"], [:], 4.25, "i4_mechanization_rate ≥85% kept"),
    Case("i4", ["mechanization_rate_last_year": "85%", "mechanization_rate_change": "-0.1%"], [:], 3.85, "i4_mechanization_rate ≥85% fell"),
    Case("i4", ["mechanization_points_kept": "0%"], [:], 2.25, "i4_mechanization_rate 酌情"),
    Case("i5", [:], [:], 5.0, "baseline"),
    Case("i5", ["grain_sown_area_change": "-3%"], [:], 3.8, "i5_sown_area −3% → 0.8"),
    Case("i5", ["grain_sown_area_change": "-5%"], [:], 3.0, "i5_sown_area −5% → 0"),
    Case("i5", ["grain_sown_area_change": "-7%"], [:], 2.2, "i5_sown_area −7% → −0.8"),
    Case("i5", ["grain_sown_area_change": "-10%"], [:], 1.0, "i5_sown_area −10% → −2"),
    Case("i5", ["grain_sown_area_change": "-15%"], [:], 1.0, "i5_sown_area floor −2"),
    Case("i5", ["grain_sown_area_change": "2%"], [:], 5.0, "i5_sown_area increase"),
    Case("i5", ["grain_sown_area_change": "-3.5%"], [:], 3.6, "i5_sown_area continuous"),
    Case("i5", ["grain_sown_area_change": "-3.5%"], ["deduction_counting": "whole_points"], 4.0, "i5 whole (sown 0.8, output 1.6)"),
    Case("i5", ["grain_sown_area_change": "-3%", "grain_sown_area_exempt_reduction": "3%"], [:], 5.0, "i5_sown_area 剔除"),
    Case("i5", ["grain_output_change": "0%"], [:], 5.6, "i5_grain_output 0%"),
    Case("i5", ["grain_output_change": "-3%"], [:], 4.4, "i5_grain_output −3%"),
    Case("i5", ["grain_output_change": "-5%"], [:], 3.6, "i5_grain_output −5%"),
    Case("i5", ["grain_output_change": "-7%"], [:], 2.8, "i5_grain_output −7%"),
    Case("i5", ["grain_output_change": "-15%"], [:], 1.6, "i5_grain_output floor −2"),
    Case("i5", ["grain_output_change": "-2%", "grain_output_exempt_reduction": "0.5%"], [:], 5.0, "i5_grain_output 剔除"),
    Case("i5", ["functional_zones_mapped_share": "100%"], [:], 5.4, "i5_functional_zones 100%"),
    Case("i5", ["functional_zones_mapped_share": "90%"], [:], 5.0, "i5_functional_zones 90%"),
    Case("i5", ["functional_zones_mapped_share": "89.9%"], [:], 4.2, "i5_functional_zones <90%"),
    Case("i5", ["functional_zones_delineated": "false"], [:], 3.4, "i5_functional_zones not done"),
    Case("i6", [:], [:], 4, "baseline"),
    Case("i6", ["hsf_concentrated_major_or_zones": "false"], [:], 3, "i6_farmland_focus major"),
    Case("i6", ["county_type": "other", "hsf_concentrated_in_zones": "false"], [:], 3, "i6_farmland_focus other"),
    Case("i6", ["county_type": "other", "hsf_concentrated_major_or_zones": "false"], [:], 4, "i6_farmland_focus other"),
    Case("i6", ["county_funds_for_functional_zones": "false"], [:], 3, "i6_county_funds"),
    Case("i6", ["has_seed_breeding_base": "true"], [:], 2.5, "i6_seed_base with base"),
    Case("i6", ["has_seed_breeding_base": "true", "seed_base_policy_in_supervision": "true"], [:], 4, "i6_seed_base with base"),
    Case("i6", ["improved_variety_trials": "false"], [:], 2.5, "i6_seed_base other"),
    Case("i6", ["seed_case_handling_rate": "90%"], [:], 3.9, "i6_seed_cases −10 points"),
    Case("i6", ["seed_case_handling_rate": "0%"], [:], 3.5, "i6_seed_cases floor 0"),
    Case("i6", ["seed_case_handling_rate": "85%"], [:], 3.85, "i6_seed_cases continuous"),
    Case("i6", ["seed_case_handling_rate": "85%"], ["deduction_counting": "whole_points"], 3.9, "i6_seed_cases whole"),
    Case("i7", ["hsf_evaluation_share": "100%"], [:], 3, "i7_evaluation"),
    Case("i7", ["hsf_evaluation_share": "0%"], [:], 0, "i7_evaluation"),
    Case("i7", [:], [:], 2.55, "i7_evaluation 85%"),
    Case("i8", [:], [:], 4.4015, "baseline"),
    Case("i8", ["large_district_local_funding_rate": "100%"], [:], 4.4215, "i8_large_district_local_funds D=100%"),
    Case("i8", ["large_district_local_funding_rate": "85%"], [:], 4.4115, "i8_large_district_local_funds 85%"),
    Case("i8", ["large_district_local_funding_rate": "70%"], [:], 4.4015, "i8_large_district_local_funds 70%"),
    Case("i8", ["large_district_local_funding_rate": "69.9%"], [:], 4.3915, "i8_large_district_local_funds <70%"),
    Case("i8", ["large_district_local_funding_rate": "49%"], [:], 4.3815, "i8_large_district_local_funds <50%"),
    Case("i8", ["large_district_investment_completion": "90%"], [:], 4.4015, "i8_large_district 90%"),
    Case("i8", ["large_district_investment_completion": "45%"], [:], 4.1515, "i8_large_district 45%/90%"),
    Case("i8", ["medium_district_investment_completion": "80%"], [:], 4.4515, "i8_medium_district 80%"),
    Case("i8", ["has_large_irrigation_district": "false"], [:], 4.3965, "i8 reallocation to ②③"),
    Case("i8", ["has_large_irrigation_district": "false", "has_key_medium_irrigation_project": "false"], [:], 4.4215, "i8 reallocation both"),
    Case("i8", ["effective_irrigated_area_change": "-0.1%"], [:], 3.9015, "i8_irrigated_area"),
    Case("i8", ["irrigation_management_funding_rate": "100%"], [:], 4.4415, "i8_district_management"),
    Case("i8", ["efficient_irrigation_evaluation_share": "100%"], [:], 4.6415, "i8_efficient_irrigation"),
    Case("i8", ["well_new_reform_area_completion": "50%"], [:], 4.3845, "i8_reform_new_area well 50%"),
    Case("i8", ["well_new_reform_area_completion": "49%"], [:], 4.342, "i8_reform_new_area well <50%"),
    Case("i8", ["canal_water_price_status": "none"], [:], 4.2215, "i8_reform_water_price"),
    Case("i8", ["well_reform_area": "0"], [:], 4.462, "i8 weighted average, canal only"),
    Case("i8", ["reform_county_funds_used": "true"], [:], 4.5215, "i8_reform_county_funds"),
    Case("i9", [:], [:], 1, "baseline"),
    Case("i9", ["land_subsidy_budget_execution": "95%"], [:], 1, "i9_land_subsidy 95%"),
    Case("i9", ["land_subsidy_budget_execution": "94.9%"], [:], 0.5, "i9_land_subsidy <95%"),
    Case("i9", ["other_grain_subsidies_paid": "false"], [:], 0.5, "i9_other_subsidies"),
    Case("i9", ["subsidy_misuse": "true"], [:], -1, "i9_misuse 此项不得分+倒扣1"),
    Case("i10", ["farmer_training_satisfaction": "85%"], [:], 0, "i10 超过85%"),
    Case("i10", ["farmer_training_satisfaction": "85.1%"], [:], 1, "i10"),
    Case("i10", ["farm_trusteeship_progressing": "false"], [:], 0, "i10"),
    Case("i11", [:], [:], 2, "i11_purchase 2.5 capped at 2"),
    Case("i11", [:], ["cap_indicators": "false"], 2.5, "i11_purchase uncapped"),
    Case("i11", ["widespread_selling_difficulty": "true"], [:], 0, "i11_purchase"),
    Case("i11", ["selling_difficulty_exposed": "true"], [:], 1, "i11_exposed"),
    Case("i11", ["selling_difficulty_exposed": "true"], ["cap_indicators": "false"], 1.5, "i11_exposed uncapped"),
    Case("i11", ["selling_difficulty_exposed": "true", "selling_difficulty_unresolved": "true"], [:], -1, "i11_unresolved"),
    Case("i11", ["selling_difficulty_exposed": "true", "selling_difficulty_unresolved": "true", "widespread_selling_difficulty": "true"], [:], -3, "i11 all"),
    Case("i11", ["selling_difficulty_unresolved": "true"], [:], 2, "i11_unresolved needs exposure"),
    Case("i12", [:], [:], 0.5, "i12_no_excess_grain"),
    Case("i12", ["excess_grain_found": "true"], [:], 0.5, "i12_excess_grain_measures"),
    Case("i12", ["excess_grain_found": "true", "excess_grain_measures": "false"], [:], 0, "i12"),
    Case("i12", [:], ["excess_grain_clauses": "cumulative"], 1, "i12 cumulative"),
    Case("i12", ["excess_grain_found": "true"], ["excess_grain_clauses": "cumulative"], 0.5, "i12 cumulative"),
    Case("i12", ["excess_grain_measures": "false"], ["excess_grain_clauses": "cumulative"], 0.5, "i12 cumulative"),
    Case("i13", ["policy_grain_funds_secured": "false"], [:], 0.75, "i13_policy_funds"),
    Case("i13", ["purchase_funds_misappropriated": "true"], [:], 0.5, "i13_no_misappropriation"),
    Case("i13", ["guarantee_fund_overrun": "true"], [:], -0.5, "i13_guarantee_overrun, scope indicator"),
    Case("i13", ["guarantee_fund_overrun": "true"], ["violation_scope": "sub_item"], 0, "i13_guarantee_overrun, scope sub_item"),
    Case("i13", ["iou_petitions": "true"], [:], -0.5, "i13_iou_petitions, scope indicator"),
    Case("i13", ["iou_petitions": "true"], ["violation_scope": "sub_item"], 0, "i13_iou_petitions, scope sub_item"),
    Case("i13", ["iou_petitions": "true", "guarantee_fund_overrun": "true"], ["violation_scope": "sub_item"], -1, "i13 both"),
    Case("i14", [:], [:], 4, "i14 Σ5.5 capped at 4"),
    Case("i14", [:], ["cap_indicators": "false"], 5.5, "i14 uncapped"),
    Case("i14", ["reserve_rotation_gap_months": "4"], ["cap_indicators": "false"], 6, "i14_rotation_gap ≤4"),
    Case("i14", [:], ["cap_indicators": "false", "i14_rotation_gap_limit": "within_6_months"], 6, "i14_rotation_gap ≤6"),
    Case("i14", ["reserve_rotation_gap_months": "7"], ["cap_indicators": "false", "i14_rotation_gap_limit": "within_6_months"], 5.5, "i14_rotation_gap >6"),
    Case("i14", ["local_reserve_stock_vs_target": "99%"], [:], 2.5, "i14_scale"),
    Case("i14", ["local_reserve_stock_vs_target": "99%", "reserve_ration_share": "69%"], [:], 1.5, "i14_scale + i14_ration_share"),
    Case("i14", ["reserve_ration_share": "70%"], ["cap_indicators": "false"], 5.5, "i14_ration_share 70%"),
    Case("i15", [:], [:], 2, "i15 clean"),
    Case("i15", ["reserve_release_obstructed": "true"], [:], 0, "i15_obstruction"),
    Case("i15", ["reserve_release_obstructed": "true", "reserve_release_obstruction_severe": "true"], [:], -2, "i15_severe"),
    Case("i15", ["reserve_release_obstruction_severe": "true"], [:], 2, "i15_severe needs obstruction"),
    Case("i15", [:], ["i15_award_if_no_obstruction": "false"], 0, "i15 policy off"),
    Case("i15", ["reserve_release_obstructed": "true"], ["i15_award_if_no_obstruction": "false"], -2, "i15 policy off"),
    Case("i15", ["reserve_release_obstructed": "true", "reserve_release_obstruction_severe": "true"], ["i15_award_if_no_obstruction": "false"], -4, "i15 policy off"),
    Case("i16", ["reserve_cost_rules_issued": "false"], [:], 2, "i16_rules"),
    Case("i16", ["reserve_costs_fully_funded": "false"], [:], -1, "i16_funding + i16_funding_shortfall"),
    Case("i16", ["reserve_costs_fully_funded": "false", "reserve_cost_rules_issued": "false"], [:], -3, "i16"),
    Case("i17", ["reserve_compensation_pilot": "true"], [:], 1, "i17"),
    Case("i17", ["reserve_compensation_mechanism": "false"], [:], 0, "i17"),
    Case("i18", ["stock_limits_enforced": "false"], [:], 0, "i18"),
    Case("i19_20", ["enterprises_in_online_trading": "false"], [:], 0, "i19_20"),
    Case("i21_22", [:], [:], 3, "baseline"),
    Case("i21_22", ["emergency_drill_within_3_years": "false"], [:], 2, "i21_22_emergency_plan"),
    Case("i21_22", ["emergency_system_investment": "false"], [:], 2.5, "i21_22_emergency_system"),
    Case("i21_22", ["military_grain_inspections": "false"], [:], 2.5, "i21_22_military_inspections"),
    Case("i21_22", ["military_supply_incident": "true"], [:], 0, "i21_22 此项不得分, scope indicator"),
    Case("i21_22", ["military_supply_incident": "true"], ["violation_scope": "sub_item"], 1.5, "i21_22 scope sub_item"),
    Case("i21_22", ["military_supply_incident": "true", "military_supply_incident_severe": "true"], [:], -1.5, "i21_22_military_incident"),
    Case("i21_22", ["military_supply_incident": "true", "military_supply_incident_severe": "true"], ["violation_scope": "sub_item"], 0, "i21_22 sub_item severe"),
    Case("i23", ["finished_reserve_days": "10"], [:], 1, "i23_county_reserve 10天"),
    Case("i23", ["finished_reserve_days": "9.9"], [:], -1, "i23_county_shortfall"),
    Case("i23", ["is_district_or_city": "true", "district_reserve_standard_met": "true", "finished_reserve_days": "0"], [:], 1, "i23_district_reserve"),
    Case("i23", ["is_district_or_city": "true"], [:], -1, "i23_district_shortfall"),
    Case("i24_25", ["circulation_statistics_rated": "false"], [:], 1, "i24_25_statistics"),
    Case("i24_25", ["statistics_fraud": "true"], [:], -1, "i24_25_fraud"),
    Case("i26", [:], [:], 2, "baseline (no case → 0.35)"),
    Case("i26", [:], ["not_applicable_scores_full": "false"], 1.65, "i26_case_handling no case, policy off"),
    Case("i26", ["grain_case_status": "handled_promptly"], [:], 2, "i26_case_handling"),
    Case("i26", ["grain_case_status": "not_handled"], [:], 1.65, "i26_case_handling"),
    Case("i26", ["purchase_market_inspection": "false"], [:], 1.85, "i26_purchase_inspection"),
    Case("i26", ["serious_violation": "true"], [:], 1, "i26_serious_violation"),
    Case("i26", ["serious_violation": "true", "serious_violation_unhandled": "true"], [:], 0, "i26_violation_unhandled"),
    Case("i27", [:], [:], 1.5, "baseline"),
    Case("i27", ["registration_deduction": "1"], [:], 1.0, "i27_registration 1"),
    Case("i27", ["registration_problems": "false"], [:], 2, "i27_registration none"),
    Case("i27", ["reserve_book_mismatch": "true"], [:], 0.5, "i27_book_mismatch"),
    Case("i27", ["reserve_book_mismatch": "true", "hidden_risks_missed": "true"], [:], 0, "i27_risks_missed"),
    Case("i27", ["reserve_book_mismatch": "true", "hidden_risks_missed": "true", "risks_not_handled": "true"], [:], 0, "i27 floor 0"),
    Case("i27", ["reserve_book_mismatch": "true", "hidden_risks_missed": "true", "risks_not_handled": "true"], ["deductions_floor_at_zero": "false"], -1, "i27 no floor"),
    Case("i27", ["is_inventory_check_pilot": "true"], [:], 1.1, "i27_report pilot"),
    Case("i27", ["is_inventory_check_pilot": "true", "pilot_recheck_reported": "true"], [:], 1.5, "i27_report pilot"),
    Case("i27", ["enterprise_major_accident": "true"], [:], 0.5, "i27_enterprise_accident"),
    Case("i27", ["enterprise_major_accident": "true", "enterprise_accident_unhandled": "true"], [:], -0.5, "i27_accident_unhandled"),
    Case("i28", [:], [:], 1.55, "baseline"),
    Case("i28", ["has_central_funded_projects": "false"], [:], 2, "i28 no projects"),
    Case("i28", ["investment_plan_late": "true"], [:], 1.3, "i28_plan_late"),
    Case("i28", ["unfinished_project_share": "100%"], [:], 0.75, "i28_unfinished max 1.0"),
    Case("i28", ["project_major_accident_count": "1"], [:], 1.05, "i28_accident"),
    Case("i28", ["audit_problem_count": "8"], [:], 0, "i28 扣完为止"),
    Case("i28", ["storage_infrastructure_adequate": "false"], [:], 0, "i28 扣完为止"),
    Case("i29", [:], [:], 1.5, "baseline"),
    Case("i29", ["online_supervision_full_coverage": "true"], [:], 1.8, "i29_online_supervision"),
    Case("i29", ["smart_depot_status": "started"], [:], 1.3, "i29_depot_unfinished (0.5−0.2−0.3)"),
    Case("i29", ["smart_depot_status": "not_started"], [:], 1.3, "i29_smart_depot"),
    Case("i29", ["depot_project_major_incident": "true"], [:], 1.3, "i29_depot_incident 扣完为止"),
    Case("i29", ["military_project_plan_change": "none"], [:], 1.6, "i29_military_plan"),
    Case("i29", ["military_project_plan_change": "major"], [:], 1.35, "i29_military_plan"),
    Case("i29", ["military_project_progress": "behind"], [:], 1.35, "i29_military_progress"),
    Case("i29", ["military_project_progress": "not_started"], [:], 1.25, "i29_military_progress"),
    Case("i29", ["has_military_grain_project": "false", "military_own_plan_implemented": "true", "military_own_emergency_capable": "true"], [:], 1.6, "i29_military_own_*"),
    Case("i29", ["has_military_grain_project": "false"], [:], 1.1, "i29_military_own_*"),
    Case("i29", ["military_project_misuse": "true"], [:], 0, "i29_military_misuse scope indicator"),
    Case("i29", ["military_project_misuse": "true"], ["violation_scope": "sub_item"], 1.1, "i29 scope sub_item"),
    Case("i29", ["military_project_misuse": "true", "military_project_misuse_severe": "true"], [:], -0.5, "i29_military_misuse severe"),
    Case("i29", ["military_project_misuse": "true", "military_project_misuse_severe": "true"], ["violation_scope": "sub_item"], 0.6, "i29 severe sub_item"),
    Case("i29", ["post_harvest_centers_built_share": "80%"], [:], 1.5, "i29_post_harvest_centres 80%"),
    Case("i29", ["post_harvest_centers_built_share": "79%"], [:], 1.4, "i29_post_harvest_centres"),
    Case("i29", ["post_harvest_centers_built_share": "60%"], [:], 1.4, "i29_post_harvest_centres 60%"),
    Case("i29", ["post_harvest_centers_built_share": "59%"], [:], 1.3, "i29_post_harvest_centres <60%"),
    Case("i29", ["post_harvest_power_price": "true"], [:], 1.6, "i29_power_price"),
    Case("i29", ["has_post_harvest_projects": "false", "post_harvest_work_effective": "true"], [:], 1.6, "i29_post_harvest_other"),
    Case("i29", ["has_post_harvest_projects": "false"], [:], 1.1, "i29_post_harvest_other"),
    Case("i29", ["grain_saving_campaign": "false"], [:], 1.0, "i29_grain_saving"),
    Case("i30", ["storage_registration_system": "false"], [:], 0.4, "i30_registration"),
    Case("i30", ["storage_facility_violations": "true"], [:], 0.6, "i30_protection"),
    Case("i31", ["policy_grain_public_trading": "false"], [:], 0, "i31"),
    Case("i32_33", ["production_marketing_cooperation": "false"], [:], 0, "i32_33"),
    Case("i34_35", ["mixed_ownership_results": "true"], [:], 4, "i34_35_mixed_results"),
    Case("i34_35", ["backbone_soe_cultivated": "false"], [:], 1, "i34_35_backbone_soe"),
    Case("i36", [:], [:], 3.4, "baseline"),
    Case("i36", ["is_good_grain_oil_key_county": "true"], [:], 1.4, "i36_good_grain_oil key county"),
    Case("i36", ["is_good_grain_oil_key_county": "true", "good_grain_oil_key_requirements_met": "true"], [:], 3.4, "i36_good_grain_oil"),
    Case("i36", ["tech_innovation_platform": "true", "high_quality_development_results": "true"], [:], 4, "i36 full"),
    Case("i37", ["soil_pollution_plan": "false"], [:], 1, "i37_annual_plan + i37_plan_filed"),
    Case("i37", ["soil_plan_filed": "false"], [:], 1.5, "i37_plan_filed"),
    Case("i38", ["soil_classification_township_share": "20%"], [:], 2, "i38_soil_classification 20%"),
    Case("i38", ["soil_classification_township_share": "19.9%"], [:], 1.5, "i38_soil_classification"),
    Case("i38", ["nitrogen_phosphorus_monitoring": "false"], [:], 1.5, "i38_monitoring_network"),
    Case("i39", ["inspection_tasks_completed": "false", "inspection_points_kept": "60%"], [:], 0.6, "i39_testing 酌情"),
    Case("i40", [:], [:], 1.9, "baseline"),
    Case("i40", ["unsafe_grain_outflow": "true"], [:], 0.9, "i40_unsafe_outflow"),
    Case("i40", ["unsafe_grain_outflow": "true", "unsafe_grain_inflow_mishandled": "true"], [:], 0, "i40_unsafe_inflow floor"),
    Case("i40", ["unsafe_grain_outflow": "true", "unsafe_grain_inflow_mishandled": "true"], ["deductions_floor_at_zero": "false"], -0.1, "i40 no floor"),
    Case("i40", ["import_epidemic_lapses": "2"], [:], 1.7, "i40_import_epidemic_lapses"),
    Case("i40", ["import_epidemic_lapses": "2", "import_port_auto_sampling": "true"], [:], 1.8, "i40_import_port_bonus"),
    Case("i40", ["import_port_auto_sampling": "true"], [:], 1.9, "i40_import_port_bonus capped by 0.35"),
    Case("i40", ["import_risk_lapses": "3"], [:], 1.6, "i40_import_risk_lapses"),
    Case("i40", ["import_risk_lapses": "5"], [:], 1.5, "i40_import_risk_lapses 0.4封顶"),
    Case("i40", ["brand_registrations_growth": "true"], [:], 2, "i40_brand_registrations"),
    Case("i40", ["brand_infringement_mishandled": "true"], [:], 1.65, "i40_brand_infringement"),
    Case("i41", [:], [:], 2.5, "baseline"),
    Case("i41", ["quality_project_completion": "100%"], [:], 3, "i41_quality_project"),
    Case("i41", ["quality_project_completion": "50%"], [:], 2, "i41_quality_project 超50%"),
    Case("i41", ["quality_project_completion": "50.1%"], [:], 2.5, "i41_quality_project"),
    Case("i41", ["in_quality_inspection_project": "false"], [:], 3, "i41_quality_project n/a"),
    Case("i41", ["in_quality_inspection_project": "false"], ["not_applicable_scores_full": "false"], 2, "i41_quality_project n/a off"),
    Case("i41", ["has_county_inspection_agency": "false"], [:], 0.5, "i41_agency_operation + i41_no_agency"),
    Case("i41", ["has_county_inspection_agency": "false", "quality_project_completion": "0%", "inventory_quality_check_done": "false", "inventory_quality_points_kept": "0%"], [:], 0, "i41_no_agency floor"),
    Case("i41", ["has_county_inspection_agency": "false", "quality_project_completion": "0%", "inventory_quality_check_done": "false", "inventory_quality_points_kept": "0%"], ["deductions_floor_at_zero": "false"], -1, "i41_no_agency no floor"),
    Case("i41", ["inventory_quality_check_done": "false", "inventory_quality_points_kept": "50%"], [:], 2, "i41_inventory_quality"),
    Case("i41", ["inspection_data_falsified": "true"], [:], -1.5, "i41_data_falsified"),
    Case("i42", ["risk_fund_use_compliant": "false"], [:], 1, "i42"),
    Case("i43", [:], [:], 3.94, "baseline"),
    Case("i43", ["hotline_notified_count": "0"], [:], 4, "i43 full"),
    Case("i43", ["hotline_overdue_count": "1"], [:], 3.88, "i43_hotline_overdue"),
    Case("i43", ["hotline_notified_count": "2", "hotline_overdue_count": "2"], [:], 3.76, "i43 4 cases"),
    Case("i43", ["hotline_notified_count": "2", "hotline_overdue_count": "2", "hotline_returned_count": "1"], [:], 3.4, "i43_hotline_limit ≥5"),
    Case("i43", ["responsibility_work_plan_submitted": "false"], [:], 3.04, "i43_work_plan + i43_work_plan_missing"),
    Case("i43", ["department_duties_fulfilled": "false"], [:], 1.94, "i43_department_duties_missing"),
    Case("i43", ["enforcement_capacity_adequate": "false"], [:], 2.34, "i43_enforcement_missing"),
    Case("i43", ["leaders_studied_food_security": "false"], [:], 3.64, "i43_leaders_study"),
    Case("i43", ["hotline_work_and_publicity": "false"], [:], 3.34, "i43_hotline off, deduction from other points"),
    Case("i43", ["hotline_work_and_publicity": "false", "hotline_notified_count": "5"], [:], 3.4, "i43_hotline_limit"),
  ]

  func workspace(_ c: Case) throws -> Workspace {
    var w = try Workspace.load(rubric: "yulin-grain-2019", baseline: nil)
    for (name, value) in c.policies { try w.setPolicy(name, value) }
    for (name, value) in c.inputs { try w.apply(assignment: "\(name)=\(value)") }
    return w
  }

  @Test(arguments: cases)
  func indicator(_ c: Case) throws {
    let w = try workspace(c)
    #expect(abs(w.evaluate().indicator(c.indicator) - c.expected) < 1e-6, "\(c)")
  }

  @Test func everyIndicatorIsCovered() throws {
    let w = try Workspace.load(rubric: "yulin-grain-2019", baseline: nil)
    #expect(Set(Self.cases.map(\.indicator)) == Set(w.rubric.indicators.map(\.id)))
    #expect(w.rubric.indicators.flatMap(\.numbers).sorted() == Array(1...43))
    #expect(w.rubric.units[0].areas.count == 8)
    #expect(w.rubric.units[0].areas.flatMap(\.items).count == 19)
  }

  /// The issue's own examples, clause by clause.
  @Test(arguments: [("0%", 2.0), ("-3%", 0.8), ("-5%", 0.0), ("-7%", -0.8), ("-15%", -2.0)])
  func sownAreaClause(change: String, expected: Double) throws {
    var w = try Workspace.load(rubric: "yulin-grain-2019", baseline: nil)
    try w.apply(assignment: "grain_sown_area_change=\(change)")
    #expect(abs(w.evaluate().clause("i5_sown_area") - expected) < 1e-9)
  }

  @Test(arguments: [("0", 2.4), ("0.2", 3.0), ("-0.1", 1.9)])
  func qualityGrade(change: String, expected: Double) throws {
    var w = try Workspace.load(rubric: "yulin-grain-2019", baseline: nil)
    try w.apply(assignment: "cultivated_quality_grade_change=\(change)")
    #expect(abs(w.evaluate().indicator("i3") - expected) < 1e-9)
  }

  @Test(arguments: [
    ([String: String](), 90.9915), (["deduction_counting": "whole_points"], 91.4415), (["cap_indicators": "off"], 92.9915),
  ])
  func totals(policies: [String: String], expected: Double) throws {
    var w = try Workspace.load(rubric: "yulin-grain-2019", baseline: nil)
    for (name, value) in policies { try w.setPolicy(name, value) }
    #expect(abs(w.evaluate().total() - expected) < 1e-6)
  }

  @Test func lintReportsTheSourcesInconsistencies() throws {
    let w = try Workspace.load(rubric: "yulin-grain-2019", baseline: nil)
    let messages = Linter.lint(w.compiled).map(\.message)
    #expect(messages.contains { $0.contains("clause 'i11_purchase' awards 2.5 points, but indicator 11 is allotted only 2") })
    #expect(messages.contains { $0.contains("indicator 14's clauses add up to more than its points: 6 against 4") })
  }
}
