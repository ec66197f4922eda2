namespace Nrf.Goals.Benchmarks.FluentPeer;

/// <summary>The fact a category rule inserts: the category's goals counted and judged under the policy.</summary>
/// <param name="Category">Operational or financial.</param>
/// <param name="Met">Goals met.</param>
/// <param name="NotEvaluable">Goals that could not be evaluated.</param>
/// <param name="Required">How many must be met.</param>
/// <param name="Status">Met if Met ≥ Required; not met if Met + NotEvaluable &lt; Required; otherwise undetermined.</param>
/// <param name="Goals">The category's goal outcomes.</param>
public sealed record CategoryOutcome(Category Category, int Met, int NotEvaluable, int Required, VerdictOutcome Status, GoalOutcome[] Goals)
{
    /// <summary>At least <paramref name="required"/> of <paramref name="goals"/> met.</summary>
    public static CategoryOutcome AtLeast(Category category, int required, IEnumerable<GoalOutcome> goals)
    {
        var all = goals.ToArray();
        int met = 0, notEvaluable = 0;
        foreach (var goal in all)
        {
            met += goal.Outcome == Outcome.Met ? 1 : 0;
            notEvaluable += goal.Outcome == Outcome.NotEvaluable ? 1 : 0;
        }

        var status = met >= required ? VerdictOutcome.Met
            : met + notEvaluable < required ? VerdictOutcome.NotMet
            : VerdictOutcome.Undetermined;
        return new CategoryOutcome(category, met, notEvaluable, required, status, all);
    }

    /// <summary>Every one of <paramref name="goals"/> met.</summary>
    public static CategoryOutcome All(Category category, IEnumerable<GoalOutcome> goals) => AtLeast(category, goals.Count(), goals);

    /// <summary>Met if both categories are met, not met if either is not met, otherwise undetermined.</summary>
    public static VerdictOutcome Combine(VerdictOutcome a, VerdictOutcome b) =>
        a == VerdictOutcome.NotMet || b == VerdictOutcome.NotMet ? VerdictOutcome.NotMet
        : a == VerdictOutcome.Met && b == VerdictOutcome.Met ? VerdictOutcome.Met
        : VerdictOutcome.Undetermined;
}
