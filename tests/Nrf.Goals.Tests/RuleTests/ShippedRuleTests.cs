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
        coverage.Should().AllSatisfy(c => (c.RuleSetId, c.Covered).Should().Be((c.RuleSetId, c.Total), "every goal and part of {0} must be covered: {1}", c.RuleSetId,
            string.Join("; ", c.GoalsNotEvaluated.Concat(c.GoalsOneSided).Concat(c.PartsNotDecisive))));
    }

    [Fact]
    public void NrfTests_EveryGoalOnBothSides_FortyThreeCasesAndTwentyItems()
    {
        var file = RuleTest.Load("rules/nrf/2023-2025.tests.yaml");
        var outcomes = new RuleTestRunner(new NRulesCompiler()).Run(file);

        outcomes.Should().HaveCount(43).And.OnlyContain(o => o.Passed);
        var coverage = RuleCoverage.Measure(outcomes).Single();
        (coverage.RuleSetId, coverage.Covered, coverage.Total).Should().Be(("nrf-2023-2025", 20, 20));
    }
}
