using Nrf.Goals.RuleTests;
using Nrf.Goals.Rules.Compilation;

namespace Nrf.Goals.Tests.RuleTests;

public sealed class RuleCoverageTests : IDisposable
{
    private readonly RuleTestWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    private RuleSetCoverage Measure(string cases)
    {
        var path = _workspace.Write("tiny.tests.yaml", "cases:\n" + cases);
        var outcomes = new RuleTestRunner(new NRulesCompiler()).Run(new RuleTestLoader().Load(path));
        return RuleCoverage.Measure(outcomes).Should().ContainSingle().Subject;
    }

    // Six items of goals and parts, and nine of the policy: operational {atLeast: 1} of two counted goals, financial all
    // of one, and the verdict can each be met, not met and undetermined. A policy outcome counts where a case expects it.
    [Fact]
    public void Measure_OneCase_ListsEveryGapAndCountsFifteenItems()
    {
        var coverage = Measure("  - {name: all met, set: {a: 10, b: 10, equity: 100}, expect: {verdict: met}}\n");

        coverage.RuleSetId.Should().Be("tiny");
        coverage.RulesFile.Should().Be(Path.Combine(_workspace.Folder, "tiny.yaml"));
        (coverage.Covered, coverage.Total, coverage.Percent).Should().Be((2, 15, 13.3m));
        coverage.GoalsNotEvaluated.Should().Equal("g4");
        coverage.GoalsOneSided.Should().Equal("g1 (seen met only)", "g2 (seen met only)");
        coverage.PartsNotDecisive.Should().Equal("g1 part 1 \"A\" (decisive only while passing)", "g1 part 2 \"B\" (decisive only while passing)");
        coverage.PolicyOutcomesNotTested.Should().Equal(
            "operational (atLeast 1): met, not-met or undetermined (none tested)",
            "financial (all): met, not-met or undetermined (none tested)",
            "verdict: not-met or undetermined (tested met only)");
        coverage.Reaches(13.3m).Should().BeTrue();
        coverage.Reaches(13.4m).Should().BeFalse();
    }

    [Fact]
    public void Measure_BothSidesOfEveryGoalAndEveryPartDecisiveBothWays_Complete()
    {
        var coverage = Measure("""
              - {name: all met, set: {a: 10, b: 10, equity: 100, method_bank: {status: met}}, expect: {categories: {operational: met, financial: met}, verdict: met}}
              - {name: a fails, set: {a: 9, b: 10, equity: 99, method_bank: {status: not-met}}, expect: {goals: {g1: partly-met}, categories: {operational: not-met, financial: not-met}, verdict: not-met}}
              - {name: b fails, set: {a: 10, b: 9}, expect: {goals: {g1: partly-met}, categories: {operational: undetermined, financial: undetermined}, verdict: undetermined}}

            """);

        (coverage.Covered, coverage.Total, coverage.Percent).Should().Be((15, 15, 100m));
        coverage.GoalsNotEvaluated.Should().BeEmpty();
        coverage.GoalsOneSided.Should().BeEmpty();
        coverage.PartsNotDecisive.Should().BeEmpty();
        coverage.PolicyOutcomesNotTested.Should().BeEmpty();
    }

    // A report-only category decides nothing and has no policy items; the financial category has no goal, so it and the
    // verdict can only be undetermined: one item each, which these cases about the goal do not test.
    [Theory]
    [InlineData(false, 0, "m (monitor-only, never followed up in any case)")]
    [InlineData(true, 1, null)]
    public void Measure_MonitorOnlyGoal_CoveredOnlyWhenACaseFollowsItUp(bool withAnnualCase, int covered, string? gap)
    {
        _workspace.Write("mon.yaml", """
            id: mon
            title: Mon
            entity: demo
            validity: {from: 2023, to: 2023}
            policy: {operational: report-only, financial: all}
            indicators:
              - {id: x, title: X}
            goals:
              - {id: m, title: M, category: operational, followedUpIn: [ÅR], criterion: {monitor: x}}
            """);
        var cases = "cases:\n  - {name: interim, values: {entity: demo, year: 2023, report: interim, asOf: 2023-08-31, values: {x: 1}}, expect: {goals: {m: monitored}}}\n"
            + (withAnnualCase ? "  - {name: annual, values: {entity: demo, year: 2023, report: annual, values: {x: 1}}, expect: {goals: {m: monitored}}}\n" : string.Empty);
        var path = _workspace.Write("mon.tests.yaml", cases);

        var coverage = RuleCoverage.Measure(new RuleTestRunner(new NRulesCompiler()).Run(new RuleTestLoader().Load(path))).Should().ContainSingle().Subject;

        (coverage.Covered, coverage.Total).Should().Be((covered, 3));
        coverage.GoalsOneSided.Should().Equal(gap is null ? [] : [gap]);
        coverage.PolicyOutcomesNotTested.Should().Equal("financial (all): undetermined (none tested)", "verdict: undetermined (none tested)");
    }

    [Fact]
    public void Measure_BothPartsFailingTogether_EachPartDecisiveWhileFailing()
    {
        // Not met with both parts failing; flipping either alone gives partly met, so each part decided the status.
        var coverage = Measure("""
              - {name: all met, set: {a: 10, b: 10}, expect: {goals: {g1: met}}}
              - {name: both fail, set: {a: 9, b: 9}, expect: {goals: {g1: not-met}}}

            """);

        coverage.PartsNotDecisive.Should().BeEmpty();
        coverage.GoalsNotEvaluated.Should().Equal("g2", "g4");
        coverage.GoalsOneSided.Should().BeEmpty();
        (coverage.Covered, coverage.Total).Should().Be((4, 15));
    }

    [Fact]
    public void Measure_VerdictGivenButNotExpected_IsNotTested()
    {
        // Every goal and part is covered, and the cases pass through every verdict, but none expects a verdict or a
        // category: the policy is untested, so the file stays under 100 %.
        var coverage = Measure("""
              - {name: all met, set: {a: 10, b: 10, equity: 100, method_bank: {status: met}}, expect: {goals: {g1: met}}}
              - {name: a fails, set: {a: 9, b: 10, equity: 99, method_bank: {status: not-met}}, expect: {goals: {g1: partly-met}}}
              - {name: b fails, set: {a: 10, b: 9}, expect: {goals: {g1: partly-met}}}

            """);

        (coverage.Covered, coverage.Total, coverage.Percent).Should().Be((6, 15, 40m));
        coverage.GoalsNotEvaluated.Should().BeEmpty();
        coverage.GoalsOneSided.Should().BeEmpty();
        coverage.PartsNotDecisive.Should().BeEmpty();
        coverage.PolicyOutcomesNotTested.Should().Equal(
            "operational (atLeast 1): met, not-met or undetermined (none tested)",
            "financial (all): met, not-met or undetermined (none tested)",
            "verdict: met, not-met or undetermined (none tested)");
        coverage.Reaches(100m).Should().BeFalse();
    }

    [Fact]
    public void Measure_ExpectationThatFails_TestsNeitherOutcome()
    {
        // The case expects not met and gets met: neither outcome is tested by it.
        var coverage = Measure("  - {name: wrong, set: {a: 10, b: 10, equity: 100}, expect: {categories: {financial: not-met}, verdict: not-met}}\n");

        coverage.PolicyOutcomesNotTested.Should().Equal(
            "operational (atLeast 1): met, not-met or undetermined (none tested)",
            "financial (all): met, not-met or undetermined (none tested)",
            "verdict: met, not-met or undetermined (none tested)");
    }
}
