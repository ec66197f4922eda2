using Nrf.Goals.Evaluation;
using Nrf.Goals.Loading;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Verdicts;

namespace Nrf.Goals.Tests.Rules;

/// <summary>
/// One styrmått of each target shape DOMAIN.md lists for Region Norrbotten's plan 2020
/// (../shared/seeds/003_816a0507c14fb9ba.txt), written in the rule format and judged at its boundary.
/// </summary>
public sealed class TargetShapeTests
{
    private const string Rules = """
        id: shapes
        title: Target shapes of Region Norrbotten's plan 2020
        entity: region-norrbotten
        validity: {from: 2020, to: 2022}
        policy: {operational: report-only, financial: all}
        dimensions:
          area: [norrbotten, riket]
        indicators:
          - {id: care_injuries_pct, title: Andel vårdskador sluten somatisk vård, unit: "%", baseline: {year: 2018, value: 7.1}}
          - {id: antibiotics_per_1000, title: Antibiotikarecept per 1000 invånare, baseline: {year: 2018, value: 290}}
          - {id: citizen_dialogues, title: Medborgardialoger, baseline: {year: 2019, value: 2}}
          - {id: visits_1177, title: Besök 1177 per kvartal, by: date}
          - {id: sick_leave_days, title: Sjukdagar per anställd, by: sex}
          - {id: dental_care_pct, title: Andel undersökta inom tandvården, by: sex, baseline: {year: 2019, K: 40, M: 40}}
          - {id: recommend_pct, title: Rekommenderar arbetsplatsen, by: sex, baseline: {year: 2019, K: 56, M: 64}}
          - {id: pension_consolidation_pct, title: Konsolideringsgrad pensioner, unit: "%"}
          - {id: login_1177_pct, title: Andel invånare som loggat in på 1177, unit: "%"}
          - {id: life_expectancy, title: Återstående medellivslängd, by: area}
          - {id: international_cases, title: Ärenden till internationella beredningen}
          - {id: method_bank, title: En samlad metodbank finns etablerad, type: assessment}
          - {id: staff_survey_index, title: Medarbetarenkätens index}
          - {id: result_mnkr, title: Resultat, unit: mnkr}
          - {id: taxes_grants_mnkr, title: "Skatter, utjämning och generella statsbidrag", unit: mnkr}
        goals:
          - {id: strict-below, title: "Under 6,5 %", category: operational, criterion: care_injuries_pct < 6.5}
          - {id: lower-is-better, title: "270", category: operational, criterion: antibiotics_per_1000 <= 270}
          - {id: increase-vs-baseline, title: Öka, category: operational, criterion: citizen_dialogues > baseline(citizen_dialogues)}
          - {id: decrease-vs-last-year, title: Minska, category: operational, criterion: decreased(antibiotics_per_1000)}
          - {id: same-quarter-last-year, title: Öka jmf motsvarande kvartal året innan, category: operational, criterion: latest(visits_1177) > same_period_last_year(visits_1177)}
          - id: per-sex
            title: K 16,0 M 17,2
            category: operational
            criterion: ["sick_leave_days[K] <= 16.0", "sick_leave_days[M] <= 17.2"]
          - id: both-sexes
            title: K och M 75 %
            category: operational
            criterion: ["dental_care_pct[K] >= 75", "dental_care_pct[M] >= 75"]
          - {id: gap-shrinks, title: minskade skillnader mellan kön, category: operational, criterion: gap(recommend_pct) < gap(baseline(recommend_pct))}
          - id: per-period
            title: Pensionsmedel DÅ 04 61 %, DÅ 08 62 %, ÅR 64 %
            category: financial
            criterion:
              byPeriod:
                DÅ04: pension_consolidation_pct >= 61
                DÅ08: pension_consolidation_pct >= 62
                ÅR: pension_consolidation_pct >= 64
          - id: per-year
            title: Mål 2020 60 %, Mål 2022 65 %
            category: operational
            criterion:
              byYear:
                2020: login_1177_pct >= 60
                2022: login_1177_pct >= 65
          - {id: vs-nation, title: I nivå med riket, category: operational, criterion: "life_expectancy[norrbotten] >= life_expectancy[riket]"}
          - id: gap-to-nation-shrinks
            title: Minskad skillnad jmf 2018
            category: operational
            criterion: abs(life_expectancy[norrbotten] - life_expectancy[riket]) < abs(at(life_expectancy[norrbotten], 2018) - at(life_expectancy[riket], 2018))
          - {id: monitor-only, title: Följa utvecklingen, category: operational, criterion: {monitor: international_cases}}
          - {id: manual, title: En samlad metodbank finns etablerad, category: operational, criterion: {manual: method_bank}}
          - id: every-fourth-year
            title: Vart fjärde år
            category: operational
            followedUpIn: [ÅR]
            criterion: {byYear: {2020: staff_survey_index >= 75}}
          - {id: result-share-of-taxes, title: "Resultat 1,0 % av skatter och bidrag", category: financial, criterion: result_mnkr / taxes_grants_mnkr >= 0.01}
        """;

    private static readonly ICompiledRuleSet Compiled = new NRulesCompiler().Compile(RuleSetLoader.Parse(Rules, "shapes.yaml"));

    private static EvaluationResult Evaluate(string values, int year = 2020, string report = "annual", string? extra = null) =>
        Compiled.Evaluate(ValuesLoader.Parse($"entity: region-norrbotten\nyear: {year}\nreport: {report}\n{extra}values:\n{values}", "values.yaml", Compiled.RuleSet));

    private static GoalStatus Status(string goal, string values, int year = 2020, string report = "annual", string? extra = null) =>
        Evaluate(values, year, report, extra).Goal(goal)!.Status;

    [Theory]
    [InlineData("6.49", GoalStatus.Met)]
    [InlineData("6.5", GoalStatus.NotMet)]
    public void StrictBound_Under65_ExcludesTheBound(string value, GoalStatus expected) =>
        Status("strict-below", $"  care_injuries_pct: {value}\n").Should().Be(expected);

    [Theory]
    [InlineData("270", GoalStatus.Met)]
    [InlineData("271", GoalStatus.NotMet)]
    public void LowerIsBetter_AtMost270(string value, GoalStatus expected) =>
        Status("lower-is-better", $"  antibiotics_per_1000: {value}\n").Should().Be(expected);

    [Theory]
    [InlineData("3", GoalStatus.Met)]
    [InlineData("2", GoalStatus.NotMet)]
    public void DirectionOnly_IncreaseAgainstBaseline(string value, GoalStatus expected) =>
        Status("increase-vs-baseline", $"  citizen_dialogues: {value}\n").Should().Be(expected);

    [Theory]
    [InlineData("{2019: 280, 2020: 279}", GoalStatus.Met)]
    [InlineData("{2019: 280, 2020: 280}", GoalStatus.NotMet)]
    public void DirectionOnly_DecreaseAgainstLastYear(string value, GoalStatus expected) =>
        Status("decrease-vs-last-year", $"  antibiotics_per_1000: {value}\n").Should().Be(expected);

    [Theory]
    [InlineData("101", GoalStatus.Met)]
    [InlineData("100", GoalStatus.NotMet)]
    public void SamePeriodLastYear_LatestQuarterAgainstTheSameQuarterOneYearEarlier(string value, GoalStatus expected) =>
        Status("same-quarter-last-year", $"  visits_1177: [{{date: 2019-06-30, value: 100}}, {{date: 2019-08-31, value: 500}}, {{date: 2020-03-31, value: 90}}, {{date: 2020-06-30, value: {value}}}]\n", report: "interim", extra: "asOf: 2020-08-31\n")
            .Should().Be(expected);

    [Theory]
    [InlineData("16.0", "17.2", GoalStatus.Met)]
    [InlineData("16.1", "17.2", GoalStatus.PartlyMet)]
    [InlineData("16.1", "17.3", GoalStatus.NotMet)]
    public void PerSexTargets_EachSexAgainstItsOwnTarget(string women, string men, GoalStatus expected) =>
        Status("per-sex", $"  sick_leave_days: {{K: {women}, M: {men}}}\n").Should().Be(expected);

    [Theory]
    [InlineData("75", "75", GoalStatus.Met)]
    [InlineData("75", "74.9", GoalStatus.PartlyMet)]
    public void BothSexes_MustReachTheTarget(string women, string men, GoalStatus expected) =>
        Status("both-sexes", $"  dental_care_pct: {{2020: {{K: {women}, M: {men}}}}}\n").Should().Be(expected);

    [Theory]
    [InlineData("60", "67", GoalStatus.Met)] // gap 7 < baseline gap 8
    [InlineData("60", "68", GoalStatus.NotMet)] // gap 8 = 8
    public void GapBetweenSexes_MustShrinkAgainstTheBaseline(string women, string men, GoalStatus expected) =>
        Status("gap-shrinks", $"  recommend_pct: {{K: {women}, M: {men}}}\n").Should().Be(expected);

    [Theory]
    [InlineData("interim", "asOf: 2020-04-30\n", "61", GoalStatus.Met)]
    [InlineData("interim", "asOf: 2020-04-30\n", "60.9", GoalStatus.NotMet)]
    [InlineData("interim", "asOf: 2020-08-31\n", "61.9", GoalStatus.NotMet)]
    [InlineData("interim", "period: DÅ08\n", "62", GoalStatus.Met)]
    [InlineData("annual", null, "63.9", GoalStatus.NotMet)]
    [InlineData("annual", null, "64", GoalStatus.Met)]
    public void PerPeriodTargets_PensionConsolidation61_62_64(string report, string? extra, string value, GoalStatus expected) =>
        Status("per-period", $"  pension_consolidation_pct: {value}\n", report: report, extra: extra).Should().Be(expected);

    [Fact]
    public void PerPeriodTargets_InterimWithoutPeriodOrAsOf_NotEvaluable()
    {
        var goal = Evaluate("  pension_consolidation_pct: 64\n", report: "interim").Goal("per-period")!;

        goal.Status.Should().Be(GoalStatus.NotEvaluable);
        goal.Reason.Should().Be("rapportperioden är okänd (ange period eller asOf)");
    }

    [Theory]
    [InlineData(2020, "60", GoalStatus.Met)]
    [InlineData(2020, "59.9", GoalStatus.NotMet)]
    [InlineData(2022, "64.9", GoalStatus.NotMet)]
    [InlineData(2022, "65", GoalStatus.Met)]
    public void PerYearTargets_2020And2022(int year, string value, GoalStatus expected) =>
        Status("per-year", $"  login_1177_pct: {value}\n", year).Should().Be(expected);

    [Fact]
    public void PerYearTargets_YearWithoutTarget_NotEvaluableWithThatReason()
    {
        var goal = Evaluate("  login_1177_pct: 70\n", 2021).Goal("per-year")!;

        goal.Status.Should().Be(GoalStatus.NotEvaluable);
        goal.Reason.Should().Be("inget mål för 2021");
    }

    [Theory]
    [InlineData("82.5", "82.5", GoalStatus.Met)]
    [InlineData("82.4", "82.5", GoalStatus.NotMet)]
    public void VsNation_AtTheNationalLevel(string norrbotten, string riket, GoalStatus expected) =>
        Status("vs-nation", $"  life_expectancy: {{norrbotten: {norrbotten}, riket: {riket}}}\n").Should().Be(expected);

    [Theory]
    [InlineData("81.9", GoalStatus.Met)] // |81.9 - 82.5| = 0.6 < |81.0 - 82.0| = 1.0
    [InlineData("81.5", GoalStatus.NotMet)] // 1.0 = 1.0
    public void VsNation_GapSmallerThanIn2018(string norrbotten, GoalStatus expected) =>
        Status("gap-to-nation-shrinks", $"  life_expectancy: {{2018: {{norrbotten: 81.0, riket: 82.0}}, 2020: {{norrbotten: {norrbotten}, riket: 82.5}}}}\n").Should().Be(expected);

    [Fact]
    public void MonitorOnly_ReportedNeverCounted()
    {
        var result = Evaluate("  international_cases: 12\n");
        var goal = result.Goal("monitor-only")!;

        goal.Status.Should().Be(GoalStatus.Monitored);
        goal.Explanation.Should().Be("Följs upp: international_cases = 12.");
        result.Verdict.Operational.Monitored.Should().Be(1);
        result.Verdict.Operational.Total.Should().Be(result.Goals.Count(g => g.Category == Nrf.Goals.Model.GoalCategory.Operational) - 1);
    }

    [Fact]
    public void ManualAssessment_StatusAndCommentFromTheValuesFile()
    {
        var goal = Evaluate("  method_bank: {status: partly-met, comment: Metodbanken är påbörjad, assessedBy: HR-direktören}\n").Goal("manual")!;

        goal.Status.Should().Be(GoalStatus.PartlyMet);
        goal.Comment.Should().Be("Metodbanken är påbörjad");
        goal.Explanation.Should().Be("Bedömt som delvis uppfyllt av HR-direktören: Metodbanken är påbörjad");
    }

    [Fact]
    public void ManualAssessment_Missing_NotEvaluable() =>
        Evaluate(string.Empty).Goal("manual")!.Reason.Should().Be("bedömning saknas för method_bank");

    [Fact]
    public void MeasuredEveryFourthYear_NotFollowedUpInInterimReports()
    {
        Status("every-fourth-year", "  staff_survey_index: 80\n").Should().Be(GoalStatus.Met);
        Evaluate("  staff_survey_index: 80\n", report: "interim", extra: "period: DÅ04\n").Goal("every-fourth-year")!.Reason.Should().Be("följs inte upp i DÅ 04");
        Evaluate("  staff_survey_index: 80\n", 2021).Goal("every-fourth-year")!.Reason.Should().Be("inget mål för 2021");
    }

    [Theory]
    [InlineData("101", "10100", GoalStatus.Met)]
    [InlineData("100.99", "10100", GoalStatus.NotMet)]
    public void FinancialResult_OnePercentOfTaxesAndGrants(string result, string taxes, GoalStatus expected) =>
        Status("result-share-of-taxes", $"  result_mnkr: {result}\n  taxes_grants_mnkr: {taxes}\n").Should().Be(expected);

    [Fact]
    public void Verdict_OperationalReportOnly_DecidedByFinancialGoals()
    {
        var result = Evaluate("  pension_consolidation_pct: 64\n  result_mnkr: 101\n  taxes_grants_mnkr: 10100\n");

        result.Verdict.Operational.Status.Should().Be(VerdictStatus.ReportOnly);
        result.Verdict.Financial.Status.Should().Be(VerdictStatus.Met);
        result.Verdict.Status.Should().Be(VerdictStatus.Met);
    }
}
