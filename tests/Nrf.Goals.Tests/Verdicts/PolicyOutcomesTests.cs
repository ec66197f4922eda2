using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.Verdicts;

namespace Nrf.Goals.Tests.Verdicts;

/// <summary>The outcomes a policy can produce, which rule coverage asks the cases to test (issue 20, item 5).</summary>
public sealed class PolicyOutcomesTests
{
    private const VerdictStatus M = VerdictStatus.Met;
    private const VerdictStatus P = VerdictStatus.PartlyMet;
    private const VerdictStatus N = VerdictStatus.NotMet;
    private const VerdictStatus U = VerdictStatus.Undetermined;

    /// <summary>Three operational goals (one a monitor in 2024 only), one financial goal, an assessment indicator.</summary>
    private static RuleSet Rules(string policy) => RuleSetLoader.Parse("""
        id: p
        title: P
        entity: demo
        validity: {from: 2023, to: 2024}
        policy: POLICY
        indicators:
          - {id: x, title: X}
          - {id: bedomning, title: Bedömning, type: assessment}
        goals:
          - {id: o1, title: O1, category: operational, criterion: x >= 1}
          - {id: o2, title: O2, category: operational, criterion: x >= 2}
          - {id: o3, title: O3, category: operational, criterion: {byYear: {2023: x >= 3, 2024: {monitor: x}}}}
          - {id: f1, title: F1, category: financial, criterion: x >= 4}
        """.Replace("POLICY", policy, StringComparison.Ordinal));

    [Theory]
    [InlineData("{operational: {atLeast: 2}, financial: all}", new[] { M, N, U }, new[] { M, N, U }, new[] { M, N, U })]
    [InlineData("{operational: {atLeast: 0}, financial: report-only}", new[] { M }, new VerdictStatus[0], new[] { M })]
    [InlineData("{operational: {atLeast: 2, partlyFrom: 1}, financial: all}", new[] { M, P, N, U }, new[] { M, N, U }, new[] { M, N, U })]
    [InlineData("{operational: {atLeast: 2, partlyFrom: 1}, financial: all, verdict: {partly: every}}", new[] { M, P, N, U }, new[] { M, N, U }, new[] { M, P, N, U })]
    [InlineData("{operational: {atLeast: 2}, financial: all, verdict: {partly: some}}", new[] { M, N, U }, new[] { M, N, U }, new[] { M, P, N, U })]
    [InlineData("{operational: {judgement: bedomning}, financial: report-only}", new[] { M, N, U }, new VerdictStatus[0], new[] { M, N, U })]
    [InlineData("{operational: {judgement: bedomning, partly: true}, financial: report-only, verdict: {partly: some}}", new[] { M, P, N, U }, new VerdictStatus[0], new[] { M, P, N, U })]
    [InlineData("{operational: report-only, financial: report-only}", new VerdictStatus[0], new VerdictStatus[0], new[] { U })]
    public void Outcomes_EachPolicyForm_AreWhatItsCountsAndJudgementsCanGive(string policy, VerdictStatus[] operational, VerdictStatus[] financial, VerdictStatus[] verdict)
    {
        var ruleSet = Rules(policy);

        PolicyOutcomes.Category(ruleSet, GoalCategory.Operational).Should().Equal(operational);
        PolicyOutcomes.Category(ruleSet, GoalCategory.Financial).Should().Equal(financial);
        PolicyOutcomes.Verdict(ruleSet).Should().Equal(verdict);
    }

    [Fact]
    public void Outcomes_AGoalMonitoredInSomeYears_CountsBetweenTheGoalsThatAlwaysCountAndAll()
    {
        // {atLeast: 3}: met needs o3 counted (2023), so met is possible; in 2024 only two goals count and three are needed.
        var ruleSet = Rules("{operational: {atLeast: 3}, financial: all}");

        PolicyOutcomes.Category(ruleSet, GoalCategory.Operational).Should().Equal(M, N, U);
    }

    [Fact]
    public void Outcomes_ACategoryWithoutCountedGoals_IsOnlyUndetermined()
    {
        var ruleSet = RuleSetLoader.Parse("""
            id: p
            title: P
            entity: demo
            validity: {from: 2023, to: 2023}
            policy: {operational: {atLeast: 1}, financial: all}
            indicators:
              - {id: x, title: X}
            goals:
              - {id: o1, title: O1, category: operational, criterion: x >= 1}
              - {id: f1, title: F1, category: financial, criterion: {monitor: x}}
            """);

        PolicyOutcomes.Category(ruleSet, GoalCategory.Financial).Should().Equal(U);
        PolicyOutcomes.Verdict(ruleSet).Should().Equal([N, U], "0 of 0 financial goals met is no evidence: never met, not met only when the operational goals are not");
    }
}
