using Nrf.Goals.Evaluation;
using Nrf.Goals.Loading;
using Nrf.Goals.Reporting;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Reports;
using Nrf.Goals.Rules.Runtime;
using Nrf.Goals.Words;

namespace Nrf.Goals.Tests.Expressions.Functions;

/// <summary>
/// The windows over years — sum, mean and weighted mean over the last n years and over the plan period — on the
/// financial goals Swedish municipalities set, with Vårgårda kommun's published figures (årsredovisning 2023: årets
/// resultat 31 / 36,7 / 6,1 mnkr and skatteintäkter och generella statsbidrag 757 / 819 / 861 mnkr for 2021–2023;
/// /work/notes/municipality-research.md). Every result is checked in both rule shapes.
/// </summary>
public sealed class WindowFunctionTests
{
    private const string Rules = """
        id: windows
        title: Finansiella mål över flera år
        entity: kommun
        validity: {from: 2023, to: 2025}
        policy: {operational: report-only, financial: all}
        indicators:
          - {id: resultat_mnkr, title: Årets resultat, unit: mnkr}
          - {id: skatter_och_bidrag_mnkr, title: Skatteintäkter och generella statsbidrag, unit: mnkr}
          - {id: sjalvfinansiering_pct, title: Självfinansieringsgrad, unit: "%"}
          - {id: nettoinvesteringar_mnkr, title: Nettoinvesteringar, unit: mnkr}
          - {id: underskott_mnkr, title: Beslutat underskott, unit: mnkr, default: 0}
        goals:
          - id: f1
            title: Resultatet ska under en treårsperiod i snitt uppgå till minst 2 % av skatteintäkter och generella statsbidrag
            category: financial
            criterion: sum_years(resultat_mnkr, 3) / sum_years(skatter_och_bidrag_mnkr, 3) * 100 >= 2
          - {id: snitt, title: Resultat i snitt, category: financial, criterion: "mean_years(resultat_mnkr, 3) >= 20"}
          - {id: summa, title: Resultat sammanlagt, category: financial, criterion: "sum_years(resultat_mnkr, 2) >= 40"}
          - {id: vagt, title: Självfinansiering över tre år, category: financial, criterion: "weighted_mean_years(sjalvfinansiering_pct, nettoinvesteringar_mnkr, 3) >= 100"}
          - {id: period-summa, title: Resultat under planperioden, category: financial, criterion: "sum_period(resultat_mnkr) >= 0"}
          - {id: period-snitt, title: Resultat i snitt under planperioden, category: financial, criterion: "mean_period(resultat_mnkr) >= 10"}
          - {id: period-vagt, title: Investeringarna ska självfinansieras under budgetperioden, category: financial, criterion: "weighted_mean_period(sjalvfinansiering_pct, nettoinvesteringar_mnkr) >= 100"}
          - {id: default, title: Underskott, category: financial, criterion: "sum_years(underskott_mnkr, 2) <= 5"}
        """;

    private static readonly NRulesRuleSet Compiled = new NRulesCompiler().CompileToNRules(RuleSetLoader.Parse(Rules, "windows.yaml"));

    private const string Vargarda = """
          resultat_mnkr: {2021: 31, 2022: 36.7, 2023: 6.1}
          skatter_och_bidrag_mnkr: {2021: 757, 2022: 819, 2023: 861}
          sjalvfinansiering_pct: {2021: 90, 2022: 76.9, 2023: 43.6}
          nettoinvesteringar_mnkr: {2021: 40, 2022: 50, 2023: 106.4}
        """;

    private static EvaluationResult Evaluate(string values, int year = 2023, string report = "annual", string? header = null)
    {
        var document = ValuesLoader.Parse($"entity: kommun\nyear: {year}\nreport: {report}\n{header}values:\n{values}", "values.yaml", Compiled.RuleSet);
        var result = Compiled.Evaluate(document);
        JsonReport.Write(Compiled.EvaluateWithInputs(document)).Should().Be(JsonReport.Write(result), "both rule shapes read a window alike");
        return result;
    }

    [Fact]
    public void SumYears_RatioOfTwoWindows_IsTheRatioOfTheSumsNotTheMeanOfThePerCents()
    {
        // Σ resultat / Σ skatter = 73,8 / 2 437 = 3,028 %; the mean of the three per cents (4,10 + 4,48 + 0,71) / 3 is 3,10 %.
        var goal = Evaluate(Vargarda).Goal("f1")!;

        goal.Status.Should().Be(GoalStatus.Met);
        goal.Parts[0].Comparison!.Actual.Should().Be(73.8m / 2437m * 100m);
        goal.Parts[0].Detail.Should().Be(
            "sum_years(resultat_mnkr, 3) / sum_years(skatter_och_bidrag_mnkr, 3) * 100 = (73,8 / 2 437) * 100 = 3,028 ≥ 2"
            + " (sum_years(resultat_mnkr, 3) = 31 (2021) + 36,7 (2022) + 6,1 (2023) = 73,8;"
            + " sum_years(skatter_och_bidrag_mnkr, 3) = 757 (2021) + 819 (2022) + 861 (2023) = 2 437)");
        goal.Values.Select(v => (v.Indicator, v.Year, v.Number)).Should().Equal(
            ("resultat_mnkr", 2021, 31m), ("resultat_mnkr", 2022, 36.7m), ("resultat_mnkr", 2023, 6.1m),
            ("skatter_och_bidrag_mnkr", 2021, 757m), ("skatter_och_bidrag_mnkr", 2022, 819m), ("skatter_och_bidrag_mnkr", 2023, 861m));
    }

    [Fact]
    public void SumYears_WindowOfTwo_SumsTheAssessedYearAndTheOneBefore()
    {
        var goal = Evaluate(Vargarda).Goal("summa")!;

        goal.Status.Should().Be(GoalStatus.Met);
        goal.Parts[0].Detail.Should().Be("sum_years(resultat_mnkr, 2) = 36,7 (2022) + 6,1 (2023) = 42,8 ≥ 40");
    }

    [Fact]
    public void MeanYears_ThreeYears_IsTheSumOverThree()
    {
        // (31 + 36,7 + 6,1) / 3 = 24,6.
        var goal = Evaluate(Vargarda).Goal("snitt")!;

        goal.Status.Should().Be(GoalStatus.Met);
        goal.Parts[0].Comparison!.Actual.Should().Be(24.6m);
        goal.Parts[0].Detail.Should().Be("mean_years(resultat_mnkr, 3) = (31 (2021) + 36,7 (2022) + 6,1 (2023)) / 3 = 24,6 ≥ 20");
    }

    [Fact]
    public void WeightedMeanYears_SelfFinancingWeightedByInvestments_IsTheShareOfTheSums()
    {
        // (90 × 40 + 76,9 × 50 + 43,6 × 106,4) / (40 + 50 + 106,4) = (3 600 + 3 845 + 4 639,04) / 196,4 = 61,528 %.
        var goal = Evaluate(Vargarda).Goal("vagt")!;

        goal.Status.Should().Be(GoalStatus.NotMet);
        goal.Parts[0].Comparison!.Actual.Should().Be(12084.04m / 196.4m);
        goal.Parts[0].Detail.Should().Be(
            "weighted_mean_years(sjalvfinansiering_pct, nettoinvesteringar_mnkr, 3) = (90 × 40 (2021) + 76,9 × 50 (2022) + 43,6 × 106,4 (2023)) / (40 + 50 + 106,4) = 61,528 < 100");
    }

    [Fact]
    public void WeightedMeanYears_WeightsSumToZero_IsNotEvaluableByDivisionByZero()
    {
        var goal = Evaluate("  sjalvfinansiering_pct: {2021: 90, 2022: 76.9, 2023: 43.6}\n  nettoinvesteringar_mnkr: {2021: 0, 2022: 0, 2023: 0}\n").Goal("vagt")!;

        goal.Status.Should().Be(GoalStatus.NotEvaluable);
        goal.Reason.Should().Be("division med noll");
    }

    [Fact]
    public void WeightedMeanYears_ANegativeWeight_IsNotEvaluableWithThatYearNamed()
    {
        // Before: (90 × 10 + 50 × −20 + 40 × 5) / (10 − 20 + 5) = −20 %, a "mean" outside every value it averages.
        var goal = Evaluate("  sjalvfinansiering_pct: {2021: 90, 2022: 50, 2023: 40}\n  nettoinvesteringar_mnkr: {2021: 10, 2022: -20, 2023: 5}\n").Goal("vagt")!;

        goal.Status.Should().Be(GoalStatus.NotEvaluable);
        goal.Reason.Should().Be("negativ vikt för nettoinvesteringar_mnkr 2022");
    }

    [Fact]
    public void SumYears_AYearMissing_IsNotEvaluableWithThatYearNamedNeverAPartialSum()
    {
        var goal = Evaluate("  resultat_mnkr: {2021: 31, 2023: 6.1}\n  skatter_och_bidrag_mnkr: {2021: 757, 2022: 819, 2023: 861}\n").Goal("f1")!;

        goal.Status.Should().Be(GoalStatus.NotEvaluable);
        goal.Reason.Should().Be("värde saknas för resultat_mnkr 2022");
        goal.Explanation.Should().Be("Kan inte bedömas: värde saknas för resultat_mnkr 2022.");
    }

    [Fact]
    public void MeanYears_WindowLongerThanTheValues_NamesEveryYearMissing()
    {
        // A values file of 2023 alone: mean_years(x, 3) needs 2021 and 2022 too.
        var goal = Evaluate("  resultat_mnkr: 6.1\n").Goal("snitt")!;

        goal.Status.Should().Be(GoalStatus.NotEvaluable);
        goal.Reason.Should().Be("värde saknas för resultat_mnkr 2021 och 2022");
    }

    [Fact]
    public void WeightedMeanYears_BothArgumentsMissingYears_NamesEach()
    {
        var goal = Evaluate("  sjalvfinansiering_pct: {2022: 76.9, 2023: 43.6}\n  nettoinvesteringar_mnkr: {2021: 40, 2023: 106.4}\n").Goal("vagt")!;

        goal.Reason.Should().Be("värde saknas för sjalvfinansiering_pct 2021; värde saknas för nettoinvesteringar_mnkr 2022");
    }

    [Fact]
    public void SumYears_DefaultStandsInForTheAssessedYearOnly()
    {
        // An absent approved deficit is 0 in the assessed year, as for the indicator alone; an absent earlier year stays missing.
        Evaluate("  underskott_mnkr: {2022: 3}\n").Goal("default")!.Parts[0].Detail.Should().Be("sum_years(underskott_mnkr, 2) = 3 (2022) + 0 (2023) = 3 ≤ 5");
        Evaluate("  underskott_mnkr: 3\n").Goal("default")!.Reason.Should().Be("värde saknas för underskott_mnkr 2022");
    }

    [Fact]
    public void SumYears_InADelarsrapport_TheAssessedYearsForecastTakesPartAndSaysSo()
    {
        // DÅ 08 2023: 6,1 is the forecast for the year (prognos helår).
        var goal = Evaluate(Vargarda, report: "interim", header: "period: DÅ08\n").Goal("f1")!;

        goal.Status.Should().Be(GoalStatus.Met);
        goal.Parts[0].Detail.Should().Contain("sum_years(resultat_mnkr, 3) = 31 (2021) + 36,7 (2022) + 6,1 (2023, prognos) = 73,8");
    }

    [Theory]
    [InlineData("summa", "sum_years(resultat_mnkr, 2) = 36,7 (2022) + 6,1 (2023, prognos) = 42,8 ≥ 40")]
    [InlineData("snitt", "mean_years(resultat_mnkr, 3) = (31 (2021) + 36,7 (2022) + 6,1 (2023, prognos)) / 3 = 24,6 ≥ 20")]
    [InlineData("vagt", "weighted_mean_years(sjalvfinansiering_pct, nettoinvesteringar_mnkr, 3) = (90 × 40 (2021) + 76,9 × 50 (2022) + 43,6 × 106,4 (2023, prognos)) / (40 + 50 + 106,4) = 61,528 < 100")]
    [InlineData("period-summa", "sum_period(resultat_mnkr) = 6,1 (2023, prognos) = 6,1 ≥ 0")]
    [InlineData("period-snitt", "mean_period(resultat_mnkr) = (6,1 (2023, prognos)) / 1 = 6,1 < 10")]
    [InlineData("period-vagt", "weighted_mean_period(sjalvfinansiering_pct, nettoinvesteringar_mnkr) = (43,6 × 106,4 (2023, prognos)) / (106,4) = 43,6 < 100")]
    public void EveryWindow_InADelarsrapport_TakesTheAssessedYearsForecast(string goal, string detail) =>
        Evaluate(Vargarda, report: "interim", header: "period: DÅ04\n").Goal(goal)!.Parts[0].Detail.Should().Be(detail);

    [Theory]
    [InlineData("summa", 2023, "värde saknas för resultat_mnkr 2022")]
    [InlineData("snitt", 2023, "värde saknas för resultat_mnkr 2021 och 2022")]
    [InlineData("vagt", 2023, "värde saknas för sjalvfinansiering_pct 2021 och 2022; värde saknas för nettoinvesteringar_mnkr 2021 och 2022")]
    [InlineData("period-summa", 2025, "värde saknas för resultat_mnkr 2023 och 2024")]
    [InlineData("period-snitt", 2025, "värde saknas för resultat_mnkr 2023 och 2024")]
    [InlineData("period-vagt", 2025, "värde saknas för sjalvfinansiering_pct 2023 och 2024; värde saknas för nettoinvesteringar_mnkr 2023 och 2024")]
    public void EveryWindow_LongerThanTheValues_IsNotEvaluableNamingTheYearsMissing(string goal, int year, string reason)
    {
        var result = Evaluate("  resultat_mnkr: 6.1\n  sjalvfinansiering_pct: 43.6\n  nettoinvesteringar_mnkr: 106.4\n", year: year).Goal(goal)!;

        result.Status.Should().Be(GoalStatus.NotEvaluable);
        result.Reason.Should().Be(reason);
    }

    [Fact]
    public void SumPeriod_PlanPeriodNotOver_ReadsTheValidityUpToTheAssessedYear()
    {
        // Plan period 2023–2025, assessed 2024: 2023 and 2024; 2022 is before the period and not read.
        var result = Evaluate("  resultat_mnkr: {2022: -100, 2023: 6.1, 2024: -2}\n  nettoinvesteringar_mnkr: {2023: 106.4, 2024: 50}\n  sjalvfinansiering_pct: {2023: 43.6, 2024: 120}\n", year: 2024);

        result.Goal("period-summa")!.Parts[0].Detail.Should().Be("sum_period(resultat_mnkr) = 6,1 (2023) + -2 (2024) = 4,1 ≥ 0");
        result.Goal("period-snitt")!.Parts[0].Comparison!.Actual.Should().Be(2.05m);
        result.Goal("period-snitt")!.Status.Should().Be(GoalStatus.NotMet);
        // (43,6 × 106,4 + 120 × 50) / (106,4 + 50) = (4 639,04 + 6 000) / 156,4 = 68,025 %.
        result.Goal("period-vagt")!.Parts[0].Comparison!.Actual.Should().Be(10639.04m / 156.4m);
        result.Goal("period-vagt")!.Values.Select(v => v.Year).Should().NotContain(2022);
    }

    [Fact]
    public void SumPeriod_FirstYearOfThePeriod_ReadsThatYearAlone()
    {
        var goal = Evaluate("  resultat_mnkr: {2022: -100, 2023: 6.1}\n").Goal("period-summa")!;

        goal.Status.Should().Be(GoalStatus.Met);
        goal.Parts[0].Detail.Should().Be("sum_period(resultat_mnkr) = 6,1 (2023) = 6,1 ≥ 0");
    }

    [Fact]
    public void SumPeriod_AReportAfterThePlanPeriod_IsNotEvaluableNeverThePeriodsSumAlone()
    {
        // Loading against the rule set refuses a year outside its validity; a document loaded without it reaches the
        // engine, which read 2023–2025 alone before and judged 2027 on it.
        var document = ValuesLoader.Parse("entity: kommun\nyear: 2027\nreport: annual\nvalues:\n  resultat_mnkr: {2023: 1, 2024: 2, 2025: 3, 2026: -100, 2027: -100}\n");

        var goal = Compiled.Evaluate(document).Goal("period-summa")!;

        goal.Status.Should().Be(GoalStatus.NotEvaluable);
        goal.Reason.Should().Be("2027 ligger efter planperioden 2023–2025");
        Compiled.EvaluateWithInputs(document).Goal("period-summa")!.Reason.Should().Be("2027 ligger efter planperioden 2023–2025");
    }

    [Fact]
    public void SumPeriod_AYearOfThePeriodMissing_IsNotEvaluableWithThatYear()
    {
        var goal = Evaluate("  resultat_mnkr: {2025: 3}\n", year: 2025).Goal("period-summa")!;

        goal.Status.Should().Be(GoalStatus.NotEvaluable);
        goal.Reason.Should().Be("värde saknas för resultat_mnkr 2023 och 2024");
    }

    [Fact]
    public void SumYears_ValuesTableWithEarlierYears_ReadsThemAsHistory()
    {
        // A values table for 2023 may hold the years before it (history for trends and windows): the validity 2023–2025
        // bounds the assessed year, not the years a document reports.
        const string csv = """
            indikator;år;nedbrytning;värde
            rapport;;;ÅR
            resultat_mnkr;2021;;31
            resultat_mnkr;2022;;36,7
            resultat_mnkr;2023;;6,1
            skatter_och_bidrag_mnkr;2021;;757
            skatter_och_bidrag_mnkr;2022;;819
            skatter_och_bidrag_mnkr;2023;;861
            """;
        var document = Nrf.Goals.Tables.ValuesTables.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv)), "values.csv", Compiled.RuleSet);

        document.Year.Should().Be(2023);
        var goal = Compiled.Evaluate(document).Goal("f1")!;
        goal.Status.Should().Be(GoalStatus.Met);
        goal.Parts[0].Comparison!.Actual.Should().Be(73.8m / 2437m * 100m);
    }

    [Theory]
    [InlineData(ReportLanguage.Swedish, "2021–2023 (2023 prognos): 3,0 % av skatteintäkter och generella statsbidrag (mål minst 2,0 %)", "2021–2023 i snitt 24,6 mnkr (2023 prognos; mål minst 20,0 mnkr)")]
    [InlineData(ReportLanguage.English, "2021–2023 (2023 forecast): 3,0 % of skatteintäkter och generella statsbidrag (target at least 2,0 %)", "2021–2023 on average 24,6 mnkr (2023 forecast; target at least 20,0 mnkr)")]
    public void Report_WindowsInADelarsrapport_ReadAsTheirYearsWithTheForecastNamed(ReportLanguage language, string share, string mean)
    {
        var document = ValuesLoader.Parse($"entity: kommun\nyear: 2023\nreport: interim\nperiod: DÅ08\nvalues:\n{Vargarda}", "values.yaml", Compiled.RuleSet);

        var text = Plain(MarkdownReport.Write(EvaluationReport.Build(Compiled.RuleSet, Compiled.Evaluate(document), language)));

        text.Should().Contain(share).And.Contain(mean);
    }

    [Fact]
    public void Report_PlanPeriodNotOver_SaysSo()
    {
        var document = ValuesLoader.Parse("entity: kommun\nyear: 2024\nreport: annual\nvalues:\n  resultat_mnkr: {2023: 6.1, 2024: -2}\n", "values.yaml", Compiled.RuleSet);

        var text = Plain(MarkdownReport.Write(EvaluationReport.Build(Compiled.RuleSet, Compiled.Evaluate(document), ReportLanguage.Swedish)));

        text.Should().Contain("2023–2024 sammanlagt 4,1 mnkr (planperioden 2023–2025 är inte slut; mål minst 0,0 mnkr)");
        text.Should().Contain("- Resultat i snitt, ej bedömt: kan inte bedömas – värde saknas för Årets resultat 2022.\n");
    }

    /// <summary>Markdown as it shows (no escapes), with plain spaces for the no-break spaces that keep numbers together.</summary>
    private static string Plain(string markdown) =>
        System.Text.RegularExpressions.Regex.Replace(markdown, @"\\(\p{P}|\p{S})", "$1").Replace('\u00a0', ' ').Replace('\u202f', ' ');

    [Fact]
    public void Live_AnEarlierYearOfTheWeightChanges_ChangesTheWindowThatReadsIt()
    {
        var document = ValuesLoader.Parse($"entity: kommun\nyear: 2023\nreport: annual\nvalues:\n{Vargarda}", "values.yaml", Compiled.RuleSet);
        var live = Compiled.Open(document);

        // 2021's investments 40 → 4 000: (90 × 4 000 + 3 845 + 4 639,04) / 4 156,4 = 88,66 %, still not met; its value changed.
        var change = live.SetValue("nettoinvesteringar_mnkr", 2021, 4000m);

        change.Goals.Select(g => g.Id).Should().BeEquivalentTo(["vagt"], "only the three-year weighted mean reads 2021 (the plan period starts in 2023)");
        live.Current.Goal("vagt")!.Parts[0].Comparison!.Actual.Should().Be(368484.04m / 4156.4m);
    }

    [Fact]
    public void Windows_StatusesOnly_GiveTheStatusesOfTheFullEvaluation()
    {
        var document = ValuesLoader.Parse($"entity: kommun\nyear: 2023\nreport: annual\nvalues:\n{Vargarda}", "values.yaml", Compiled.RuleSet);

        Compiled.Evaluate(document, EvaluationDetail.StatusesOnly).Goals.Select(g => g.Status)
            .Should().Equal(Compiled.Evaluate(document).Goals.Select(g => g.Status));
    }

    [Theory]
    [InlineData("sum_years(resultat_mnkr, 2.5) >= 0", "rules.yaml:15:41: the last argument of sum_years is how many years the window holds, a whole number from 1 to 50: sum_years(x, 3)")]
    [InlineData("sum_years(resultat_mnkr, 0) >= 0", "rules.yaml:15:41: the last argument of sum_years is how many years the window holds, a whole number from 1 to 50: sum_years(x, 3)")]
    [InlineData("mean_years(resultat_mnkr, skatter_och_bidrag_mnkr) >= 0", "rules.yaml:15:42: the last argument of mean_years is how many years the window holds, a whole number from 1 to 50: mean_years(x, 3)")]
    [InlineData("weighted_mean_years(resultat_mnkr, 3) >= 0", "rules.yaml:15:16: weighted_mean_years takes 3 arguments, not 2: weighted_mean_years(x, w, n)")]
    [InlineData("sum_period(resultat_mnkr, 3) >= 0", "rules.yaml:15:16: sum_period takes 1 argument, not 2: sum_period(x)")]
    [InlineData("sum_years(resultat_mnkr + 1, 3) >= 0", "rules.yaml:15:26: sum_years needs an indicator (optionally with a key), e.g. sum_years(website_visitors)")]
    [InlineData("sum_years(klar, 3) >= 0", "rules.yaml:15:26: sum_years needs numbers, but this is a yes/no value")]
    [InlineData("mean_period(andel) >= 0", "rules.yaml:15:28: mean_period needs numbers, but this is a broken-down indicator (choose a key, e.g. x[K])")]
    public void Bind_WrongArguments_AreRefusedAtTheirPlace(string criterion, string expected)
    {
        var yaml = $$"""
            id: bad
            title: Fel
            entity: kommun
            validity: {from: 2023, to: 2025}
            policy: {operational: report-only, financial: all}
            indicators:
              - {id: resultat_mnkr, title: Årets resultat, unit: mnkr}
              - {id: skatter_och_bidrag_mnkr, title: Skatteintäkter och generella statsbidrag, unit: mnkr}
              - {id: klar, title: Klar, type: yes-no}
              - {id: andel, title: Andel, unit: "%", by: sex}
            goals:
              - id: g
                title: Mål
                category: financial
                criterion: {{criterion}}
            """;

        Nrf.Goals.Tests.Loading.LoadAssertions.RuleErrors(yaml).Should().Contain(expected);
    }
}
