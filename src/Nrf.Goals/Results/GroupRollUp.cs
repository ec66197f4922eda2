using Nrf.Goals.Model;

namespace Nrf.Goals.Results;

/// <summary>Counts goal statuses up the plan's hierarchy: a goal counts in its own group and in every ancestor.</summary>
public static class GroupRollUp
{
    /// <summary>The roll-up of <paramref name="group"/>: the goals declared in it or in any group below it.</summary>
    public static GroupResult Of(GoalGroup group, IEnumerable<GoalResult> goals)
    {
        Span<int> c = stackalloc int[5];
        foreach (var goal in goals)
        {
            if (!goal.IsActivity && !goal.Groups.IsDefault && goal.Groups.Contains(group.Id))
            {
                c[(int)goal.Status]++;
            }
        }

        return new GroupResult
        {
            Id = group.Id,
            Title = group.Title,
            Level = group.Level,
            Parent = group.Parent,
            Risk = group.Risk,
            Met = c[(int)GoalStatus.Met],
            PartlyMet = c[(int)GoalStatus.PartlyMet],
            NotMet = c[(int)GoalStatus.NotMet],
            NotEvaluable = c[(int)GoalStatus.NotEvaluable],
            Monitored = c[(int)GoalStatus.Monitored],
        };
    }
}
