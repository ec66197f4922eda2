using Nrf.Goals.Model;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Words;

namespace Nrf.Goals.Rules.Evaluation;

/// <summary>
/// Which case of a goal applies to a report — the one place that reads <c>followedUpIn</c>, <c>byYear</c> and
/// <c>byPeriod</c>: the first case whose year and period match, or none, with the reason the goal cannot be assessed.
/// </summary>
internal static class TargetSelection
{
    /// <summary>
    /// Whether the report of <paramref name="period"/> follows the goal up (<c>followedUpIn</c>): a goal followed up only in
    /// the årsredovisning is not assessed in a delårsrapport, which is not the same as a value missing.
    /// </summary>
    public static bool IsFollowedUp(Goal goal, ReportPeriod? period) =>
        goal.FollowedUpIn.IsDefaultOrEmpty || period is not { } p || goal.FollowedUpIn.Contains(p);

    /// <summary>The index of the case that applies, or -1 with the reason none does.</summary>
    public static (int Case, string? Reason) Choose(PlanGoal goal, int year, ReportPeriod? period)
    {
        if (!IsFollowedUp(goal.Goal, period))
        {
            return (-1, Reasons.NotFollowedUpIn(period!.Value));
        }

        foreach (var c in goal.Cases)
        {
            if (c.Year is { } y && y != year)
            {
                continue;
            }

            if (c.Period is { } cp && cp != period)
            {
                if (period is null)
                {
                    return (-1, Reasons.PeriodUnknown);
                }

                continue;
            }

            return (c.Index, null);
        }

        return (-1, Reasons.NoTarget(goal.Cases.Any(c => c.Period is not null) ? period : null, year));
    }
}
