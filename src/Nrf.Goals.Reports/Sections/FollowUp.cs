using Nrf.Goals.Model;

namespace Nrf.Goals.Reports;

/// <summary>Which report follows a goal up, when this one does not (<see cref="Goal.FollowedUpIn"/>).</summary>
internal static class FollowUp
{
    /// <summary>
    /// The report period that follows <paramref name="goal"/> up next after <paramref name="current"/>: the first of its
    /// periods later in the year (DÅ 04, DÅ 08, ÅR), else its first (the next year's); null when it names none.
    /// </summary>
    public static ReportPeriod? Next(Goal? goal, ReportPeriod? current)
    {
        if (goal is null || goal.FollowedUpIn.IsDefaultOrEmpty)
        {
            return null;
        }

        var ordered = goal.FollowedUpIn.OrderBy(p => p).ToList();
        return current is { } now && ordered.Any(p => p > now) ? ordered.First(p => p > now) : ordered[0];
    }
}
