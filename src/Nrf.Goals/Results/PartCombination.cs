namespace Nrf.Goals.Results;

/// <summary>
/// How a goal's status follows from its criterion parts — the one place that says so, for evaluation and for rule-test
/// coverage alike: all parts met → met; some met and some not → partly met; none met → not met; a part that cannot be
/// evaluated, where no part is not met, leaves the goal not evaluable.
/// </summary>
public static class PartCombination
{
    /// <summary>The goal's status from its parts' statuses (met, not met, not evaluable).</summary>
    public static GoalStatus Combine(ReadOnlySpan<GoalStatus> parts)
    {
        bool anyMet = false, anyNotMet = false, allMet = true;
        foreach (var part in parts)
        {
            anyMet |= part == GoalStatus.Met;
            anyNotMet |= part == GoalStatus.NotMet;
            allMet &= part == GoalStatus.Met;
        }

        if (allMet)
        {
            return GoalStatus.Met;
        }

        if (anyNotMet)
        {
            return anyMet ? GoalStatus.PartlyMet : GoalStatus.NotMet;
        }

        return GoalStatus.NotEvaluable;
    }
}
