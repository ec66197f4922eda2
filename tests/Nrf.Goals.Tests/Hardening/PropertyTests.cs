using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
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
            var operational = ExpectedCategory(scenario.Operational, result.Goals.Where(g => g.Category == GoalCategory.Operational).ToList(), scenario.Judgements[0]);
            var financial = ExpectedCategory(scenario.Financial, result.Goals.Where(g => g.Category == GoalCategory.Financial).ToList(), scenario.Judgements[1]);
            Counts(result.Verdict.Operational).Should().Equal(operational.Counts);
            Counts(result.Verdict.Financial).Should().Equal(financial.Counts);
            result.Verdict.Operational.Status.Should().Be(Status(operational.Possible));
            result.Verdict.Financial.Status.Should().Be(Status(financial.Possible));
            result.Verdict.Status.Should().Be(Overall(scenario.Verdict, operational.Possible, financial.Possible));
            result.Verdict.Rule.Should().Be(scenario.Verdict is { } rule ? $"partly {rule}" : null);
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

            // Not met < partly met < met; undetermined lies somewhere between, so it is only compared with itself.
            var (before, after) = (VerdictJudge.Judge(policy, goals).Status, VerdictJudge.Judge(policy, changed).Status);
            if (before != VerdictStatus.Undetermined && after != VerdictStatus.Undetermined)
            {
                Rank(after).Should().BeGreaterThanOrEqualTo(Rank(before));
            }

            if (before == VerdictStatus.Met)
            {
                after.Should().Be(VerdictStatus.Met);
            }
        });

    [Property(MaxTest = 300)]
    public Property Judge_ANotEvaluableGoalGetsAnyStatus_NeverChangesADeterminedVerdictOrCategory() =>
        Prop.ForAll(Change().ToArbitrary(), change =>
        {
            var (goals, policy, pick, status) = change;
            var open = goals.Select((g, i) => (g, i)).Where(x => x.g.Status == GoalStatus.NotEvaluable).Select(x => x.i).ToList();
            if (open.Count == 0)
            {
                return;
            }

            var before = VerdictJudge.Judge(policy, goals);
            var after = VerdictJudge.Judge(policy, goals.SetItem(open[pick % open.Count], goals[open[pick % open.Count]] with { Status = status }));

            // Met, partly met and not met are claims that hold whatever the goals not evaluable turn out to be.
            foreach (var (b, a) in new[] { (before.Status, after.Status), (before.Operational.Status, after.Operational.Status), (before.Financial.Status, after.Financial.Status) })
            {
                if (b != VerdictStatus.Undetermined)
                {
                    a.Should().Be(b);
                }
            }
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
        from verdict in Gen.Elements(PartlyVerdictRule.None, PartlyVerdictRule.Every, PartlyVerdictRule.Some)
        from pick in Gen.Choose(0, 99)
        from status in Gen.Elements(Outcomes)
        select (goals, new VerdictPolicy(operational, financial, null) { PartlyVerdict = verdict }, pick, status);

    private static Gen<CategoryRequirement> Policy() =>
        Gen.OneOf(
            Gen.Constant<CategoryRequirement>(new AllRequired()),
            Gen.Constant<CategoryRequirement>(new ReportOnly()),
            Gen.Choose(0, 10).Select(n => (CategoryRequirement)new AtLeastRequired(n)),
            from n in Gen.Choose(2, 10) from p in Gen.Choose(1, 9) select (CategoryRequirement)new AtLeastRequired(n, 1 + p % (n - 1)),
            Gen.Choose(1, 100).Select(p => (CategoryRequirement)new ShareRequired(p / 100m)),
            from s in Gen.Choose(2, 100) from p in Gen.Choose(1, 99) select (CategoryRequirement)new ShareRequired(s / 100m, (1 + p % (s - 1)) / 100m));

    private static int Rank(VerdictStatus status) => status switch
    {
        VerdictStatus.NotMet => 0,
        VerdictStatus.PartlyMet => 1,
        _ => 2,
    };

    private static int[] Counts(CategoryVerdict c) => [c.Met, c.PartlyMet, c.NotMet, c.NotEvaluable, c.Monitored, c.Total];

    /// <summary>
    /// The verdict rule of the README, computed here independently of <see cref="VerdictJudge"/>: the counts, and every
    /// status the category could have once each goal that could not be evaluated (and a missing judgement) is decided —
    /// every way they could turn out, each judged with all values known. Report-only gives no status to decide with.
    /// </summary>
    private static (int[] Counts, IReadOnlySet<VerdictStatus> Possible) ExpectedCategory(string policy, List<GoalResult> goals, string? judgement)
    {
        int Count(GoalStatus s) => goals.Count(g => g.Status == s);
        var (met, notEvaluable) = (Count(GoalStatus.Met), Count(GoalStatus.NotEvaluable));
        var total = goals.Count - Count(GoalStatus.Monitored);
        int[] counts = [met, Count(GoalStatus.PartlyMet), Count(GoalStatus.NotMet), notEvaluable, Count(GoalStatus.Monitored), total];
        var partly = policy.Contains("partly", StringComparison.Ordinal);
        if (policy == "report-only")
        {
            return (counts, new HashSet<VerdictStatus> { VerdictStatus.ReportOnly });
        }

        if (policy.StartsWith("{judgement: ", StringComparison.Ordinal))
        {
            HashSet<VerdictStatus> judged = judgement switch
            {
                "met" => [VerdictStatus.Met],
                "partly-met" => [partly ? VerdictStatus.PartlyMet : VerdictStatus.NotMet],
                "not-met" => [VerdictStatus.NotMet],
                _ when partly => [VerdictStatus.Met, VerdictStatus.PartlyMet, VerdictStatus.NotMet],
                _ => [VerdictStatus.Met, VerdictStatus.NotMet],
            };
            return (counts, judged);
        }

        if (total == 0)
        {
            // "0 of 0 met" is no evidence either way.
            return (counts, new HashSet<VerdictStatus> { VerdictStatus.Met, VerdictStatus.NotMet });
        }

        var numbers = Regex.Matches(policy, "[0-9]+").Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToArray();
        var (required, partlyFrom) = policy switch
        {
            "all" => (total, (int?)null),
            _ when policy.StartsWith("{atLeast: ", StringComparison.Ordinal) => (numbers[0], partly ? numbers[1] : null),
            _ => ((int)Math.Ceiling(numbers[0] * total / 100m), partly ? (int)Math.Ceiling(numbers[1] * total / 100m) : null),
        };
        var possible = new HashSet<VerdictStatus>();
        for (var decidedMet = 0; decidedMet <= notEvaluable; decidedMet++)
        {
            var m = met + decidedMet;
            possible.Add(m >= required ? VerdictStatus.Met : partlyFrom is { } p && m >= p ? VerdictStatus.PartlyMet : VerdictStatus.NotMet);
        }

        return (counts, possible);
    }

    private static VerdictStatus Status(IReadOnlySet<VerdictStatus> possible) => possible.Count == 1 ? possible.Single() : VerdictStatus.Undetermined;

    /// <summary>Every way the deciding categories could turn out, combined as the policy's verdict rule says; the verdict holds when all agree.</summary>
    private static VerdictStatus Overall(string? rule, IReadOnlySet<VerdictStatus> operational, IReadOnlySet<VerdictStatus> financial)
    {
        var deciding = new[] { operational, financial }.Where(s => !s.Contains(VerdictStatus.ReportOnly)).ToList();
        if (deciding.Count == 0)
        {
            return VerdictStatus.Undetermined;
        }

        var verdicts = new HashSet<VerdictStatus>();
        foreach (var a in deciding[0])
        {
            foreach (var b in deciding.Count == 2 ? deciding[1] : new HashSet<VerdictStatus> { VerdictStatus.Met })
            {
                // A single deciding category stands alone; pairing it with "met" leaves every rule below unchanged.
                verdicts.Add((rule, a, b) switch
                {
                    (_, VerdictStatus.Met, VerdictStatus.Met) => VerdictStatus.Met,
                    ("every", not VerdictStatus.NotMet, not VerdictStatus.NotMet) => VerdictStatus.PartlyMet,
                    ("some", _, _) when deciding.Count == 2 && (a != VerdictStatus.NotMet || b != VerdictStatus.NotMet) => VerdictStatus.PartlyMet,
                    ("some", not VerdictStatus.NotMet, _) when deciding.Count == 1 => VerdictStatus.PartlyMet,
                    _ => VerdictStatus.NotMet,
                });
            }
        }

        return Status(verdicts);
    }
}
