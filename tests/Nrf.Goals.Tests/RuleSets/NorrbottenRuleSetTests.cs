using Nrf.Goals.Reports;
using Nrf.Goals.Values;
using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Verdicts;
using Nrf.Goals.Words;

namespace Nrf.Goals.Tests.RuleSets;

/// <summary>
/// Region Norrbotten's regionstyrelsens plan 2020 (rules/region-norrbotten/rs-plan-2020.yaml) against the seed
/// ../shared/seeds/003_816a0507c14fb9ba.txt: the styrmått count per perspective, each target shape at its boundary on a
/// real styrmått of the plan with the plan's own numbers, and the full evaluation of the DÅ 08 2020 example.
/// </summary>
public sealed class NorrbottenRuleSetTests(NorrbottenFixture plan) : IClassFixture<NorrbottenFixture>
{
    // ------------------------------------------------------------------ the rule file

    [Fact]
    public void Load_ShippedRuleFile_LoadsWithoutWarnings()
    {
        plan.RuleSet.Warnings.Should().BeEmpty();
        plan.RuleSet.Should().BeEquivalentTo(new { Id = "rs-plan-2020", Entity = "region-norrbotten", ValidFrom = 2020, ValidTo = 2022 });
        plan.RuleSet.Goals.Should().HaveCount(62);
    }

    [Fact]
    public void Load_StyrmattPerPerspective_EqualsTheRowsOfTheSeed()
    {
        // Seed tables, row by row: Samhälle 7, Medborgare 13, Verksamhet 19 (2 "Aktivitet:"), Medarbetare 12,
        // Ekonomi 11 (2 "Aktivitet:").
        plan.RuleSet.Goals.GroupBy(g => g.Groups[0]).Select(g => (g.Key, g.Count())).Should().Equal(
            ("samhalle", 7), ("medborgare", 13), ("verksamhet", 19), ("medarbetare", 12), ("ekonomi", 11));
    }

    [Fact]
    public void Load_Hierarchy_FivePerspectivesSeventeenStrategicGoalsThirtySuccessFactors()
    {
        plan.RuleSet.Groups.GroupBy(g => g.Level).Select(g => (g.Key, g.Count())).Should().Equal(
            ("perspektiv", 5), ("strategiskt mål", 17), ("framgångsfaktor", 30));
        plan.RuleSet.Goals.Should().OnlyContain(g => g.Groups.Length == 3, "every styrmått sits under perspektiv → strategiskt mål → framgångsfaktor");
    }

    [Fact]
    public void Load_RiskScores_NoneInventedBecauseTheAppendixIsNotInTheSeed() =>
        plan.RuleSet.Groups.Should().OnlyContain(g => g.Risk == null);

    [Fact]
    public void Load_FinancialGoals_AreTheThreeFinancialStyrmattOfEkonomiperspektivet()
    {
        plan.RuleSet.Goals.Where(g => g.Category == GoalCategory.Financial).Select(g => g.Id).Should().Equal(
            "eko-resultat", "eko-inom-budget", "eko-pensioner");
        plan.RuleSet.Policy.Operational.Should().Be(new JudgementRequired("overall_goal_fulfilment"));
        plan.RuleSet.Policy.Financial.Should().BeOfType<AllRequired>();
        plan.RuleSet.Policy.Wording.Should().Contain("inom de ekonomiska ramarna och med god måluppfyllelse");
    }

    // ------------------------------------------------------------------ each target shape at its boundary

    [Theory]
    [InlineData(2020, "6.49", GoalStatus.Met)]
    [InlineData(2020, "6.5", GoalStatus.NotMet)]
    [InlineData(2022, "4.99", GoalStatus.Met)]
    [InlineData(2022, "5", GoalStatus.NotMet)]
    public void Vardskador_Under65And5_StrictBound(int year, string value, GoalStatus expected) =>
        plan.Goal("verk-vardskador", $"  care_injuries_pct: {value}\n", year).Status.Should().Be(expected);

    [Fact]
    public void Vardskador_NotFollowedUpInDa04() =>
        plan.Goal("verk-vardskador", "  care_injuries_pct: 6\n", report: "interim", header: "period: DÅ04\n").Reason.Should().Be("följs inte upp i DÅ 04");

    [Theory]
    [InlineData(2020, "270", GoalStatus.Met)]
    [InlineData(2020, "270.1", GoalStatus.NotMet)]
    [InlineData(2022, "245", GoalStatus.Met)]
    [InlineData(2022, "246", GoalStatus.NotMet)]
    public void Antibiotikarecept_270And245_LowerIsBetterInclusive(int year, string value, GoalStatus expected) =>
        plan.Goal("verk-antibiotikarecept", $"  antibiotics_per_1000: {value}\n", year).Status.Should().Be(expected);

    [Theory]
    [InlineData(2020, "16.0", "17.2", GoalStatus.Met)]
    [InlineData(2020, "16.1", "17.2", GoalStatus.PartlyMet)]
    [InlineData(2020, "16.0", "17.3", GoalStatus.PartlyMet)]
    [InlineData(2020, "16.1", "17.3", GoalStatus.NotMet)]
    [InlineData(2022, "15.0", "15.5", GoalStatus.Met)]
    [InlineData(2022, "15.0", "15.6", GoalStatus.PartlyMet)]
    public void Aterinskrivningar_K160M172_EachSexAgainstItsOwnTarget(int year, string women, string men, GoalStatus expected) =>
        plan.Goal("med-aterinskrivningar", $"  readmissions_65_pct: {{K: {women}, M: {men}}}\n", year).Status.Should().Be(expected);

    [Theory]
    [InlineData("DÅ04", "61", GoalStatus.Met)]
    [InlineData("DÅ04", "60.9", GoalStatus.NotMet)]
    [InlineData("DÅ08", "62", GoalStatus.Met)]
    [InlineData("DÅ08", "61.9", GoalStatus.NotMet)]
    public void Pensioner2020_InterimTargets61And62(string period, string value, GoalStatus expected) =>
        plan.Goal("eko-pensioner", $"  pension_consolidation_pct: {value}\n", report: "interim", header: $"period: {period}\ncovers: {{staffing_agency_cost_share_pct: yearToDate}}\n").Status.Should().Be(expected);

    [Theory]
    [InlineData(2020, "64", GoalStatus.Met)]
    [InlineData(2020, "63.9", GoalStatus.NotMet)]
    [InlineData(2022, "67", GoalStatus.Met)]
    [InlineData(2022, "66.9", GoalStatus.NotMet)]
    public void Pensioner_AnnualTargets64And67(int year, string value, GoalStatus expected) =>
        plan.Goal("eko-pensioner", $"  pension_consolidation_pct: {value}\n", year).Status.Should().Be(expected);

    [Theory]
    [InlineData("2022-04-30", "65", GoalStatus.Met)]
    [InlineData("2022-04-30", "64.9", GoalStatus.NotMet)]
    [InlineData("2022-08-31", "66", GoalStatus.Met)]
    [InlineData("2022-08-31", "65.9", GoalStatus.NotMet)]
    public void Pensioner2022_InterimTargets65And66FromAsOf(string asOf, string value, GoalStatus expected) =>
        plan.Goal("eko-pensioner", $"  pension_consolidation_pct: {value}\n", 2022, "interim", $"asOf: {asOf}\n").Status.Should().Be(expected);

    [Theory]
    [InlineData(2020, "60", GoalStatus.Met)]
    [InlineData(2020, "59.9", GoalStatus.NotMet)]
    [InlineData(2022, "65", GoalStatus.Met)]
    [InlineData(2022, "64.9", GoalStatus.NotMet)]
    public void Inloggade1177_60And65PerYear(int year, string value, GoalStatus expected) =>
        plan.Goal("verk-inloggade-1177", $"  login_1177_pct: {value}\n", year).Status.Should().Be(expected);

    [Fact]
    public void Inloggade1177_In2021_NotEvaluableBecauseThePlanSetsNoTarget()
    {
        var goal = plan.Goal("verk-inloggade-1177", "  login_1177_pct: 99\n", 2021);

        goal.Status.Should().Be(GoalStatus.NotEvaluable);
        goal.Reason.Should().Be("inget mål för 2021");
    }

    [Fact]
    public void Extratid_In2022_NotEvaluableBecauseTheMal2022ColumnIsEmpty() =>
        plan.Goal("mba-extratid", "  overtime_hours: 1\n", 2022).Reason.Should().Be("inget mål för 2022");

    [Theory]
    [InlineData("3", GoalStatus.Met)]
    [InlineData("2", GoalStatus.NotMet)]
    public void Medborgardialoger_OkaAgainstTheBaselineOf2(string value, GoalStatus expected) =>
        plan.Goal("sam-medborgardialoger", $"  citizen_dialogues: {value}\n").Status.Should().Be(expected);

    [Theory]
    [InlineData("1020000", GoalStatus.Met)] // 1,2 miljoner − 15 % = 1 020 000
    [InlineData("1020001", GoalStatus.NotMet)]
    public void TjansteresorFlyg_MinskningMed15Procent(string value, GoalStatus expected) =>
        plan.Goal("sam-tjansteresor-flyg", $"  business_flights_personmil: {value}\n").Status.Should().Be(expected);

    [Theory]
    [InlineData("{2019: 120, 2020: 119.9}", GoalStatus.Met)]
    [InlineData("{2019: 120, 2020: 120}", GoalStatus.NotMet)]
    public void UtslappPersonbilar_NyttMattMinskaAgainstTheYearBefore(string value, GoalStatus expected) =>
        plan.Goal("sam-utslapp-personbilar", $"  car_fleet_emissions: {value}\n").Status.Should().Be(expected);

    [Fact]
    public void UtslappPersonbilar_NoValueForTheYearBefore_NotEvaluable() =>
        plan.Goal("sam-utslapp-personbilar", "  car_fleet_emissions: 119\n").Reason.Should().Be("värde saknas för car_fleet_emissions 2019");

    [Theory]
    [InlineData("51799", GoalStatus.Met)]
    [InlineData("51800", GoalStatus.NotMet)]
    public void ProduktivitetKpp_LowerCostPerDrgThanTheSameQuarterLastYear(string latest, GoalStatus expected) =>
        plan.Goal("eko-produktivitet-kpp",
            $"  kpp_cost_per_drg_sek: [{{date: 2019-06-30, value: 51800}}, {{date: 2019-09-30, value: 40000}}, {{date: 2020-03-31, value: 53000}}, {{date: 2020-06-30, value: {latest}}}]\n",
            report: "interim", header: "asOf: 2020-08-31\n").Status.Should().Be(expected);

    [Theory]
    [InlineData("107.99", "109", GoalStatus.PartlyMet)] // slutenvård +7,99 % < +8 %; öppenvård +9 % = +9 %
    [InlineData("107.99", "108.99", GoalStatus.Met)]
    [InlineData("108", "109", GoalStatus.NotMet)]
    [InlineData("92", "91", GoalStatus.Met)] // cheaper than riket: −8 % and −9 % (an absolute difference failed these)
    [InlineData("60", "50", GoalStatus.Met)] // far cheaper than riket: "minst i paritet med rikssnittet"
    [InlineData("108", "91", GoalStatus.PartlyMet)] // slutenvård still at 2018's +8 %; öppenvård below riket
    public void KostnadDrg2020_MinskadSkillnadJmf2018_SignedExcessOverRiket(string inpatient, string outpatient, GoalStatus expected) =>
        plan.Goal("eko-kostnad-drg",
            $"  drg_cost_inpatient_sek: {{norrbotten: {inpatient}, riket: 100}}\n  drg_cost_outpatient_sek: {{norrbotten: {outpatient}, riket: 100}}\n").Status.Should().Be(expected);

    [Fact]
    public void KostnadDrg2020_CheaperThanRiket_EachCareFormItsOwnPartWithTheSignedExcess()
    {
        var goal = plan.Goal("eko-kostnad-drg", "  drg_cost_inpatient_sek: {norrbotten: 92, riket: 100}\n  drg_cost_outpatient_sek: {norrbotten: 109, riket: 100}\n");

        goal.Status.Should().Be(GoalStatus.PartlyMet);
        goal.Parts.Select(p => (p.Label, p.Status, p.Detail)).Should().Equal(
            ("Slutenvård (2018 +8 % över riket)", GoalStatus.Met,
                "drg_cost_inpatient_sek[norrbotten] / drg_cost_inpatient_sek[riket] - 1 = (92 / 100) - 1 = -0,08 < 0,08"),
            ("Öppenvård (2018 +9 % över riket)", GoalStatus.NotMet,
                "drg_cost_outpatient_sek[norrbotten] / drg_cost_outpatient_sek[riket] - 1 = (109 / 100) - 1 = 0,09 ≥ 0,09"));
    }

    [Theory]
    [InlineData("100", "95", GoalStatus.Met)]
    [InlineData("100.01", "95", GoalStatus.PartlyMet)]
    [InlineData("92", "91", GoalStatus.Met)] // below riket in both care forms
    [InlineData("100.01", "100.01", GoalStatus.NotMet)]
    public void KostnadDrg2022_IMedRiket_AtMostRiketsCost(string inpatient, string outpatient, GoalStatus expected) =>
        plan.Goal("eko-kostnad-drg",
            $"  drg_cost_inpatient_sek: {{norrbotten: {inpatient}, riket: 100}}\n  drg_cost_outpatient_sek: {{norrbotten: {outpatient}, riket: 100}}\n", 2022).Status.Should().Be(expected);

    [Theory]
    [InlineData(2020, "3370", GoalStatus.Met)] // 3 370 − 3 020 = 350
    [InlineData(2020, "3371", GoalStatus.NotMet)]
    [InlineData(2022, "3290", GoalStatus.Met)] // 270
    [InlineData(2022, "3291", GoalStatus.NotMet)]
    public void Lakemedelskostnad_DifferenceToRiket350And270(int year, string norrbotten, GoalStatus expected) =>
        plan.Goal("eko-lakemedelskostnad", $"  drug_cost_per_capita_sek: {{norrbotten: {norrbotten}, riket: 3020}}\n", year).Status.Should().Be(expected);

    [Fact]
    public void RiskbedomningHjartaStroke2020_GapEqualToBaseline_OnlyThatPartFails()
    {
        // 2017: hjärtsjukdom K 69, M 77 (gap 8); stroke K 76, M 88 (gap 12).
        var goal = plan.Goal("verk-riskbedomning-hjarta-stroke", "  lifestyle_risk_heart_pct: {K: 72, M: 79}\n  lifestyle_risk_stroke_pct: {K: 78, M: 90}\n");

        goal.Status.Should().Be(GoalStatus.PartlyMet);
        goal.Parts.Select(p => (p.Label, p.Status)).Should().Equal(
            ("Hjärtsjukdom ökande", GoalStatus.Met),
            ("Hjärtsjukdom minskad skillnad mellan kön", GoalStatus.Met),
            ("Stroke ökande", GoalStatus.Met),
            ("Stroke minskad skillnad mellan kön", GoalStatus.NotMet));
    }

    [Theory]
    [InlineData("90", GoalStatus.Met)]
    [InlineData("89.9", GoalStatus.PartlyMet)]
    public void RiskbedomningHjartaStroke2022_KochM90(string heartMen, GoalStatus expected) =>
        plan.Goal("verk-riskbedomning-hjarta-stroke", $"  lifestyle_risk_heart_pct: {{K: 90, M: {heartMen}}}\n  lifestyle_risk_stroke_pct: {{K: 90, M: 90}}\n", 2022).Status.Should().Be(expected);

    [Theory]
    [InlineData("{K: 18.9, M: 13.9}", GoalStatus.Met)]
    [InlineData("{K: 19, M: 13.9}", GoalStatus.PartlyMet)]
    [InlineData("{K: 19, M: 14}", GoalStatus.NotMet)]
    public void SkillnadSjalvskattadHalsa_MinskandeAgainst2014(string value, GoalStatus expected) =>
        plan.Goal("med-skillnad-sjalvskattad-halsa", $"  self_rated_health_municipal_gap_pp: {value}\n").Status.Should().Be(expected);

    [Fact]
    public void SkillnadSjalvskattadHalsa_VartFjardeAr_OnlyInTheAnnualReport() =>
        plan.Goal("med-skillnad-sjalvskattad-halsa", "  self_rated_health_municipal_gap_pp: {K: 1, M: 1}\n", report: "interim", header: "period: DÅ08\n")
            .Reason.Should().Be("följs inte upp i DÅ 08");

    [Theory]
    [InlineData("DÅ04", "47", GoalStatus.Met)]
    [InlineData("DÅ04", "48", GoalStatus.NotMet)]
    [InlineData("DÅ08", "24", GoalStatus.Met)]
    [InlineData("DÅ08", "25", GoalStatus.NotMet)]
    [InlineData("ÅR", "48", GoalStatus.Met)]
    [InlineData("ÅR", "49", GoalStatus.NotMet)]
    public void AnmalningarKommunikation_MinskaPerTertialAgainst2018(string period, string value, GoalStatus expected) =>
        plan.Goal("verk-anmalningar-kommunikation", $"  patient_board_communication_complaints: {{T: {value}}}\n", report: period == "ÅR" ? "annual" : "interim", header: $"period: {period}\ncovers: {{patient_board_communication_complaints: tertial}}\n")
            .Status.Should().Be(expected);

    [Theory]
    [InlineData("DÅ08", "9.29", GoalStatus.Met)]
    [InlineData("DÅ08", "9.3", GoalStatus.NotMet)]
    [InlineData("DÅ04", "8.59", GoalStatus.Met)]
    [InlineData("DÅ04", "8.6", GoalStatus.NotMet)]
    public void Bemanningsforetag_MinskaPerPeriodAgainstTheBaseline(string period, string value, GoalStatus expected) =>
        plan.Goal("mba-bemanningsforetag", $"  staffing_agency_cost_share_pct: {value}\n", report: "interim", header: $"period: {period}\ncovers: {{staffing_agency_cost_share_pct: yearToDate}}\n").Status.Should().Be(expected);

    [Theory]
    [InlineData("4.8", "49", "51", GoalStatus.Met)]
    [InlineData("4.81", "49", "51", GoalStatus.PartlyMet)]
    [InlineData("4.81", "48.9", "51.1", GoalStatus.NotMet)]
    public void Sjukfranvaro_Total48Kort49Lang51(string total, string shortShare, string longShare, GoalStatus expected) =>
        plan.Goal("mba-sjukfranvaro", $"  sick_leave_pct: {{T: {total}}}\n  sick_leave_short_share_pct: {shortShare}\n  sick_leave_long_share_pct: {longShare}\n").Status.Should().Be(expected);

    [Theory]
    [InlineData(2020, "1.0", GoalStatus.Met)] // 86 mnkr
    [InlineData(2020, "0.99", GoalStatus.NotMet)]
    [InlineData(2021, "1.0", GoalStatus.Met)] // 87 mnkr: "Mål en procent av skatt, bidrag och utjämning 86 87 90"
    [InlineData(2021, "0.99", GoalStatus.NotMet)]
    [InlineData(2022, "1.0", GoalStatus.Met)] // 90 mnkr
    [InlineData(2022, "0.99", GoalStatus.NotMet)]
    public void Resultat_OneProcentOfTaxesAndGrantsEveryYearOfThePlan(int year, string value, GoalStatus expected) =>
        plan.Goal("eko-resultat", $"  result_share_of_taxes_pct: {value}\n", year).Status.Should().Be(expected);

    [Fact]
    public void Resultat2021_TheOnlyStyrmattWithA2021Target()
    {
        // The styrmått tables print Mål 2020 and Mål 2022 only; the plan's result table is the one three-year sequence.
        plan.RuleSet.Goals.Where(g => g.Criterion is Model.ScheduledCriterion s && s.Cases.Any(c => c.Year == 2021)).Select(g => g.Id)
            .Should().Equal("eko-resultat");
        plan.RuleSet.Goals.Single(g => g.Id == "eko-resultat").Target.Should().Contain("Mål 2021: 1,0 % (87 mnkr)");
    }

    [Fact]
    public void Verdict2021_ResultatMetButNoOtherFinancialTarget_Undetermined()
    {
        var result = plan.Evaluate("  result_share_of_taxes_pct: 1.0\n  pension_consolidation_pct: 99\n", 2021);

        result.Verdict.Financial.Should().BeEquivalentTo(new { Met = 1, NotMet = 0, NotEvaluable = 2, Status = VerdictStatus.Undetermined });
        result.Goal("eko-pensioner")!.Reason.Should().Be("inget mål för ÅR 2021");
    }

    [Theory]
    [InlineData(2020, "0.0", GoalStatus.Met)]
    [InlineData(2020, "-0.1", GoalStatus.NotMet)] // one division over budget: all or nothing, not partly met
    [InlineData(2022, "0.0", GoalStatus.Met)]
    [InlineData(2022, "-0.1", GoalStatus.NotMet)]
    public void InomBudget_EveryDivisionAtLeastZeroDeviation_AllOrNothing(int year, string service, GoalStatus expected) =>
        plan.Goal("eko-inom-budget", $"  budget_deviation_mnkr: {{lanssjukvard: 0.0, narsjukvard: 0.0, folktandvard: 0.0, service: {service}, lansteknik: 0.0, regiongemensamt: 0.0}}\n", year)
            .Status.Should().Be(expected);

    [Fact]
    public void InomBudget_OneDivisionOverBudget_OnePartNotMetWithEveryDivisionInItsDetail()
    {
        var goal = plan.Goal("eko-inom-budget", "  budget_deviation_mnkr: {lanssjukvard: 0.0, narsjukvard: 0.0, folktandvard: 0.0, service: -0.1, lansteknik: 0.0, regiongemensamt: 0.0}\n");

        goal.Parts.Should().ContainSingle().Which.Status.Should().Be(GoalStatus.NotMet);
        goal.Parts[0].Detail.Should().Be(
            "budget_deviation_mnkr[lanssjukvard] = 0 ≥ 0,0; budget_deviation_mnkr[narsjukvard] = 0 ≥ 0,0; budget_deviation_mnkr[folktandvard] = 0 ≥ 0,0; " +
            "budget_deviation_mnkr[service] = -0,1 < 0,0; budget_deviation_mnkr[lansteknik] = 0 ≥ 0,0; budget_deviation_mnkr[regiongemensamt] = 0 ≥ 0,0");
        // The rule file's template names the divisions as the plan does (its keys have no titles a report could read).
        goal.Explanation.Should().Be("Budgetavvikelse Länssjukvård 0,0 mnkr, Närsjukvård 0,0 mnkr, Folktandvård 0,0 mnkr, Service -0,1 mnkr, Länsteknik 0,0 mnkr, regiongemensamt 0,0 mnkr");
        goal.Values.Select(v => v.Key).Should().Equal("lanssjukvard", "narsjukvard", "folktandvard", "service", "lansteknik", "regiongemensamt");
    }

    [Theory]
    [InlineData("-45.2", GoalStatus.NotMet, null)] // a known division over budget decides, whatever is missing
    [InlineData("0.0", GoalStatus.NotEvaluable, "värde saknas för budget_deviation_mnkr[narsjukvard] 2020")]
    public void InomBudget_NarsjukvardNotReported_NotMetOnlyIfAnotherDivisionIsOverBudget(string lanssjukvard, GoalStatus expected, string? reason)
    {
        var goal = plan.Goal("eko-inom-budget", $"  budget_deviation_mnkr: {{lanssjukvard: {lanssjukvard}, folktandvard: 1.2, service: 3.4, lansteknik: 0.0, regiongemensamt: 120.5}}\n");

        goal.Status.Should().Be(expected);
        goal.Reason.Should().Be(reason);
    }

    [Theory]
    [InlineData("verk-akutbesok", "emergency_visits", 2018, 32729, 32953)] // Minska, compared as K + M
    [InlineData("verk-fraga-vald", "asked_about_domestic_violence", 2018, 6242, 3162)] // Öka, compared as K + M
    [InlineData("med-skillnad-sjalvskattad-halsa", "self_rated_health_municipal_gap_pp", 2014, 19, 14)] // Minskande, per sex
    public void PerSexBaselineWithOkaOrMinska_CarriesKAndMAndTheGoalShowsBoth(string goal, string indicator, int year, int women, int men)
    {
        var baseline = plan.RuleSet.FindIndicator(indicator)!.Baseline!;
        baseline.Year.Should().Be(year);
        baseline.ByKey.Should().Contain("K", women).And.Contain("M", men);

        plan.Goal(goal, $"  {indicator}: {{K: 1, M: 1}}\n").Values.Where(v => v.Source == "baseline").Select(v => (v.Key, v.Year, v.Number))
            .Should().Equal(("K", (int?)year, (decimal?)women), ("M", (int?)year, (decimal?)men));
    }

    [Fact]
    public void PerSexBaselines_NeverFlattenedToOneNumber()
    {
        // "Mål, mått och uppföljning sker med ... könsuppdelad statistik": where the plan gives K and M, the baseline keeps
        // both (distansbesök 1 232 (T1 2019), K 701, M 531 keeps T too); a per-sex indicator never has a single baseline.
        var bySex = plan.RuleSet.Indicators.Where(i => i.Baseline is not null && i.Dimension?.Name == "sex").ToList();

        bySex.Should().OnlyContain(i => i.Baseline!.Value == null);
        bySex.Where(i => i.Baseline!.ByKey.Count > 0).Should().OnlyContain(i => i.Baseline!.ByKey.ContainsKey("K") && i.Baseline.ByKey.ContainsKey("M"));
        plan.RuleSet.FindIndicator("remote_visits")!.Baseline!.ByKey.Should().Equal(new Dictionary<string, decimal> { ["K"] = 701, ["M"] = 531, ["T"] = 1232 });
    }

    [Fact]
    public void Activity_AktivitetRow_ShownWithItsStateAndCountedApartFromTheStyrmatt()
    {
        // Bilaga 1: "Alla framgångsfaktorer har inte styrmått utan följs istället med kontrollmått eller genom aktiviteter".
        var result = plan.Evaluate("  digitalisation_plan_activity: {status: in-progress, comment: Åtta av tolv åtgärder genomförda}\n");
        var goal = result.Goal("verk-digitaliseringsstrategi")!;

        goal.IsActivity.Should().BeTrue();
        goal.Activity.Should().Be(ActivityState.InProgress);
        goal.Status.Should().Be(GoalStatus.Monitored);
        goal.Explanation.Should().Be("Läge: pågår: Åtta av tolv åtgärder genomförda");
        result.Goals.Where(g => g.IsActivity).Select(g => g.Id).Should().Equal("verk-digitaliseringsstrategi", "verk-fornyelsearbete", "eko-stockholmskontoret", "eko-patientavgifter");
        // 58 styrmått: 52 operational and 3 financial counted, 3 monitor-only; the four activities in no count.
        (result.Verdict.Operational.Total + result.Verdict.Operational.Monitored).Should().Be(55);
        result.Verdict.Operational.Total.Should().Be(52);
        result.Verdict.Financial.Total.Should().Be(3);
    }

    [Fact]
    public void Activity_WithoutAReportedState_NotEvaluableButStillNotCounted()
    {
        var result = plan.Evaluate("  digitalisation_plan_activity: {status: done}\n");
        var goal = result.Goal("verk-fornyelsearbete")!;

        goal.Status.Should().Be(GoalStatus.NotEvaluable);
        goal.Activity.Should().BeNull();
        goal.Reason.Should().Be("uppgift saknas om aktiviteten renewal_activity");
        result.Verdict.Operational.NotEvaluable.Should().Be(result.Goals.Count(g => g.Category == GoalCategory.Operational && g.Status == GoalStatus.NotEvaluable && !g.IsActivity));
        result.Goal("verk-digitaliseringsstrategi")!.Explanation.Should().Be("Läge: genomförd.");
    }

    [Fact]
    public void MonitorOnly_FoljaUtvecklingen_MonitoredInTheAnnualReport() =>
        plan.Goal("sam-internationella-beredningen", "  international_committee_cases: 9\n").Status.Should().Be(GoalStatus.Monitored);

    [Fact]
    public void Manual_Metodbank_StatusAndCommentCarried()
    {
        var goal = plan.Goal("mba-metodbank", "  method_bank: {status: met, comment: Metodbanken är etablerad på intranätet, assessedBy: Utvecklingsdirektören}\n");

        goal.Status.Should().Be(GoalStatus.Met);
        goal.Comment.Should().Be("Metodbanken är etablerad på intranätet");
        goal.Explanation.Should().Be("Bedömt som uppfyllt av Utvecklingsdirektören: Metodbanken är etablerad på intranätet");
    }

    [Fact]
    public void Manual_Metodbank_MissingAssessmentNotEvaluable_AndNoTargetAfter2020()
    {
        plan.Goal("mba-metodbank", string.Empty).Reason.Should().Be("bedömning saknas för method_bank");
        plan.Goal("mba-metodbank", "  method_bank: {status: met, comment: Klart}\n", 2022).Reason.Should().Be("inget mål för 2022");
    }

    // ------------------------------------------------------------------ the DÅ 08 2020 example

    [Fact]
    public void Example_EveryStyrmatt_HasItsExpectedStatus()
    {
        const GoalStatus Met = GoalStatus.Met, Partly = GoalStatus.PartlyMet, NotMet = GoalStatus.NotMet, Ne = GoalStatus.NotEvaluable, Mon = GoalStatus.Monitored;
        plan.Example.Goals.Select(g => (g.Id, g.Status)).Should().Equal(
            // Samhällsperspektivet: followed up in ÅR (and DÅ 04), so nothing is assessed in DÅ 08.
            ("sam-utslapp-personbilar", Ne), ("sam-tjansteresor-flyg", Ne), ("sam-verksamhetsyta", Ne), ("sam-medborgardialoger", Ne),
            ("sam-kommuner-levnadsvanor", Ne), ("sam-internationella-beredningen", Mon), ("sam-paverkansfragor", Mon),
            ("med-skillnad-sjalvskattad-halsa", Ne), ("med-halsosamtal", Met), ("med-palliativ-behandlingsstrategi", Partly),
            ("med-utskrivningsklara", NotMet), ("med-aterinskrivningar", Met), ("med-bedomning-3-dagar", NotMet),
            ("med-telefon-samma-dag", NotMet), ("med-vantat-forsta-besok-90", NotMet), ("med-vantat-operation-90", NotMet),
            ("med-vantat-bup-bedomning-30", NotMet), ("med-vantat-bup-behandling-30", Ne), ("med-folktandvard-ett-besok", NotMet),
            ("med-svf-cancer", Met),
            ("verk-akutbesok", Ne), ("verk-webbtidbokning", Partly), ("verk-inloggade-1177", Met), ("verk-distansbesok", Met),
            ("verk-digitala-aterbesok", NotMet), ("verk-lokala-programomraden", Ne), ("verk-antibiotikarecept", Met),
            ("verk-fraga-vald", NotMet), ("verk-levnadsvanor-hypertoni", NotMet), ("verk-levnadsvanor-depression", NotMet),
            ("verk-riskbedomning-hjarta-stroke", Partly), ("verk-levnadsvanor-psykos", Met), ("verk-vardskador", NotMet),
            ("verk-lakemedelsberattelse", Met), ("verk-malsatta-processer", Met), ("verk-sip-delaktighet", NotMet),
            ("verk-anmalningar-kommunikation", Met), ("verk-digitaliseringsstrategi", Mon), ("verk-fornyelsearbete", Mon),
            ("mba-sjukfranvaro", Partly), ("mba-foretagshalsan", Ne), ("mba-extratid", Met), ("mba-bemanningsforetag", Met),
            ("mba-forandringsledning", Mon), ("mba-arbetsgivarrollen", Ne), ("mba-forutsattningar-ledarskap", Ne),
            ("mba-hme-total", Ne), ("mba-hme-ledarskap", Ne), ("mba-metodbank", Partly), ("mba-seminarier", NotMet),
            ("mba-publikationer", Ne),
            ("eko-resultat", Met), ("eko-inom-budget", NotMet), ("eko-pensioner", Met), ("eko-stockholmskontoret", Mon),
            ("eko-patientavgifter", Mon), ("eko-kostnad-drg", Ne), ("eko-ytterfall", Ne), ("eko-produktivitet-kpp", NotMet),
            ("eko-oppenvardsandel", Partly), ("eko-lakemedelskostnad", NotMet), ("eko-handlingsplaner", NotMet));
    }

    [Fact]
    public void Example_Explanations_QuoteThePlansNumbers()
    {
        plan.Example.Goal("med-aterinskrivningar")!.Explanation.Should().Be("readmissions_65_pct[K] = 16 ≤ 16,0; readmissions_65_pct[M] = 17,2 ≤ 17,2");
        plan.Example.Goal("eko-pensioner")!.Explanation.Should().Be("pension_consolidation_pct = 62,4 ≥ 62");
        plan.Example.Goal("verk-vardskador")!.Explanation.Should().Be("care_injuries_pct = 6,9 ≥ 6,5");
        plan.Example.Goal("eko-inom-budget")!.Parts[0].Detail.Should().Be(
            "budget_deviation_mnkr[lanssjukvard] = -45,2 < 0,0; budget_deviation_mnkr[narsjukvard] = -61 < 0,0; budget_deviation_mnkr[folktandvard] = 1,2 ≥ 0,0; " +
            "budget_deviation_mnkr[service] = 3,4 ≥ 0,0; budget_deviation_mnkr[lansteknik] = 0 ≥ 0,0; budget_deviation_mnkr[regiongemensamt] = 120,5 ≥ 0,0");
        plan.Example.Goal("eko-inom-budget")!.Explanation.Should().Be(
            "Budgetavvikelse Länssjukvård -45,2 mnkr, Närsjukvård -61,0 mnkr, Folktandvård 1,2 mnkr, Service 3,4 mnkr, Länsteknik 0,0 mnkr, regiongemensamt 120,5 mnkr");
        plan.Example.Goal("med-vantat-bup-behandling-30")!.Reason.Should().Be("värde saknas för wait_cap_treatment_30d_pct[T] 2020");
        plan.Example.Goal("sam-medborgardialoger")!.Reason.Should().Be("följs inte upp i DÅ 08");
        plan.Example.Goal("mba-metodbank")!.Comment.Should().Be("Metodbanken är påbörjad i verktygslådan för förbättring och förnyelse men ännu inte samlad för hela regionen");
    }

    [Fact]
    public void Example_RollUp_CountsPerPerspectiveStrategicGoalAndSuccessFactor()
    {
        // (id, met, partly met, not met, not evaluable, monitored), in declaration order.
        plan.Example.Groups.Select(g => (g.Id, g.Met, g.PartlyMet, g.NotMet, g.NotEvaluable, g.Monitored)).Should().Equal(
            ("samhalle", 0, 0, 0, 5, 2),
            ("samhalle-resurser", 0, 0, 0, 3, 0),
            ("samhalle-resurser-ff1", 0, 0, 0, 0, 0),
            ("samhalle-resurser-ff2", 0, 0, 0, 3, 0),
            ("samhalle-halsa", 0, 0, 0, 2, 0),
            ("samhalle-halsa-ff1", 0, 0, 0, 1, 0),
            ("samhalle-halsa-ff2", 0, 0, 0, 1, 0),
            ("samhalle-ledarskap", 0, 0, 0, 0, 2),
            ("samhalle-ledarskap-ff1", 0, 0, 0, 0, 2),
            ("medborgare", 3, 1, 7, 2, 0),
            ("medborgare-halsa", 1, 0, 0, 1, 0),
            ("medborgare-halsa-ff1", 0, 0, 0, 1, 0),
            ("medborgare-halsa-ff2", 1, 0, 0, 0, 0),
            ("medborgare-vard", 2, 1, 7, 1, 0),
            ("medborgare-vard-ff1", 1, 1, 1, 0, 0),
            ("medborgare-vard-ff2", 1, 0, 6, 1, 0),
            ("verksamhet", 7, 2, 6, 2, 0),
            ("verksamhet-nara-vard", 2, 1, 1, 1, 0),
            ("verksamhet-nara-vard-ff1", 0, 0, 0, 1, 0),
            ("verksamhet-nara-vard-ff2", 2, 1, 1, 0, 0),
            ("verksamhet-kvalitet", 4, 1, 4, 1, 0),
            ("verksamhet-kvalitet-ff1", 1, 0, 1, 1, 0),
            ("verksamhet-kvalitet-ff2", 1, 1, 2, 0, 0),
            ("verksamhet-kvalitet-ff3", 1, 0, 1, 0, 0),
            ("verksamhet-kvalitet-ff4", 1, 0, 0, 0, 0),
            ("verksamhet-delaktighet", 1, 0, 1, 0, 0),
            ("verksamhet-delaktighet-ff1", 1, 0, 1, 0, 0),
            ("verksamhet-attraktiv", 0, 0, 0, 0, 0),
            ("verksamhet-attraktiv-ff1", 0, 0, 0, 0, 0),
            ("verksamhet-attraktiv-ff2", 0, 0, 0, 0, 0),
            ("medarbetare", 2, 2, 1, 6, 1),
            ("medarbetare-kompetens", 2, 1, 0, 1, 0),
            ("medarbetare-kompetens-ff1", 1, 1, 0, 1, 0),
            ("medarbetare-kompetens-ff2", 1, 0, 0, 0, 0),
            ("medarbetare-ledning", 0, 0, 0, 2, 1),
            ("medarbetare-ledning-ff1", 0, 0, 0, 0, 1),
            ("medarbetare-ledning-ff2", 0, 0, 0, 2, 0),
            ("medarbetare-delaktighet", 0, 0, 0, 2, 0),
            ("medarbetare-delaktighet-ff1", 0, 0, 0, 2, 0),
            ("medarbetare-innovation", 0, 1, 1, 1, 0),
            ("medarbetare-innovation-ff1", 0, 1, 1, 0, 0),
            ("medarbetare-innovation-ff2", 0, 0, 0, 1, 0),
            ("ekonomi", 2, 1, 4, 2, 0),
            ("ekonomi-hushallning", 2, 0, 1, 0, 0),
            ("ekonomi-hushallning-ff1", 2, 0, 1, 0, 0),
            ("ekonomi-intakter", 0, 0, 0, 0, 0),
            ("ekonomi-intakter-ff1", 0, 0, 0, 0, 0),
            ("ekonomi-intakter-ff2", 0, 0, 0, 0, 0),
            ("ekonomi-paritet", 0, 1, 2, 2, 0),
            ("ekonomi-paritet-ff1", 0, 1, 2, 2, 0),
            ("ekonomi-effektivisering", 0, 0, 1, 0, 0),
            ("ekonomi-effektivisering-ff1", 0, 0, 1, 0, 0));
    }

    [Fact]
    public void Example_RollUp_PerspectivesAddUpToTheWholePlan()
    {
        var perspectives = plan.Example.Groups.Where(g => g.Level == "perspektiv").ToArray();

        perspectives.Sum(g => g.Total + g.Monitored).Should().Be(58, "the 58 styrmått; the four activities are counted apart");
        perspectives.Sum(g => g.Met).Should().Be(plan.Example.Verdict.Operational.Met + plan.Example.Verdict.Financial.Met);
    }

    [Fact]
    public void Example_Verdict_OperationalJudgedPartlyFinancialAllNotMetBecauseTwoDivisionsAreOverBudget()
    {
        var verdict = plan.Example.Verdict;

        verdict.Operational.Should().BeEquivalentTo(new
        {
            Met = 12, PartlyMet = 6, NotMet = 17, NotEvaluable = 17, Monitored = 3, Total = 52, Required = (int?)null,
            Rule = "judgement overall_goal_fulfilment", Status = VerdictStatus.NotMet, IsJudged = true,
        });
        verdict.Operational.Judgement!.Status.Should().Be(GoalStatus.PartlyMet, "the example's board judges goal fulfilment partly good");
        verdict.Operational.Judgement.AssessedBy.Should().Be("Regionstyrelsen");
        verdict.Financial.Should().BeEquivalentTo(new
        {
            Met = 2, PartlyMet = 0, NotMet = 1, NotEvaluable = 0, Monitored = 0, Total = 3, Required = (int?)3,
            Rule = "all", Status = VerdictStatus.NotMet,
        });
        verdict.Status.Should().Be(VerdictStatus.NotMet);
    }

    [Fact]
    public void Verdict_AllThreeFinancialStyrmattMetWithoutTheOverallAssessment_UndeterminedWhateverTheCounts()
    {
        var result = plan.Evaluate(
            "  result_share_of_taxes_pct: 1.0\n" +
            "  budget_deviation_mnkr: {lanssjukvard: 0.0, narsjukvard: 0.0, folktandvard: 0.0, service: 0.0, lansteknik: 0.0, regiongemensamt: 0.0}\n" +
            "  pension_consolidation_pct: 62\n" +
            "  care_injuries_pct: 9\n",
            report: "interim",
            header: "period: DÅ08\n");

        result.Goal("verk-vardskador")!.Status.Should().Be(GoalStatus.NotMet);
        result.Verdict.Financial.Status.Should().Be(VerdictStatus.Met);
        result.Verdict.Operational.Should().BeEquivalentTo(new { IsJudged = true, Judgement = (Values.ManualAssessment?)null, Status = VerdictStatus.Undetermined });
        result.Verdict.Status.Should().Be(VerdictStatus.Undetermined, "god måluppfyllelse is a recorded judgement; without it the verdict cannot be met");
    }

    [Theory]
    [InlineData("met", VerdictStatus.Met, VerdictStatus.Met)]
    [InlineData("partly-met", VerdictStatus.NotMet, VerdictStatus.NotMet)]
    [InlineData("not-met", VerdictStatus.NotMet, VerdictStatus.NotMet)]
    public void Verdict_AllThreeFinancialStyrmattMet_DecidedByTheOverallAssessment(string judgement, VerdictStatus operational, VerdictStatus overall)
    {
        var result = plan.Evaluate(
            "  result_share_of_taxes_pct: 1.0\n" +
            "  budget_deviation_mnkr: {lanssjukvard: 0.0, narsjukvard: 0.0, folktandvard: 0.0, service: 0.0, lansteknik: 0.0, regiongemensamt: 0.0}\n" +
            "  pension_consolidation_pct: 62\n" +
            "  care_injuries_pct: 9\n" +
            $"  overall_goal_fulfilment: {{status: {judgement}, comment: Motivering, assessedBy: Regionstyrelsen}}\n",
            report: "interim",
            header: "period: DÅ08\n");

        result.Verdict.Operational.Status.Should().Be(operational);
        result.Verdict.Operational.Judgement.Should().Be(new Values.ManualAssessment(Enum.Parse<GoalStatus>(judgement.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true), "Motivering", "Regionstyrelsen"));
        result.Verdict.Status.Should().Be(overall);
    }

    [Fact]
    public void Verdict_FinancialValueMissing_Undetermined()
    {
        var result = plan.Evaluate("  result_share_of_taxes_pct: 1.5\n  pension_consolidation_pct: 64\n");

        result.Verdict.Financial.Should().BeEquivalentTo(new { Met = 2, NotEvaluable = 1, Status = VerdictStatus.Undetermined });
        result.Verdict.Status.Should().Be(VerdictStatus.Undetermined);
    }

    [Fact]
    public void VerdictParagraph_OverallAssessmentMissing_SaysWhichJudgementIsMissingByItsTitle()
    {
        var result = plan.Evaluate(
            "  result_share_of_taxes_pct: 1.0\n" +
            "  budget_deviation_mnkr: {lanssjukvard: 0.0, narsjukvard: 0.0, folktandvard: 0.0, service: 0.0, lansteknik: 0.0, regiongemensamt: 0.0}\n" +
            "  pension_consolidation_pct: 64\n");

        var paragraph = Nrf.Goals.Reports.VerdictParagraph.Write(plan.RuleSet, result, ReportLanguage.Swedish);

        paragraph.Should().Contain("Kravet för styrmåtten avgörs av den samlade bedömningen av måluppfyllelsen (samlad bedömning av måluppfyllelse), som saknas.")
            .And.EndWith("Om regionen uppfyller kravet på god ekonomisk hushållning kan inte avgöras utan den samlade bedömningen av måluppfyllelsen.");
    }

    [Fact]
    public void VerdictParagraph_OverallAssessmentRecorded_StatesItWithTheAssessorAndMotivation()
    {
        var result = plan.Evaluate(
            "  result_share_of_taxes_pct: 1.0\n" +
            "  budget_deviation_mnkr: {lanssjukvard: 0.0, narsjukvard: 0.0, folktandvard: 0.0, service: 0.0, lansteknik: 0.0, regiongemensamt: 0.0}\n" +
            "  pension_consolidation_pct: 64\n" +
            "  overall_goal_fulfilment: {status: met, comment: God måluppfyllelse sammantaget, assessedBy: Regionstyrelsen}\n");

        var paragraph = Nrf.Goals.Reports.VerdictParagraph.Write(plan.RuleSet, result, ReportLanguage.Swedish);

        // Issue 19: who decided it, that it decided the requirement, the motivation, and the conclusion for the requirement.
        paragraph.Should().Contain("Kravet för styrmåtten avgörs av den samlade bedömningen av måluppfyllelsen, gjord av Regionstyrelsen: uppfyllt. "
            + "God måluppfyllelse sammantaget. Kravet på god måluppfyllelse nås därmed.")
            .And.EndWith("Sammantaget uppfyller regionen kravet på god ekonomisk hushållning.");
    }
}
