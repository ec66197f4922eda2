using Nrf.Goals.RuleTests;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Testing;

namespace Nrf.Goals.Tests.RuleTests;

/// <summary>Every case of every shipped rule test file (found by glob, so new rule sets' tests join by themselves) as its own test.</summary>
public sealed class ShippedRuleTests
{
    public const string Pattern = "rules/**/*.tests.yaml";

    [Theory]
    [RuleTestCases(Pattern)]
    public void ShippedCase_Passes(string testCase) => RuleTest.Run(testCase).ShouldPass();

    [Fact]
    public void ShippedTestFiles_FoundByGlob_IncludeTheNrfTests()
    {
        RuleTestFiles.Find(Pattern).Should().Contain("rules/nrf/2023-2025.tests.yaml");
    }

    [Fact]
    public void ShippedTestFiles_CoverEveryRuleSetCompletely()
    {
        var runner = new RuleTestRunner(new NRulesCompiler());
        var outcomes = RuleTestFiles.Find(Pattern).SelectMany(f => runner.Run(RuleTest.Load(f)));

        var coverage = RuleCoverage.Measure(outcomes);

        coverage.Should().NotBeEmpty();
        coverage.Should().AllSatisfy(c => (c.RuleSetId, c.Covered).Should().Be((c.RuleSetId, c.Total), "every goal, part and policy outcome of {0} must be covered: {1}", c.RuleSetId,
            string.Join("; ", c.GoalsNotEvaluated.Concat(c.GoalsOneSided).Concat(c.PartsNotDecisive).Concat(c.PolicyOutcomesNotTested))));
    }

    // 13 goals, the parts of mål 1 (3), mål 3 (2) and mål 10 (2), and the policy's outcomes: operational {atLeast: 7},
    // financial all and the verdict, each met, not met and undetermined (9).
    [Fact]
    public void NrfTests_EveryGoalOnBothSidesAndEveryPolicyOutcome_FortyThreeCasesAndTwentyNineItems()
    {
        var file = RuleTest.Load("rules/nrf/2023-2025.tests.yaml");
        var outcomes = new RuleTestRunner(new NRulesCompiler()).Run(file);

        outcomes.Should().HaveCount(43).And.OnlyContain(o => o.Passed);
        var coverage = RuleCoverage.Measure(outcomes).Single();
        (coverage.RuleSetId, coverage.Covered, coverage.Total).Should().Be(("nrf-2023-2025", 29, 29));
    }

    // Region Norrbotten's plan has no "delvis" outcome: its judged operational category, its financial styrmått (all) and
    // the verdict are each met, not met or undetermined — 9 policy items beside the 101 of its styrmått and parts.
    [Fact]
    public void NorrbottenTests_EveryPolicyOutcomeTested_HundredTenItems()
    {
        var outcomes = new RuleTestRunner(new NRulesCompiler()).Run(RuleTest.Load("rules/region-norrbotten/rs-plan-2020.tests.yaml"));

        var coverage = RuleCoverage.Measure(outcomes).Single();

        (coverage.RuleSetId, coverage.Covered, coverage.Total).Should().Be(("rs-plan-2020", 110, 110));
        coverage.PolicyOutcomesNotTested.Should().BeEmpty();
    }
}
