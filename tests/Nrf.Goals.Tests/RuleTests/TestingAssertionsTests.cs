using FluentAssertions.Execution;
using Nrf.Goals.Results;
using Nrf.Goals.Testing;
using Nrf.Goals.Verdicts;
using Xunit.Sdk;

namespace Nrf.Goals.Tests.RuleTests;

public sealed class TestingAssertionsTests
{
    private static readonly EvaluationResult Example = RuleTest.Evaluate("rules/nrf/2023-2025.yaml", "examples/nrf-2023-annual.yaml");

    [Fact]
    public void HaveGoalThatIs_StatusMatches_Passes()
    {
        Example.Should().HaveGoal("mal-5").ThatIs(GoalStatus.Met).And.WithExplanationContaining("3 samordningsmöten");
        Example.Should().HaveGoal("mal-4").ThatIs(GoalStatus.NotMet).And.Result.HaveVerdict(VerdictStatus.Met);
    }

    [Fact]
    public void HaveGoalThatIs_StatusDiffers_MessageQuotesTheExplanation()
    {
        var act = () => Example.Should().HaveGoal("mal-4").ThatIs(GoalStatus.Met, "BG met {0} times", 26);

        act.Should().Throw<XunitException>().WithMessage(
            "Expected goal \"mal-4\" to be met because BG met 26 times, but it is not-met: \"BG beslutsför vid 26 av 29 möten (89,7 %), mål minst 90 %\".");
    }

    [Fact]
    public void HaveGoal_UnknownGoal_NamesTheGoalsThereAre()
    {
        var act = () => Example.Should().HaveGoal("mal-14");

        act.Should().Throw<XunitException>().Which.Message.Should().StartWith(
            "Expected rule set \"nrf-2023-2025\" to have goal \"mal-14\", but it has only \"mal-1, mal-2, mal-3");
    }

    [Fact]
    public void HaveVerdict_Differs_MessageCountsAndQuotesGoalsNotMet()
    {
        var act = () => Example.Should().HaveVerdict(VerdictStatus.NotMet);

        act.Should().Throw<XunitException>().WithMessage(
            "Expected the verdict to be not-met, but it is met: \"operational 8 of 10 met (atLeast 7), financial 3 of 3 met (all)\"; the goals not met or not evaluable: "
            + "\"mal-4 not-met: BG beslutsför vid 26 av 29 möten (89,7 %), mål minst 90 %; mal-6 not-met: Svar dokumenterade från 22 av 24 RPO, mål samtliga\".");
    }

    [Fact]
    public void WithExplanationContaining_Missing_QuotesTheExplanation()
    {
        var act = () => Example.Should().HaveGoal("mal-4").ThatIs(GoalStatus.NotMet).And.WithExplanationContaining("9 av 10");

        act.Should().Throw<XunitException>().WithMessage(
            "Expected the explanation of goal \"mal-4\" to contain \"9 av 10\", but it reads \"BG beslutsför vid 26 av 29 möten (89,7 %), mål minst 90 %\".");
    }

    [Fact]
    public void ShouldPass_FailedCase_ListsEveryFailureWithItsPlace()
    {
        using var workspace = new RuleTestWorkspace();
        var path = workspace.Write("tiny.tests.yaml", "cases:\n  - name: low\n    set: {equity: 99}\n    expect: {goals: {g2: met}, verdict: met}\n");

        var act = () => RuleTest.Run($"{path}:low").ShouldPass();

        act.Should().Throw<XunitException>().Which.Message.Should().Be(
            $"{path}:low failed:\n"
            + $"  {path}:4:22: g2: expected met, got not-met — equity = 99 < 100\n"
            + $"  {path}:4:41: verdict: expected met, got not-met — operational 0 of 2 met, 2 not evaluable (atLeast 1) → undetermined; financial 0 of 1 met (all) → not-met");
    }

    [Fact]
    public void Run_UnknownCaseName_ListsTheCasesThereAre()
    {
        var act = () => RuleTest.Run("rules/nrf/2023-2025.tests.yaml:no such case");

        act.Should().Throw<ArgumentException>().Which.Message.Should().StartWith(
            "rules/nrf/2023-2025.tests.yaml has no case named 'no such case'; its cases are: mal-1 met when all three regions increase their share, ");
    }

    [Fact]
    public void RuleTestCases_OneRowPerCase_WrittenFileColonName()
    {
        var rows = new RuleTestCasesAttribute("rules/nrf/2023-2025.tests.yaml").GetData(typeof(TestingAssertionsTests).GetMethod(nameof(RuleTestCases_OneRowPerCase_WrittenFileColonName))!).ToList();

        rows.Should().HaveCount(43);
        rows[0].Should().Equal("rules/nrf/2023-2025.tests.yaml:mal-1 met when all three regions increase their share");
    }

    [Fact]
    public void RuleTestCases_InvalidFile_OneRowThatFailsWithTheLocatedErrors()
    {
        using var workspace = new RuleTestWorkspace();
        var path = workspace.Write("tiny.tests.yaml", "cases:\n  - name: x\n    expect: {goals: {g9: met}}\n");

        var rows = new RuleTestCasesAttribute(path).GetData(typeof(TestingAssertionsTests).GetMethod(nameof(RuleTestCases_InvalidFile_OneRowThatFailsWithTheLocatedErrors))!).ToList();

        rows.Should().ContainSingle().Which.Should().Equal(path);
        var act = () => RuleTest.Run(path);
        act.Should().Throw<Diagnostics.NrfGoalsException>().WithMessage($"{path}:3:22: 'g9' is not a goal of the rule set 'tiny' (did you mean 'g1'?)");
    }
}
