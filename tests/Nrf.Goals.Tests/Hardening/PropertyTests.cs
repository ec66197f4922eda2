using System.Collections.Immutable;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.Reporting;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Verdicts;

namespace Nrf.Goals.Tests.Hardening;

/// <summary>
/// Properties over random valid rule sets and values (<see cref="Scenario"/>) and random goal outcomes. Test counts are
/// modest because every scenario compiles a rule set; a failure prints the scenario's YAML.
/// </summary>
public sealed class PropertyTests
{
    private static readonly GoalStatus[] Outcomes = [GoalStatus.Met, GoalStatus.PartlyMet, GoalStatus.NotMet, GoalStatus.NotEvaluable];

    [Property(MaxTest = 40)]
    public Property Evaluate_RandomRuleSetAndValues_NeverThrowsAndTheVerdictAgreesWithTheGoalCounts() =>
        Prop.ForAll(Scenario.Arbitrary, scenario =>
        {
            var result = Evaluate(scenario);

            result.Goals.Select(g => g.Id).Should().Equal(Enumerable.Range(1, result.Goals.Length).Select(i => $"mal-{i}"));
            var operational = ExpectedCategory(scenario.Operational, result.Goals.Where(g => g.Category == GoalCategory.Operational).ToList());
            var financial = ExpectedCategory(scenario.Financial, result.Goals.Where(g => g.Category == GoalCategory.Financial).ToList());
            Counts(result.Verdict.Operational).Should().Equal(operational.Counts);
            Counts(result.Verdict.Financial).Should().Equal(financial.Counts);
            result.Verdict.Operational.Status.Should().Be(operational.Status);
            result.Verdict.Financial.Status.Should().Be(financial.Status);
            result.Verdict.Status.Should().Be(Overall(operational.Status, financial.Status));
        });

    [Property(MaxTest = 25)]
    public Property JsonReport_RandomResultWrittenAndReadBack_GivesTheSameResultAndTheSameJson() =>
        Prop.ForAll(Scenario.Arbitrary, scenario =>
        {
            var result = Evaluate(scenario);
            var json = JsonReport.Write(result);

            var back = JsonReportReader.Read(json);

            // A warning's Code is for programs in the same process; the JSON contract writes a warning as its line only.
            // What a report reads beside the contract (every comparison of a part, who assessed a goal, that a goal is not
            // followed up in this report) is not in the JSON, whose golden files pin it: the rest must come back whole.
            back.Should().BeEquivalentTo(result, o => o.ComparingByMembers<EvaluationResult>().ComparingByMembers<GoalResult>().WithStrictOrdering()
                .Excluding((FluentAssertions.Equivalency.IMemberInfo m) => m.Name == nameof(Diagnostics.Diagnostic.Code) && m.DeclaringType == typeof(Diagnostics.Diagnostic))
                .Excluding((FluentAssertions.Equivalency.IMemberInfo m) => (m.Name == nameof(PartResult.Comparisons) && m.DeclaringType == typeof(PartResult))
                    || ((m.Name == nameof(GoalResult.NotFollowedUp) || m.Name == nameof(GoalResult.AssessedBy) || m.Name == nameof(GoalResult.FromTemplate)) && m.DeclaringType == typeof(GoalResult))));
            JsonReport.Write(back).Should().Be(json);
        });

    [Property(MaxTest = 300)]
    public Property Judge_OneNotMetGoalBecomesMet_NeverMakesTheVerdictWorse() =>
        Prop.ForAll(Change().ToArbitrary(), change =>
        {
            var (goals, policy, pick, _) = change;
            var notMet = goals.Select((g, i) => (g, i)).Where(x => x.g.Status is GoalStatus.NotMet or GoalStatus.PartlyMet).Select(x => x.i).ToList();
            if (notMet.Count == 0)
            {
                return;
            }

            var changed = goals.SetItem(notMet[pick % notMet.Count], goals[notMet[pick % notMet.Count]] with { Status = GoalStatus.Met });

            Rank(VerdictJudge.Judge(policy, changed).Status).Should().BeGreaterThanOrEqualTo(Rank(VerdictJudge.Judge(policy, goals).Status));
        });

    [Property(MaxTest = 300)]
    public Property Judge_ANotEvaluableGoalGetsAnyStatus_NeverTurnsAMetVerdictIntoAnythingElse() =>
        Prop.ForAll(Change().ToArbitrary(), change =>
        {
            var (goals, policy, pick, status) = change;
            var open = goals.Select((g, i) => (g, i)).Where(x => x.g.Status == GoalStatus.NotEvaluable).Select(x => x.i).ToList();
            if (open.Count == 0 || VerdictJudge.Judge(policy, goals).Status != VerdictStatus.Met)
            {
                return;
            }

            var changed = goals.SetItem(open[pick % open.Count], goals[open[pick % open.Count]] with { Status = status });

            VerdictJudge.Judge(policy, changed).Status.Should().Be(VerdictStatus.Met);
        });

    private static EvaluationResult Evaluate(Scenario scenario)
    {
        var ruleSet = RuleSetLoader.Parse(scenario.Rules);
        var values = ValuesLoader.Parse(scenario.Values, "values.yaml", ruleSet);
        return new NRulesCompiler().Compile(ruleSet).Evaluate(values);
    }

    /// <summary>Goals of both categories with outcomes (monitored ones never change status, so they are fixed).</summary>
    private static Gen<ImmutableArray<GoalResult>> Outcome() =>
        from count in Gen.Choose(1, 14)
        from statuses in Gen.ArrayOf(Gen.Elements([.. Outcomes, GoalStatus.Monitored]), count)
        from categories in Gen.ArrayOf(Gen.Elements(GoalCategory.Operational, GoalCategory.Financial), count)
        select statuses.Select((s, i) => new GoalResult { Id = $"g{i}", Title = "G", Category = categories[i], Status = s, Explanation = string.Empty }).ToImmutableArray();

    /// <summary>Goal outcomes, a policy, which goal to change (an index into the candidates) and what it becomes.</summary>
    private static Gen<(ImmutableArray<GoalResult> Goals, VerdictPolicy Policy, int Pick, GoalStatus Status)> Change() =>
        from goals in Outcome()
        from operational in Policy()
        from financial in Policy()
        from pick in Gen.Choose(0, 99)
        from status in Gen.Elements(Outcomes)
        select (goals, new VerdictPolicy(operational, financial, null), pick, status);

    private static Gen<CategoryRequirement> Policy() =>
        Gen.OneOf(
            Gen.Constant<CategoryRequirement>(new AllRequired()),
            Gen.Constant<CategoryRequirement>(new ReportOnly()),
            Gen.Choose(0, 10).Select(n => (CategoryRequirement)new AtLeastRequired(n)),
            Gen.Choose(1, 100).Select(p => (CategoryRequirement)new ShareRequired(p / 100m)));

    private static int Rank(VerdictStatus status) => status switch
    {
        VerdictStatus.NotMet => 0,
        VerdictStatus.Undetermined => 1,
        _ => 2,
    };

    private static int[] Counts(CategoryVerdict c) => [c.Met, c.PartlyMet, c.NotMet, c.NotEvaluable, c.Monitored, c.Total];

    /// <summary>The verdict rule of the README, computed here independently of <see cref="VerdictJudge"/>.</summary>
    private static (int[] Counts, VerdictStatus Status) ExpectedCategory(string policy, List<GoalResult> goals)
    {
        int Count(GoalStatus s) => goals.Count(g => g.Status == s);
        var (met, notEvaluable) = (Count(GoalStatus.Met), Count(GoalStatus.NotEvaluable));
        var total = goals.Count - Count(GoalStatus.Monitored);
        int? required = policy switch
        {
            "all" => total,
            "report-only" => null,
            _ when policy.StartsWith("{atLeast: ", StringComparison.Ordinal) => int.Parse(policy[10..^1], CultureInfo.InvariantCulture),
            _ => (int)Math.Ceiling(int.Parse(policy[8..^3], CultureInfo.InvariantCulture) * total / 100m),
        };
        var status = required switch
        {
            null => VerdictStatus.ReportOnly,
            _ when total == 0 => VerdictStatus.Undetermined,
            var k when met >= k => VerdictStatus.Met,
            var k when met + notEvaluable < k => VerdictStatus.NotMet,
            _ => VerdictStatus.Undetermined,
        };
        return ([met, Count(GoalStatus.PartlyMet), Count(GoalStatus.NotMet), notEvaluable, Count(GoalStatus.Monitored), total], status);
    }

    private static VerdictStatus Overall(VerdictStatus operational, VerdictStatus financial)
    {
        var deciding = new[] { operational, financial }.Where(s => s != VerdictStatus.ReportOnly).ToList();
        return deciding.Count == 0 ? VerdictStatus.Undetermined
            : deciding.Contains(VerdictStatus.NotMet) ? VerdictStatus.NotMet
            : deciding.All(s => s == VerdictStatus.Met) ? VerdictStatus.Met
            : VerdictStatus.Undetermined;
    }
}
