using Nrf.Goals.Model;

namespace Nrf.Goals.Verdicts;

/// <summary>
/// The outcomes a rule set's policy can produce — per deciding category and for the verdict — so that rule coverage can
/// ask for a case that sees each. Worked out from the same rules <see cref="VerdictJudge"/> applies, over every count of
/// met and not evaluable goals the category's goals allow.
/// </summary>
internal static class PolicyOutcomes
{
    /// <summary>The order outcomes are listed in: met, partly met, not met, undetermined.</summary>
    public static readonly VerdictStatus[] Order = [VerdictStatus.Met, VerdictStatus.PartlyMet, VerdictStatus.NotMet, VerdictStatus.Undetermined];

    /// <summary>The statuses <paramref name="category"/> can take under the policy, in <see cref="Order"/>; empty for a report-only category, which decides nothing.</summary>
    public static IReadOnlyList<VerdictStatus> Category(RuleSet ruleSet, GoalCategory category) =>
        Ranges(ruleSet, category) is { } ranges
            ? Ordered(ranges.Select(r => r.Lowest == r.Highest ? r.Lowest : VerdictStatus.Undetermined))
            : [];

    /// <summary>The statuses the verdict can take under the policy, in <see cref="Order"/>.</summary>
    public static IReadOnlyList<VerdictStatus> Verdict(RuleSet ruleSet)
    {
        var deciding = new[] { GoalCategory.Operational, GoalCategory.Financial }
            .Select(c => Ranges(ruleSet, c))
            .OfType<IReadOnlyList<(VerdictStatus Lowest, VerdictStatus Highest)>>()
            .ToList();
        var outcomes = new List<VerdictStatus>();
        foreach (var combination in Product(deciding, 0))
        {
            outcomes.Add(VerdictJudge.Combine(ruleSet.Policy.PartlyVerdict, combination));
        }

        return Ordered(outcomes);
    }

    /// <summary>Every range (lowest, highest) a deciding category can take in some report; null when it is report-only.</summary>
    private static IReadOnlyList<(VerdictStatus Lowest, VerdictStatus Highest)>? Ranges(RuleSet ruleSet, GoalCategory category)
    {
        var requirement = ruleSet.Policy.For(category);
        if (requirement is ReportOnly)
        {
            return null;
        }

        if (requirement is JudgementRequired judged)
        {
            // The judgement recorded as met, not met (or partly met, counted as not met unless the policy says otherwise), or missing.
            return judged.Partly
                ? [(VerdictStatus.Met, VerdictStatus.Met), (VerdictStatus.PartlyMet, VerdictStatus.PartlyMet), (VerdictStatus.NotMet, VerdictStatus.NotMet), VerdictJudge.Unknown]
                : [(VerdictStatus.Met, VerdictStatus.Met), (VerdictStatus.NotMet, VerdictStatus.NotMet), VerdictJudge.Unknown];
        }

        // A goal counts in a report unless it is monitored there; one whose target is a monitor in some year or period
        // only may or may not count, so the number of counted goals lies between those that always count and all.
        var goals = ruleSet.Goals.Where(g => g.Category == category && !g.IsMonitorOnly).ToList();
        var always = goals.Count(g => !MayBeMonitored(g.Criterion));
        var ranges = new HashSet<(VerdictStatus, VerdictStatus)>();
        for (var total = always; total <= goals.Count; total++)
        {
            if (total == 0)
            {
                ranges.Add(VerdictJudge.Unknown);
                continue;
            }

            var required = requirement.RequiredOf(total)!.Value;
            var partlyFrom = requirement.PartlyFromOf(total);
            // The status is a step function of the met goals, so these counts reach every step there is.
            int[] counts = [0, total, required - 1, required, partlyFrom - 1 ?? 0, partlyFrom ?? 0];
            var levels = counts.Where(n => n >= 0 && n <= total).Select(n => VerdictJudge.Level(n, required, partlyFrom)).Distinct().ToList();
            // m met and u not evaluable give the range from m to m + u: any two reachable steps, the lower first.
            foreach (var lowest in levels)
            {
                foreach (var highest in levels.Where(h => Rank(h) >= Rank(lowest)))
                {
                    ranges.Add((lowest, highest));
                }
            }
        }

        return [.. ranges];
    }

    private static bool MayBeMonitored(Criterion criterion) => criterion switch
    {
        MonitorCriterion => true,
        ScheduledCriterion s => s.Cases.Any(c => MayBeMonitored(c.Criterion)),
        _ => false,
    };

    private static IEnumerable<List<(VerdictStatus Lowest, VerdictStatus Highest)>> Product(List<IReadOnlyList<(VerdictStatus Lowest, VerdictStatus Highest)>> categories, int index)
    {
        if (index == categories.Count)
        {
            yield return [];
            yield break;
        }

        foreach (var range in categories[index])
        {
            foreach (var rest in Product(categories, index + 1))
            {
                yield return [range, .. rest];
            }
        }
    }

    private static int Rank(VerdictStatus status) => status switch
    {
        VerdictStatus.NotMet => 0,
        VerdictStatus.PartlyMet => 1,
        _ => 2,
    };

    private static List<VerdictStatus> Ordered(IEnumerable<VerdictStatus> outcomes)
    {
        var set = outcomes.ToHashSet();
        return Order.Where(set.Contains).ToList();
    }
}
