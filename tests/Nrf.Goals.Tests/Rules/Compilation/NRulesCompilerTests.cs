using Nrf.Goals.Loading;
using Nrf.Goals.Rules.Compilation;

namespace Nrf.Goals.Tests.Rules.Compilation;

public sealed class NRulesCompilerTests
{
    [Fact]
    public void CompileToNRules_NrfRuleSet_OneRulePerGoalThenCategoriesAndVerdict()
    {
        var compiled = new NRulesCompiler().CompileToNRules(RuleSetLoader.Load(RepositoryPaths.Rules("nrf/2023-2025.yaml")));

        compiled.Rules.Name.Should().Be("nrf-2023-2025");
        compiled.Rules.Rules.Select(r => r.Name).Should().Equal(
            "mal-1", "mal-2", "mal-3", "mal-4", "mal-5", "mal-6", "mal-7", "mal-8", "mal-9", "mal-10", "mal-11", "mal-12", "mal-13",
            "verdict: operational goals (atLeast 7)", "verdict: financial goals (all)", "verdict");
    }

    [Fact]
    public void CompileToNRules_GoalRule_CarriesGoalCategoryAndRuleSetAsPropertiesAndTags()
    {
        var compiled = new NRulesCompiler().CompileToNRules(RuleSetLoader.Load(RepositoryPaths.Rules("nrf/2023-2025.yaml")));

        var rule = compiled.Rules.Rules.Single(r => r.Name == "mal-12");

        rule.Properties[RuleProperties.Goal].Should().Be("mal-12");
        rule.Properties[RuleProperties.Category].Should().Be("financial");
        rule.Properties[RuleProperties.RuleSet].Should().Be("nrf-2023-2025");
        rule.Tags.Should().Equal(RuleProperties.GoalTag, "financial");
        rule.Priority.Should().BeGreaterThan(compiled.Rules.Rules.Single(r => r.Name == "verdict").Priority);
    }

    [Fact]
    public void CompileToNRules_NorrbottenPlan_CasesByYearAndPeriodAndOneRollUpRulePerGroup()
    {
        var ruleSet = RuleSetLoader.Load(RepositoryPaths.Rules("region-norrbotten/rs-plan-2020.yaml"));

        var names = new NRulesCompiler().CompileToNRules(ruleSet).Rules.Rules.Select(r => r.Name).ToList();

        names.Where(n => n.StartsWith("group: ", StringComparison.Ordinal)).Should().HaveCount(ruleSet.Groups.Length);
        names.Should().Contain(["verdict: operational goals (judgement overall_goal_fulfilment)", "verdict: financial goals (all)", "verdict"]);
        // A goal whose targets are given per year gets a rule per year and one for the years without a target.
        var scheduled = ruleSet.Goals.First(g => g.Criterion is Model.ScheduledCriterion s && s.Cases.All(c => c.Year is not null && c.Period is null));
        var years = ((Model.ScheduledCriterion)scheduled.Criterion).Cases.Select(c => $"{scheduled.Id} [{c.Year}]");
        names.Should().Contain(years).And.Contain($"{scheduled.Id} (not assessed)");
    }

    [Fact]
    public void CompileToNRules_ThreeHundredGoalsOnOneIndicator_JudgesEveryGoalByItsOwnNumbers()
    {
        // 300 goals "visitors - i >= 0" against visitors = 150: goals 0–150 are met, 151–299 are not.
        var goals = string.Concat(Enumerable.Range(0, 300).Select(i => $"  - {{id: g{i}, title: G{i}, category: operational, criterion: \"visitors - {i} >= 0\"}}\n"));
        var ruleSet = RuleSetLoader.Parse(
            "id: many\ntitle: Many\nvalidity: {from: 2023, to: 2025}\npolicy: {operational: all, financial: all}\n" +
            "indicators:\n  - {id: visitors, title: Besökare, unit: antal}\ngoals:\n" + goals, "many.yaml");
        var compiled = new NRulesCompiler().CompileToNRules(ruleSet);
        compiled.Rules.Rules.Should().HaveCount(300 + 3);

        var result = compiled.Evaluate(ValuesLoader.Parse("entity: e\nyear: 2023\nreport: annual\nvalues:\n  visitors: 150\n", "values.yaml", ruleSet));

        result.Goals.Select(g => g.Status).Should().Equal(Enumerable.Range(0, 300).Select(i => i <= 150 ? Nrf.Goals.Results.GoalStatus.Met : Nrf.Goals.Results.GoalStatus.NotMet));
        result.Goal("g151")!.Explanation.Should().Be("visitors - 151 = 150 - 151 = -1 < 0");
    }
}
