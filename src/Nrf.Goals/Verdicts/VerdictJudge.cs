using Nrf.Goals.Model;
using Nrf.Goals.Results;

namespace Nrf.Goals.Verdicts;

/// <summary>Applies a <see cref="VerdictPolicy"/> to goal results.</summary>
public static class VerdictJudge
{
    /// <summary>Counts the goals of each category and judges them under <paramref name="policy"/>.</summary>
    public static Verdict Judge(VerdictPolicy policy, IReadOnlyCollection<GoalResult> goals)
    {
        var operational = JudgeCategory(GoalCategory.Operational, policy.Operational, goals);
        var financial = JudgeCategory(GoalCategory.Financial, policy.Financial, goals);
        return new Verdict(Combine(operational.Status, financial.Status), operational, financial, policy.Wording);
    }

    /// <summary>Judges one category: met if m ≥ k, not met if m + u &lt; k, otherwise undetermined.</summary>
    public static CategoryVerdict JudgeCategory(GoalCategory category, CategoryRequirement requirement, IEnumerable<GoalResult> goals)
    {
        int met = 0, partly = 0, notMet = 0, notEvaluable = 0, monitored = 0;
        foreach (var goal in goals.Where(g => g.Category == category))
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
        var status = required switch
        {
            null => VerdictStatus.ReportOnly,
            var k when met >= k => VerdictStatus.Met,
            var k when met + notEvaluable < k => VerdictStatus.NotMet,
            _ => VerdictStatus.Undetermined,
        };
        return new CategoryVerdict(category, met, partly, notMet, notEvaluable, monitored, total, required, requirement.Describe(), status);
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
