using System.Collections.Immutable;
using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Words;

namespace Nrf.Goals.RuleTests;

/// <summary>
/// Measures which goals, criterion parts and policy outcomes the cases exercise, per rule set. For goals and parts every
/// evaluation counts, whatever the case asserts: a goal is seen met in a case when it evaluates to met there. A policy
/// outcome (a category's or the verdict's) counts only where a case expects it and gets it, so that the verdict policy
/// is tested, not merely passed through by cases about goals (<see cref="PolicyCoverage"/>).
/// </summary>
public static class RuleCoverage
{
    /// <summary>The coverage of every rule set the outcomes evaluated, ordered by rule set id and rule file.</summary>
    public static ImmutableArray<RuleSetCoverage> Measure(IEnumerable<RuleTestOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        return outcomes
            .GroupBy(o => o.Case.RuleSet, ReferenceEqualityComparer.Instance)
            .Select(g => Measure((RuleSet)g.Key!, g))
            .OrderBy(c => c.RuleSetId, StringComparer.Ordinal)
            .ThenBy(c => c.RulesFile, StringComparer.Ordinal)
            .ToImmutableArray();
    }

    /// <summary>The coverage of <paramref name="ruleSet"/> by <paramref name="outcomes"/> (cases run on that rule set).</summary>
    public static RuleSetCoverage Measure(RuleSet ruleSet, IEnumerable<RuleTestOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(outcomes);
        var seen = new Dictionary<string, HashSet<GoalStatus>>(StringComparer.Ordinal);
        var monitorRan = new HashSet<string>(StringComparer.Ordinal);
        var decisive = new Dictionary<(string Goal, string Parts, int Index), (bool Passing, bool Failing)>();
        var policy = new PolicyCoverage(ruleSet);
        foreach (var outcome in outcomes)
        {
            var result = outcome.Result;
            policy.Add(outcome.Case.Expect, result);
            foreach (var goal in result.Goals)
            {
                (seen.TryGetValue(goal.Id, out var statuses) ? statuses : seen[goal.Id] = new HashSet<GoalStatus>()).Add(goal.Status);
                if (goal.Status == GoalStatus.Monitored && (!goal.Parts.IsDefaultOrEmpty || goal.Activity is not null))
                {
                    // Monitored with parts (or an activity with its state): the monitor ran. A goal not followed up in a
                    // period is "monitored" too, without parts.
                    monitorRan.Add(goal.Id);
                }
                var parts = goal.Parts.Select(p => p.Status).ToArray();
                if (parts.Length < 2 || parts.Any(p => p is not (GoalStatus.Met or GoalStatus.NotMet)))
                {
                    continue;
                }

                var key = Key(goal.Parts.Select(p => p.Criterion));
                for (var i = 0; i < parts.Length; i++)
                {
                    var flipped = (GoalStatus[])parts.Clone();
                    flipped[i] = parts[i] == GoalStatus.Met ? GoalStatus.NotMet : GoalStatus.Met;
                    if (PartCombination.Combine(flipped) != goal.Status)
                    {
                        var before = decisive.GetValueOrDefault((goal.Id, key, i));
                        decisive[(goal.Id, key, i)] = parts[i] == GoalStatus.Met ? before with { Passing = true } : before with { Failing = true };
                    }
                }
            }
        }

        int covered = 0, total = 0;
        var notEvaluated = ImmutableArray.CreateBuilder<string>();
        var oneSided = ImmutableArray.CreateBuilder<string>();
        var notDecisive = ImmutableArray.CreateBuilder<string>();
        foreach (var goal in ruleSet.Goals)
        {
            total++;
            var statuses = seen.GetValueOrDefault(goal.Id) ?? new HashSet<GoalStatus>();
            var evaluated = statuses.Where(s => s != GoalStatus.NotEvaluable).ToList();
            if (evaluated.Count == 0)
            {
                notEvaluated.Add(goal.Id);
            }
            else if (goal.IsMonitorOnly ? monitorRan.Contains(goal.Id) : statuses.Contains(GoalStatus.Met) && (statuses.Contains(GoalStatus.NotMet) || statuses.Contains(GoalStatus.PartlyMet)))
            {
                covered++;
            }
            else if (goal.IsMonitorOnly)
            {
                oneSided.Add(goal.IsActivity ? $"{goal.Id} (activity, its state never reported in any case)" : $"{goal.Id} (monitor-only, never followed up in any case)");
            }
            else
            {
                oneSided.Add($"{goal.Id} (seen {string.Join(" and ", evaluated.Order().Select(GoalStatusNames.Name))} only)");
            }

            foreach (var parts in MultiPartCriteria(goal.Criterion).DistinctBy(p => Key(p.Select(x => x.Text))))
            {
                var key = Key(parts.Select(p => p.Text));
                for (var i = 0; i < parts.Length; i++)
                {
                    total++;
                    var (passing, failing) = decisive.GetValueOrDefault((goal.Id, key, i));
                    if (passing && failing)
                    {
                        covered++;
                        continue;
                    }

                    var seenAs = (passing, failing) switch
                    {
                        (true, _) => "decisive only while passing",
                        (_, true) => "decisive only while failing",
                        _ => "never decisive",
                    };
                    notDecisive.Add($"{goal.Id} part {i + 1} \"{parts[i].Label ?? parts[i].Text}\" ({seenAs})");
                }
            }
        }

        var (policyCovered, policyTotal) = policy.Count();
        covered += policyCovered;
        total += policyTotal;
        return new RuleSetCoverage(ruleSet.Id, ruleSet.Location.File, covered, total, notEvaluated.ToImmutable(), oneSided.ToImmutable(), notDecisive.ToImmutable())
        {
            PolicyOutcomesNotTested = policy.NotTested(),
        };
    }

    private static IEnumerable<ImmutableArray<CriterionPart>> MultiPartCriteria(Criterion criterion) => criterion switch
    {
        ExpressionCriterion { Parts.Length: > 1 } e => [e.Parts],
        ScheduledCriterion s => s.Cases.SelectMany(c => MultiPartCriteria(c.Criterion)),
        _ => [],
    };

    private static string Key(IEnumerable<string> partTexts) => string.Join("\u001f", partTexts);
}
