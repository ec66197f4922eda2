using Nrf.Goals.Model;
using Nrf.Goals.Results;

namespace Nrf.Goals.Verdicts;

/// <summary>Applies a <see cref="VerdictPolicy"/> to goal results.</summary>
public static class VerdictJudge
{
    /// <summary>Counts the goals of each category and judges them under <paramref name="policy"/>.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="goals">Every goal's result.</param>
    /// <param name="judgement">The recorded assessment of an indicator, for categories decided by a judgement (none when null).</param>
    public static Verdict Judge(VerdictPolicy policy, IReadOnlyCollection<GoalResult> goals, Func<string, Values.ManualAssessment?>? judgement = null)
    {
        Values.ManualAssessment? JudgementOf(CategoryRequirement r) => r is JudgementRequired j ? judgement?.Invoke(j.Indicator) : null;
        var operational = JudgeCategory(GoalCategory.Operational, policy.Operational, goals, JudgementOf(policy.Operational));
        var financial = JudgeCategory(GoalCategory.Financial, policy.Financial, goals, JudgementOf(policy.Financial));
        return new Verdict(Combine(operational.Status, financial.Status), operational, financial, policy.Wording);
    }

    /// <summary>
    /// Judges one category: met if m ≥ k, not met if m + u &lt; k, otherwise undetermined — and undetermined when no goal
    /// of the category counts at all (an empty category is no evidence).
    /// </summary>
    /// <param name="category">The category.</param>
    /// <param name="requirement">What the policy requires of it.</param>
    /// <param name="goals">The goals' results (of any category; only this category's count).</param>
    /// <param name="judgement">For a <see cref="JudgementRequired"/> category: the recorded overall assessment, if the values give one.</param>
    public static CategoryVerdict JudgeCategory(GoalCategory category, CategoryRequirement requirement, IEnumerable<GoalResult> goals, Values.ManualAssessment? judgement = null)
    {
        int met = 0, partly = 0, notMet = 0, notEvaluable = 0, monitored = 0;
        // Activities ("Aktivitet: …") are shown with their state but are no goals of the category.
        foreach (var goal in goals.Where(g => g.Category == category && !g.IsActivity))
        {
            switch (goal.Status)
            {
                case GoalStatus.Met: met++; break;
                case GoalStatus.PartlyMet: partly++; break;
                case GoalStatus.NotMet: notMet++; break;
                case GoalStatus.NotEvaluable: notEvaluable++; break;
                default: monitored++; break;
            }
        }

        var total = met + partly + notMet + notEvaluable;
        var required = requirement.RequiredOf(total);
        if (requirement is JudgementRequired)
        {
            // Only a judgement of "met" fulfils the category; "partly met" is not good goal fulfilment.
            var judged = judgement?.Status switch
            {
                null or GoalStatus.NotEvaluable => VerdictStatus.Undetermined,
                GoalStatus.Met => VerdictStatus.Met,
                _ => VerdictStatus.NotMet,
            };
            return Counted(judged, null) with { Judgement = judgement, IsJudged = true };
        }

        var status = required switch
        {
            null => VerdictStatus.ReportOnly,
            // No goal of the category counts in this report (every one is monitored, an activity, or there are none):
            // "0 of 0 met" is no evidence that the category is met, nor that it is not.
            _ when total == 0 => VerdictStatus.Undetermined,
            var k when met >= k => VerdictStatus.Met,
            var k when met + notEvaluable < k => VerdictStatus.NotMet,
            _ => VerdictStatus.Undetermined,
        };
        return Counted(status, required);

        CategoryVerdict Counted(VerdictStatus status, int? required) => new()
        {
            Category = category,
            Met = met,
            PartlyMet = partly,
            NotMet = notMet,
            NotEvaluable = notEvaluable,
            Monitored = monitored,
            Total = total,
            Required = required,
            Rule = requirement.Describe(),
            Status = status,
        };
    }

    /// <summary>Met only if every deciding category is met; not met if any is not met; otherwise undetermined.</summary>
    public static VerdictStatus Combine(params VerdictStatus[] categories)
    {
        var deciding = categories.Where(s => s != VerdictStatus.ReportOnly).ToArray();
        if (deciding.Length == 0)
        {
            return VerdictStatus.Undetermined;
        }

        if (deciding.Contains(VerdictStatus.NotMet))
        {
            return VerdictStatus.NotMet;
        }

        return deciding.All(s => s == VerdictStatus.Met) ? VerdictStatus.Met : VerdictStatus.Undetermined;
    }
}
