using Nrf.Goals.RuleTests;
using Nrf.Goals.Rules.Compilation;

namespace Nrf.Goals.Tests.RuleTests;

public sealed class RuleTestRunnerTests : IDisposable
{
    private readonly RuleTestWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    private RuleTestOutcome RunNrf(string caseYaml)
    {
        var path = _workspace.Write("nrf.tests.yaml", $"rules: {RepositoryPaths.Rules("nrf/2023-2025.yaml")}\nvalues: {RepositoryPaths.Examples("nrf-2023-annual.yaml")}\ncases:\n{caseYaml}");
        return new RuleTestRunner(new NRulesCompiler()).Run(new RuleTestLoader().Load(path).Cases.Single());
    }

    [Fact]
    public void Run_GoalStatusDiffers_SaysWhatDifferedWithTheEvaluatedNumbers()
    {
        var outcome = RunNrf("  - name: mal-4\n    expect: {goals: {mal-4: met}}\n");

        outcome.Passed.Should().BeFalse();
        outcome.Failures.Select(f => f.Message).Should().Equal(
            "mal-4: expected met, got not-met — bg_meetings_quorate / bg_meetings_planned = 26 / 29 = 0,897 < 0,90");
        outcome.Failures[0].Location.Line.Should().Be(5);
        outcome.Failures[0].Location.Column.Should().Be(22);
    }

    [Fact]
    public void Run_MultiPartGoalDiffers_ListsEveryPartWithItsStatus()
    {
        var outcome = RunNrf("  - name: mal-3\n    set: {care_pathway_feedback_to_skr: false}\n    expect: {goals: {mal-3: met}}\n");

        outcome.Failures.Select(f => f.Message).Should().Equal(
            "mal-3: expected met, got partly-met — SKR (not-met): care_pathway_feedback_to_skr = nej; Förbundsdirektionen (met): care_pathway_feedback_to_board = ja");
    }

    [Fact]
    public void Run_NotEvaluableGoal_QuotesTheReason()
    {
        var outcome = RunNrf("  - name: missing\n    unset: [equity_sek]\n    expect: {goals: {mal-13: met}}\n");

        outcome.Failures.Select(f => f.Message).Should().Equal(
            "mal-13: expected met, got not-evaluable — Kan inte bedömas: värde saknas för equity_sek 2023.");
    }

    [Fact]
    public void Run_VerdictAndExplanationDiffer_CountsAndTheWholeExplanation()
    {
        var outcome = RunNrf("""
              - name: wrong
                set: {coordination_meetings_held: 1, hta_cases: {2022: 11, 2023: 11}}
                expect:
                  verdict: met
                  explanations: {mal-4: "9 av 10"}

            """);

        outcome.Failures.Select(f => f.Message).Should().Equal(
            "verdict: expected met, got not-met — operational 6 of 10 met (atLeast 7) → not-met; financial 3 of 3 met (all) → met",
            "mal-4: the explanation does not contain \"9 av 10\"; it reads \"BG beslutsför vid 26 av 29 möten (89,7 %), mål minst 90 %\"");
    }

    [Fact]
    public void Run_CategoryDiffers_SaysWhatDifferedWithTheCounts()
    {
        var outcome = RunNrf("""
              - name: six of ten
                set: {coordination_meetings_held: 1, hta_cases: {2022: 11, 2023: 11}}
                expect:
                  categories: {operational: met, financial: met}

            """);

        outcome.Failures.Select(f => f.Message).Should().Equal("operational: expected met, got not-met — operational 6 of 10 met (atLeast 7) → not-met");
        (outcome.Failures[0].Location.Line, outcome.Failures[0].Location.Column).Should().Be((7, 20));
    }

    [Fact]
    public void Run_JudgedCategoryDiffers_SaysWhatWasJudged()
    {
        var path = _workspace.Write("rs.tests.yaml",
            $"rules: {RepositoryPaths.Rules("region-norrbotten/rs-plan-2020.yaml")}\nvalues: {RepositoryPaths.Examples("region-norrbotten-2020-dap08.yaml")}\n"
            + "cases:\n  - {name: partly good, expect: {categories: {operational: met}}}\n");

        var outcome = new RuleTestRunner(new NRulesCompiler()).Run(new RuleTestLoader().Load(path).Cases.Single());

        outcome.Failures.Select(f => f.Message).Should().Equal(
            "operational: expected met, got not-met — operational judged partly-met, 12 of 52 met, 17 not evaluable (judgement overall_goal_fulfilment) → not-met");
    }

    [Fact]
    public void Run_AllExpectationsHold_Passes()
    {
        var outcome = RunNrf("  - name: ok\n    expect: {goals: {mal-4: not-met, mal-5: met}, verdict: met, explanations: {mal-5: [\"3 samordningsmöten\"]}}\n");

        outcome.Passed.Should().BeTrue();
        outcome.Failures.Should().BeEmpty();
        outcome.Result.Goal("mal-5")!.Explanation.Should().Be("3 samordningsmöten för året, mål minst 2");
    }

    [Fact]
    public void Run_FileWithSelection_RunsOnlySelectedCasesInFileOrder()
    {
        var path = _workspace.Write("tiny.tests.yaml", """
            cases:
              - {name: first, set: {equity: 100}, expect: {goals: {g2: met}}}
              - {name: second, set: {equity: 99}, expect: {goals: {g2: met}}}
              - {name: third, set: {equity: 99}, expect: {goals: {g2: not-met}}}
            """);
        var runner = new RuleTestRunner(new NRulesCompiler());
        var file = new RuleTestLoader().Load(path);

        runner.Run(file).Select(o => (o.Case.Name, o.Passed)).Should().Equal(("first", true), ("second", false), ("third", true));
        runner.Run(file, c => c.Name != "second").Select(o => o.Case.Name).Should().Equal("first", "third");
        runner.Run(file)[1].Failures.Single().Message.Should().Be("g2: expected met, got not-met — equity = 99 < 100");
    }
}
