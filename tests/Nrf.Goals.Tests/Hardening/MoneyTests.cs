using Nrf.Goals.Loading;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Compilation;

namespace Nrf.Goals.Tests.Hardening;

/// <summary>
/// Money is <see cref="decimal"/> from the values file through the engine's expressions to the report: cases where
/// <see cref="double"/> arithmetic would give the wrong verdict.
/// </summary>
public sealed class MoneyTests
{
    private const string Rules =
        "id: money\n" +
        "title: Ekonomi\n" +
        "entity: nrf\n" +
        "validity: {from: 2023, to: 2025}\n" +
        "policy: {operational: report-only, financial: all}\n" +
        "indicators:\n" +
        "  - {id: revenue_tkr, title: Intäkter, unit: tkr}\n" +
        "  - {id: costs_tkr, title: Kostnader, unit: tkr}\n" +
        "  - {id: grants_tkr, title: Bidrag, unit: tkr}\n" +
        "  - {id: fees_tkr, title: Avgifter, unit: tkr}\n" +
        "goals:\n" +
        "  - {id: balans, title: Intäkterna täcker kostnaderna, category: financial, criterion: revenue_tkr >= costs_tkr}\n" +
        "  - {id: finansiering, title: Bidrag och avgifter inom ramen, category: financial, criterion: grants_tkr + fees_tkr <= costs_tkr}\n";

    [Fact]
    public void Evaluate_RevenueOneTkrBelowCostsBeyondDoublePrecision_IsNotMet()
    {
        // 2^53 + 1 has no double: as doubles both amounts are 9007199254740992 and "revenue >= costs" would hold.
        const decimal revenue = 9_007_199_254_740_992m;
        const decimal costs = 9_007_199_254_740_993m;
        ((double)revenue >= (double)costs).Should().BeTrue("this is the premise: double arithmetic misjudges this case");

        var result = Evaluate($"  revenue_tkr: {revenue}\n  costs_tkr: {costs}\n  grants_tkr: 0\n  fees_tkr: 0\n");

        result.Goal("balans")!.Status.Should().Be(GoalStatus.NotMet);
        result.Goal("balans")!.Values.Select(v => v.Number).Should().Equal(revenue, costs);
    }

    [Fact]
    public void Evaluate_SumOfDecimalAmountsExactlyAtTheLimit_IsMet()
    {
        // 0.1 + 0.2 is 0.30000000000000004 in double, which is not <= 0.3.
        (0.1d + 0.2d <= 0.3d).Should().BeFalse("this is the premise: double arithmetic misjudges this case");

        var result = Evaluate("  revenue_tkr: 1\n  costs_tkr: 0.3\n  grants_tkr: 0.1\n  fees_tkr: 0.2\n");

        result.Goal("finansiering")!.Status.Should().Be(GoalStatus.Met);
        result.Goal("finansiering")!.Values.Select(v => v.Number).Should().Equal(0.1m, 0.2m, 0.3m);
    }

    [Fact]
    public void Evaluate_SwedishDecimalCommaAmountsWithManyDecimals_AreComparedExactly()
    {
        // 61 250,000000000000001 tkr against 61 250 tkr: a difference far below double's resolution at this size.
        var result = Evaluate("  revenue_tkr: \"61 250,000000000000001\"\n  costs_tkr: 61250.000000000000002\n  grants_tkr: 0\n  fees_tkr: 0\n");

        result.Goal("balans")!.Status.Should().Be(GoalStatus.NotMet);
        result.Goal("balans")!.Values.Select(v => v.Number).Should().Equal(61250.000000000000001m, 61250.000000000000002m);
    }

    private static EvaluationResult Evaluate(string values)
    {
        var ruleSet = RuleSetLoader.Parse(Rules);
        var document = ValuesLoader.Parse("entity: nrf\nyear: 2023\nreport: annual\nvalues:\n" + values, "values.yaml", ruleSet);
        return new NRulesCompiler().Compile(ruleSet).Evaluate(document);
    }
}
