using Nrf.Goals.Loading;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Compilation;

namespace Nrf.Goals.Tests.Rules;

/// <summary>Monitor-only goals ("Följa utvecklingen") are reported and never counted, whenever they are followed up.</summary>
public sealed class MonitorOnlyTests
{
    private const string Rules = """
        id: t
        title: T
        entity: e
        validity: {from: 2020, to: 2022}
        policy: {operational: all, financial: all}
        indicators:
          - {id: x, title: X}
          - {id: y, title: Y}
        goals:
          - {id: counted, title: Counted, category: operational, criterion: y >= 1}
          - {id: yearly, title: Följa utvecklingen 2020, category: operational, criterion: {byYear: {2020: {monitor: x}}}}
          - {id: annual, title: Följa utvecklingen i ÅR, category: operational, followedUpIn: [ÅR], criterion: {monitor: x}}
        """;

    private static EvaluationResult Evaluate(int year, string report)
    {
        var ruleSet = RuleSetLoader.Parse(Rules, "t.yaml");
        var values = ValuesLoader.Parse($"entity: e\nyear: {year}\nreport: {report}\nvalues: {{x: {{{year}: 3}}, y: {{{year}: 1}}}}\n", "v.yaml", ruleSet);
        return new NRulesCompiler().Compile(ruleSet).Evaluate(values);
    }

    [Fact]
    public void Load_MonitorScheduledPerYear_IsMonitorOnly()
    {
        RuleSetLoader.Parse(Rules, "t.yaml").Goals.Select(g => g.IsMonitorOnly).Should().Equal(false, true, true);
    }

    [Fact]
    public void Evaluate_YearWithoutMonitor_MonitoredWithReasonAndNotCounted()
    {
        var result = Evaluate(2021, "annual");

        result.Goal("yearly")!.Status.Should().Be(GoalStatus.Monitored);
        result.Goal("yearly")!.Reason.Should().Be("inget mål för 2021");
        result.Verdict.Operational.Should().BeEquivalentTo(new { Met = 1, NotEvaluable = 0, Monitored = 2, Total = 1 });
    }

    [Fact]
    public void Evaluate_PeriodWithoutFollowUp_MonitoredWithReasonAndNotCounted()
    {
        var result = Evaluate(2020, "interim\nasOf: 2020-08-31");

        result.Goal("annual")!.Status.Should().Be(GoalStatus.Monitored);
        result.Goal("annual")!.Explanation.Should().Be("Följs inte upp i DÅ 08.");
        result.Verdict.Operational.Total.Should().Be(1);
    }
}
