using Nrf.Goals.Loading;
using Nrf.Goals.Reporting;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Rules.Runtime;

namespace Nrf.Goals.Tests.Rules;

/// <summary>A rule set with more rules than the compiler hands the engine's parser at once still gets each rule's own delegate.</summary>
public sealed class CompiledDelegateGroupTests
{
    [Fact]
    public void Compile_MoreRulesThanOneParserGroup_EachRuleEvaluatesAsTheWorkflowDoes()
    {
        var goals = RulesEngineCompiler.RulesPerParse + 40;
        var yaml = new System.Text.StringBuilder("id: many\ntitle: Many\nvalidity: {from: 2020, to: 2021}\npolicy: {operational: all, financial: all}\nindicators:\n");
        for (var i = 0; i < 10; i++)
        {
            yaml.Append($"  - {{id: x{i}, title: X{i}, unit: antal}}\n");
        }

        yaml.Append("goals:\n");
        for (var g = 0; g < goals; g++)
        {
            // Each goal's threshold differs, so a delegate attached to the wrong rule changes a status.
            yaml.Append($"  - {{id: g{g}, title: G{g}, category: operational, criterion: \"x{g % 10} >= {g % 97}\"}}\n");
        }

        var compiled = (CompiledRuleSet)new RulesEngineCompiler().Compile(RuleSetLoader.Parse(yaml.ToString(), "many.yaml"));
        var values = ValuesLoader.Parse(
            "entity: e\nyear: 2021\nreport: annual\nvalues:\n" + string.Concat(Enumerable.Range(0, 10).Select(i => $"  x{i}: {i * 11}\n")),
            "v.yaml",
            compiled.RuleSet);

        var fast = compiled.Evaluate(values);

        compiled.RuleCount.Should().BeGreaterThan(RulesEngineCompiler.RulesPerParse);
        fast.Goals.Select(g => g.Status).Should().Equal(
            Enumerable.Range(0, goals).Select(g => (g % 10) * 11 >= g % 97 ? GoalStatus.Met : GoalStatus.NotMet));
        JsonReport.Write(fast).Should().Be(JsonReport.Write(compiled.Evaluate(values, throughWorkflow: true)));
    }
}
