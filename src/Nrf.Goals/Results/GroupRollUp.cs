using System.Collections.Immutable;
using Nrf.Goals.Model;

namespace Nrf.Goals.Results;

/// <summary>Counts goal statuses up the plan's hierarchy: a goal counts in its own group and in every ancestor.</summary>
internal static class GroupRollUp
{
    public static ImmutableArray<GroupResult> Compute(RuleSet ruleSet, ImmutableArray<GoalResult> goals)
    {
        if (ruleSet.Groups.IsDefaultOrEmpty)
        {
            return ImmutableArray<GroupResult>.Empty;
        }

        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var group in ruleSet.Groups)
        {
            counts[group.Id] = new int[5];
        }

        foreach (var goal in goals)
        {
            foreach (var id in goal.Groups.IsDefault ? [] : goal.Groups)
            {
                if (counts.TryGetValue(id, out var c))
                {
                    c[(int)goal.Status]++;
                }
            }
        }

        return ruleSet.Groups
            .Select(g =>
            {
                var c = counts[g.Id];
                return new GroupResult(
                    g.Id,
                    g.Title,
                    g.Level,
                    g.Parent,
                    g.Risk,
                    c[(int)GoalStatus.Met],
                    c[(int)GoalStatus.PartlyMet],
                    c[(int)GoalStatus.NotMet],
                    c[(int)GoalStatus.NotEvaluable],
                    c[(int)GoalStatus.Monitored]);
            })
            .ToImmutableArray();
    }
}
