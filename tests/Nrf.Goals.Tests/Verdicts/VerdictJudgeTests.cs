using System.Collections.Immutable;
using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Verdicts;

namespace Nrf.Goals.Tests.Verdicts;

public sealed class VerdictJudgeTests
{
    private static GoalResult Goal(GoalCategory category, GoalStatus status) =>
        new() { Id = "g", Title = "g", Category = category, Status = status, Explanation = string.Empty };

    private static IEnumerable<GoalResult> Goals(GoalCategory category, int met, int notEvaluable, int notMet, int partly = 0, int monitored = 0) =>
        Enumerable.Repeat(GoalStatus.Met, met)
            .Concat(Enumerable.Repeat(GoalStatus.NotEvaluable, notEvaluable))
            .Concat(Enumerable.Repeat(GoalStatus.NotMet, notMet))
            .Concat(Enumerable.Repeat(GoalStatus.PartlyMet, partly))
            .Concat(Enumerable.Repeat(GoalStatus.Monitored, monitored))
            .Select(s => Goal(category, s));

    // m met, u not evaluable, k required: met if m >= k, not met if m + u < k, otherwise undetermined (7 of 10).
    [Theory]
    [InlineData(7, 0, 3, VerdictStatus.Met)]
    [InlineData(10, 0, 0, VerdictStatus.Met)]
    [InlineData(7, 3, 0, VerdictStatus.Met)]
    [InlineData(6, 1, 3, VerdictStatus.Undetermined)]
    [InlineData(6, 0, 4, VerdictStatus.NotMet)]
    [InlineData(0, 7, 3, VerdictStatus.Undetermined)]
    [InlineData(0, 6, 4, VerdictStatus.NotMet)]
    [InlineData(5, 2, 3, VerdictStatus.Undetermined)]
    [InlineData(5, 1, 4, VerdictStatus.NotMet)]
    public void JudgeCategory_AtLeastSevenOfTen_ThreeValued(int met, int notEvaluable, int notMet, VerdictStatus expected)
    {
        var verdict = VerdictJudge.JudgeCategory(GoalCategory.Operational, new AtLeastRequired(7), Goals(GoalCategory.Operational, met, notEvaluable, notMet));

        verdict.Status.Should().Be(expected);
        verdict.Should().BeEquivalentTo(new { Met = met, NotEvaluable = notEvaluable, NotMet = notMet, Total = 10, Required = 7, Rule = "atLeast 7" });
    }

    [Fact]
    public void JudgeCategory_PartlyMetGoals_NotCountedAsMet()
    {
        var verdict = VerdictJudge.JudgeCategory(GoalCategory.Operational, new AtLeastRequired(7), Goals(GoalCategory.Operational, 6, 0, 0, partly: 4));

        verdict.Should().BeEquivalentTo(new { Met = 6, PartlyMet = 4, Total = 10, Status = VerdictStatus.NotMet });
    }

    [Fact]
    public void JudgeCategory_MonitoredGoals_NeitherCountedNorInTotal()
    {
        var verdict = VerdictJudge.JudgeCategory(GoalCategory.Operational, new AllRequired(), Goals(GoalCategory.Operational, 2, 0, 0, monitored: 5));

        verdict.Should().BeEquivalentTo(new { Met = 2, Monitored = 5, Total = 2, Required = 2, Status = VerdictStatus.Met });
    }

    [Theory]
    [InlineData(3, 0, 0, VerdictStatus.Met)]
    [InlineData(2, 1, 0, VerdictStatus.Undetermined)]
    [InlineData(2, 0, 1, VerdictStatus.NotMet)]
    [InlineData(0, 3, 0, VerdictStatus.Undetermined)]
    public void JudgeCategory_AllFinancialGoals_ThreeValued(int met, int notEvaluable, int notMet, VerdictStatus expected)
    {
        VerdictJudge.JudgeCategory(GoalCategory.Financial, new AllRequired(), Goals(GoalCategory.Financial, met, notEvaluable, notMet)).Status.Should().Be(expected);
    }

    [Theory]
    [InlineData(7, VerdictStatus.Met)]
    [InlineData(6, VerdictStatus.NotMet)]
    public void JudgeCategory_ShareSeventyPercentOfTen_RequiresSeven(int met, VerdictStatus expected)
    {
        var verdict = VerdictJudge.JudgeCategory(GoalCategory.Operational, new ShareRequired(0.7m), Goals(GoalCategory.Operational, met, 0, 10 - met));

        verdict.Should().BeEquivalentTo(new { Required = 7, Rule = "share 70 %", Status = expected });
    }

    // "financial: all" where every financial row is monitored or an activity: 0 of 0 met is no evidence either way.
    [Theory]
    [InlineData("all")]
    [InlineData("atLeast")]
    [InlineData("share")]
    public void JudgeCategory_NoGoalThatCounts_IsUndeterminedNotMet(string policy)
    {
        CategoryRequirement requirement = policy switch
        {
            "all" => new AllRequired(),
            "atLeast" => new AtLeastRequired(1),
            _ => new ShareRequired(0.7m),
        };

        var verdict = VerdictJudge.JudgeCategory(GoalCategory.Financial, requirement, Goals(GoalCategory.Financial, 0, 0, 0, monitored: 3));

        verdict.Should().BeEquivalentTo(new { Met = 0, Monitored = 3, Total = 0, Status = VerdictStatus.Undetermined });
        VerdictJudge.Combine(VerdictStatus.Met, verdict.Status).Should().Be(VerdictStatus.Undetermined);
    }

    [Fact]
    public void JudgeCategory_ReportOnly_NoRequirement()
    {
        var verdict = VerdictJudge.JudgeCategory(GoalCategory.Operational, new ReportOnly(), Goals(GoalCategory.Operational, 0, 0, 10));

        verdict.Should().BeEquivalentTo(new { Required = (int?)null, Rule = "report-only", Status = VerdictStatus.ReportOnly });
    }

    // The whole table: overall met only if both are met, not met if either is not met, otherwise undetermined.
    [Theory]
    [InlineData(VerdictStatus.Met, VerdictStatus.Met, VerdictStatus.Met)]
    [InlineData(VerdictStatus.Met, VerdictStatus.Undetermined, VerdictStatus.Undetermined)]
    [InlineData(VerdictStatus.Met, VerdictStatus.NotMet, VerdictStatus.NotMet)]
    [InlineData(VerdictStatus.Undetermined, VerdictStatus.Met, VerdictStatus.Undetermined)]
    [InlineData(VerdictStatus.Undetermined, VerdictStatus.Undetermined, VerdictStatus.Undetermined)]
    [InlineData(VerdictStatus.Undetermined, VerdictStatus.NotMet, VerdictStatus.NotMet)]
    [InlineData(VerdictStatus.NotMet, VerdictStatus.Met, VerdictStatus.NotMet)]
    [InlineData(VerdictStatus.NotMet, VerdictStatus.Undetermined, VerdictStatus.NotMet)]
    [InlineData(VerdictStatus.NotMet, VerdictStatus.NotMet, VerdictStatus.NotMet)]
    [InlineData(VerdictStatus.ReportOnly, VerdictStatus.Met, VerdictStatus.Met)]
    [InlineData(VerdictStatus.ReportOnly, VerdictStatus.NotMet, VerdictStatus.NotMet)]
    public void Combine_OperationalAndFinancial_FollowsTheTable(VerdictStatus operational, VerdictStatus financial, VerdictStatus expected)
    {
        VerdictJudge.Combine(operational, financial).Should().Be(expected);
    }
}
