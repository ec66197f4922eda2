using Nrf.Goals.Loading;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Rules.Runtime;

namespace Nrf.Goals.Tests.Rules.Runtime;

public sealed class EvaluationTraceTests
{
    [Fact]
    public void Evaluate_WithTrace_ListsEachRuleFiredWithTheValuesItMatched()
    {
        var ruleSet = RuleSetLoader.Load(RepositoryPaths.Rules("nrf/2023-2025.yaml"));
        var nrf = new NRulesCompiler().CompileToNRules(ruleSet);
        var trace = new EvaluationTrace();

        var result = nrf.Evaluate(ValuesLoader.Load(RepositoryPaths.Examples("nrf-2023-annual.yaml"), ruleSet), trace);

        trace.Fired.Select(f => f.Rule).Should().BeEquivalentTo(
            result.Goals.Select(g => g.Id).Concat(["verdict: operational goals (atLeast 7)", "verdict: financial goals (all)", "verdict"]),
            o => o.WithoutStrictOrdering());
        trace.Fired.Take(13).Select(f => f.Rule).Should().BeEquivalentTo(result.Goals.Select(g => g.Id), "every goal fires before the aggregates over goals");
        trace.Fired[^1].Rule.Should().Be("verdict");
        // The goal's rule matched the report and read its two values from it; it decided "not met".
        trace.Fired.Single(f => f.Rule == "mal-4").Facts.Should().Equal(
            new KeyValuePair<string, string>("e", "nrf 2023"),
            new KeyValuePair<string, string>("bg_meetings_quorate", "{2023: 26}"),
            new KeyValuePair<string, string>("bg_meetings_planned", "{2023: 29}"),
            new KeyValuePair<string, string>("status", "NotMet"));
        trace.Fired.Single(f => f.Rule == "verdict: financial goals (all)").Facts.Should().ContainSingle().Which.Should().Be(new KeyValuePair<string, string>("e", "nrf 2023"));
    }
}
