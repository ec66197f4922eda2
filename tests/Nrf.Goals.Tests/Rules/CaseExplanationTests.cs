using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.Reporting;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Rules.Runtime;
using Nrf.Goals.Tests.Loading;

namespace Nrf.Goals.Tests.Rules;

/// <summary>
/// A case of <c>byYear</c> or <c>byPeriod</c> may carry its own explanation (<c>{criterion: …, explanation: …}</c>), so that
/// the text names what that case judged — the years of a window, the period's target; a case without one is explained
/// by the goal's template.
/// </summary>
public sealed class CaseExplanationTests
{
    private const string Rules = """
        id: cases
        title: Förklaring per fall
        entity: kommun
        validity: {from: 2023, to: 2025}
        policy: {operational: report-only, financial: all}
        indicators:
          - {id: resultat_mnkr, title: Årets resultat, unit: mnkr}
          - {id: skatter_mnkr, title: Skatteintäkter och generella statsbidrag, unit: mnkr}
          - {id: konsolidering_pct, title: Konsolideringsgrad, unit: "%"}
        goals:
          - id: resultat
            title: Resultatet ska under en treårsperiod i snitt uppgå till minst 2 % av skatteintäkter och generella statsbidrag
            category: financial
            explanation: Årets resultat {resultat_mnkr * 100 / skatter_mnkr:n1} % av skatteintäkter och generella statsbidrag
            criterion:
              byYear:
                2023:
                  criterion: sum_years(resultat_mnkr, 3) * 100 / sum_years(skatter_mnkr, 3) >= 2
                  explanation: "2021–2023: {sum_years(resultat_mnkr, 3) * 100 / sum_years(skatter_mnkr, 3):n1} % av skatteintäkter och generella statsbidrag, mål minst 2 %"
                2024: resultat_mnkr * 100 / skatter_mnkr >= 2
          - id: konsolidering
            title: Konsolideringsgrad per rapport
            category: financial
            explanation: Konsolideringsgraden är {konsolidering_pct:n0} %
            criterion:
              byYear:
                2023:
                  explanation: Konsolideringsgraden 2023 är {konsolidering_pct:n0} %
                  criterion:
                    byPeriod:
                      DÅ08: konsolidering_pct >= 62
                      ÅR: {criterion: konsolidering_pct >= 64, explanation: "Konsolideringsgraden i årsredovisningen 2023 är {konsolidering_pct:n0} %, mål 64 %"}
                2024: konsolidering_pct >= 65
        """;

    private static readonly NRulesRuleSet Compiled = new NRulesCompiler().CompileToNRules(RuleSetLoader.Parse(Rules, "cases.yaml"));

    private static GoalResult Goal(string id, int year, string values, string report = "annual", string? period = null)
    {
        var document = ValuesLoader.Parse($"entity: kommun\nyear: {year}\nreport: {report}\n{(period is null ? string.Empty : $"period: {period}\n")}values:\n{values}", "values.yaml", Compiled.RuleSet);
        var result = Compiled.Evaluate(document);
        JsonReport.Write(Compiled.EvaluateWithInputs(document)).Should().Be(JsonReport.Write(result), "both rule shapes explain a case alike");
        return result.Goal(id)!;
    }

    [Fact]
    public void Explanation_CaseWithItsOwn_NamesTheWindowItJudged()
    {
        var goal = Goal("resultat", 2023, "  resultat_mnkr: {2021: 31, 2022: 36.7, 2023: 6.1}\n  skatter_mnkr: {2021: 757, 2022: 819, 2023: 861}\n");

        goal.Status.Should().Be(GoalStatus.Met);
        goal.FromTemplate.Should().BeTrue();
        goal.Explanation.Should().Be("2021–2023: 3,0 % av skatteintäkter och generella statsbidrag, mål minst 2 %");
    }

    [Fact]
    public void Explanation_CaseWithoutItsOwn_IsTheGoals()
    {
        var goal = Goal("resultat", 2024, "  resultat_mnkr: 20\n  skatter_mnkr: 900\n");

        goal.Status.Should().Be(GoalStatus.Met);
        goal.Explanation.Should().Be("Årets resultat 2,2 % av skatteintäkter och generella statsbidrag");
        goal.Values.Select(v => (v.Indicator, v.Year)).Should().Equal(("resultat_mnkr", 2024), ("skatter_mnkr", 2024));
    }

    [Theory]
    [InlineData(2023, "interim", "DÅ08", "Konsolideringsgraden 2023 är 63 %")]
    [InlineData(2023, "annual", null, "Konsolideringsgraden i årsredovisningen 2023 är 63 %, mål 64 %")]
    [InlineData(2024, "annual", null, "Konsolideringsgraden är 63 %")]
    public void Explanation_NestedCases_TheInnermostOwnWinsThenTheEnclosingCasesThenTheGoals(int year, string report, string? period, string expected) =>
        Goal("konsolidering", year, "  konsolidering_pct: 63\n", report, period).Explanation.Should().Be(expected);

    [Fact]
    public void Load_CaseExplanations_AreKeptOnTheirCases()
    {
        var cases = ((ScheduledCriterion)Compiled.RuleSet.Goals[1].Criterion).Cases;

        cases.Select(c => (c.Year, c.Period, c.Explanation?.Text)).Should().Equal(
            (2023, ReportPeriod.Interim08, "Konsolideringsgraden 2023 är {konsolidering_pct:n0} %"),
            (2023, ReportPeriod.Annual, "Konsolideringsgraden i årsredovisningen 2023 är {konsolidering_pct:n0} %, mål 64 %"),
            (2024, null, null));
    }

    [Theory]
    [InlineData("{criterion: x_mnkr >= 1, explanaton: Text}", "rules.yaml:12:57: unknown key 'explanaton' in a case of byYear of goal 'g' (did you mean 'explanation'?); allowed keys are criterion, explanation")]
    [InlineData("{criterion: x_mnkr >= 1, explanation: 'Värdet {y_mnkr}'}", "rules.yaml:12:79: 'y_mnkr' is not a declared indicator (did you mean 'x_mnkr'?); expressions may use only the indicators under 'indicators:' and the documented functions")]
    [InlineData("{explanation: Text}", "rules.yaml:12:32: a case of byYear of goal 'g' is missing the required key 'criterion'")]
    public void Load_WrongCase_IsRefusedAtItsPlace(string @case, string expected)
    {
        var yaml = $$$"""
            id: bad
            title: Fel
            entity: kommun
            validity: {from: 2023, to: 2025}
            policy: {operational: report-only, financial: all}
            indicators:
              - {id: x_mnkr, title: X, unit: mnkr}
            goals:
              - id: g
                title: Mål
                category: financial
                criterion: {byYear: {2023: {{{@case}}}}}
            """;

        LoadAssertions.RuleErrors(yaml).Should().Contain(expected);
    }

    [Fact]
    public void Load_CriterionAndExplanationOutsideACase_IsRefused()
    {
        var yaml = """
            id: bad
            title: Fel
            entity: kommun
            validity: {from: 2023, to: 2025}
            policy: {operational: report-only, financial: all}
            indicators:
              - {id: x_mnkr, title: X, unit: mnkr}
            goals:
              - {id: g, title: Mål, category: financial, criterion: {criterion: x_mnkr >= 1, explanation: Text}}
            """;

        LoadAssertions.RuleErrors(yaml).Should().ContainMatch("rules.yaml:9:*unknown key 'criterion'*");
    }
}
