using Nrf.Goals.Model;
using Nrf.Goals.Results;

namespace Nrf.Goals.Verdicts;

/// <summary>
/// Applies a <see cref="VerdictPolicy"/> to goal results. Every status is three-valued over the goals that could not be
/// evaluated: a category or verdict is met, partly met or not met only when it would stay so whatever those goals turn
/// out to be, and undetermined otherwise. Partly met exists only where the policy defines it.
/// </summary>
public static class VerdictJudge
{
    /// <summary>Counts the goals of each category and judges them under <paramref name="policy"/>.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="goals">Every goal's result.</param>
    /// <param name="judgement">The recorded assessment of an indicator, for categories decided by a judgement (none when null).</param>
    public static Verdict Judge(VerdictPolicy policy, IReadOnlyCollection<GoalResult> goals, Func<string, Values.ManualAssessment?>? judgement = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(goals);
        Values.ManualAssessment? JudgementOf(CategoryRequirement r) => r is JudgementRequired j ? judgement?.Invoke(j.Indicator) : null;
        var operational = JudgeCategory(GoalCategory.Operational, policy.Operational, goals, JudgementOf(policy.Operational));
        var financial = JudgeCategory(GoalCategory.Financial, policy.Financial, goals, JudgementOf(policy.Financial));
        return Conclude(policy, operational, financial);
    }

    /// <summary>The verdict on two judged categories under <paramref name="policy"/>: its status, the categories, the wording and the partly rule.</summary>
    public static Verdict Conclude(VerdictPolicy policy, CategoryVerdict operational, CategoryVerdict financial)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(operational);
        ArgumentNullException.ThrowIfNull(financial);
        return new Verdict(Combine(policy.PartlyVerdict, operational, financial), operational, financial, policy.Wording) { Rule = policy.DescribeVerdict() };
    }

    /// <summary>
    /// Judges one category: met if m ≥ k; with a partly bound p, partly met if p ≤ m and m + u &lt; k; not met if m + u is
    /// below p (without one, below k); otherwise undetermined — and undetermined when no goal of the category counts at all
    /// (an empty category is no evidence).
    /// </summary>
    /// <param name="category">The category.</param>
    /// <param name="requirement">What the policy requires of it.</param>
    /// <param name="goals">The goals' results (of any category; only this category's count).</param>
    /// <param name="judgement">For a <see cref="JudgementRequired"/> category: the recorded overall assessment, if the values give one.</param>
    public static CategoryVerdict JudgeCategory(GoalCategory category, CategoryRequirement requirement, IEnumerable<GoalResult> goals, Values.ManualAssessment? judgement = null)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        ArgumentNullException.ThrowIfNull(goals);
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
        if (requirement is JudgementRequired judged)
        {
            // Only a judgement of "met" fulfils the category; "partly met" is not good goal fulfilment — unless the policy
            // says that a partly met judgement makes the category partly met ("delvis förenlig").
            var status = judgement?.Status switch
            {
                null or GoalStatus.NotEvaluable => VerdictStatus.Undetermined,
                GoalStatus.Met => VerdictStatus.Met,
                GoalStatus.PartlyMet when judged.Partly => VerdictStatus.PartlyMet,
                _ => VerdictStatus.NotMet,
            };
            return Counted(status, null, null) with { Judgement = judgement, IsJudged = true };
        }

        var required = requirement.RequiredOf(total);
        var partlyFrom = required is null ? null : requirement.PartlyFromOf(total);
        return Counted(CountStatus(required, partlyFrom, met, notEvaluable, total), required, partlyFrom);

        CategoryVerdict Counted(VerdictStatus status, int? required, int? partlyFrom) => new()
        {
            Category = category,
            Met = met,
            PartlyMet = partly,
            NotMet = notMet,
            NotEvaluable = notEvaluable,
            Monitored = monitored,
            Total = total,
            Required = required,
            PartlyFrom = partlyFrom,
            Rule = requirement.Describe(),
            Status = status,
        };
    }

    /// <summary>
    /// The verdict from deciding categories under <paramref name="rule"/>: met only if every deciding category is met;
    /// partly met as <paramref name="rule"/> says; otherwise not met — each only when it holds whatever the goals that
    /// could not be evaluated turn out to be, else undetermined. Report-only categories do not decide; with none left the
    /// verdict is undetermined.
    /// </summary>
    public static VerdictStatus Combine(PartlyVerdictRule rule, params CategoryVerdict[] categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        return Combine(rule, categories.Where(c => c.Status != VerdictStatus.ReportOnly).Select(Range).ToList());
    }

    /// <summary>
    /// The verdict from category statuses alone, with no partly met verdict: met only if every deciding category is met;
    /// not met if any is not met (or partly met); otherwise undetermined.
    /// </summary>
    public static VerdictStatus Combine(params VerdictStatus[] categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        return Combine(PartlyVerdictRule.None, categories.Where(s => s != VerdictStatus.ReportOnly).Select(s => s == VerdictStatus.Undetermined ? Unknown : (s, s)).ToList());
    }

    /// <summary>What a category may still turn out to be: nothing known.</summary>
    internal static readonly (VerdictStatus Lowest, VerdictStatus Highest) Unknown = (VerdictStatus.NotMet, VerdictStatus.Met);

    /// <summary>
    /// The verdict over the ranges its deciding categories may still take. <paramref name="rule"/> is monotone in every
    /// category (not met &lt; partly met &lt; met), so the verdict is determined exactly when the lowest and the highest
    /// categories give the same.
    /// </summary>
    internal static VerdictStatus Combine(PartlyVerdictRule rule, IReadOnlyList<(VerdictStatus Lowest, VerdictStatus Highest)> deciding)
    {
        if (deciding.Count == 0)
        {
            return VerdictStatus.Undetermined;
        }

        var lowest = Join(rule, deciding.Select(r => r.Lowest));
        var highest = Join(rule, deciding.Select(r => r.Highest));
        return lowest == highest ? lowest : VerdictStatus.Undetermined;
    }

    /// <summary>The verdict when every deciding category is known to be met, partly met or not met.</summary>
    internal static VerdictStatus Join(PartlyVerdictRule rule, IEnumerable<VerdictStatus> categories)
    {
        var list = categories.ToList();
        if (list.All(s => s == VerdictStatus.Met))
        {
            return VerdictStatus.Met;
        }

        return rule switch
        {
            PartlyVerdictRule.Every when !list.Contains(VerdictStatus.NotMet) => VerdictStatus.PartlyMet,
            PartlyVerdictRule.Some when list.Any(s => s != VerdictStatus.NotMet) => VerdictStatus.PartlyMet,
            _ => VerdictStatus.NotMet,
        };
    }

    /// <summary>What a deciding category may still turn out to be, lowest and highest, from its status and counts.</summary>
    internal static (VerdictStatus Lowest, VerdictStatus Highest) Range(CategoryVerdict c)
    {
        if (c.Status != VerdictStatus.Undetermined)
        {
            return (c.Status, c.Status);
        }

        // A missing judgement or an empty category may turn out anything; a count lies between its met goals alone and
        // its met goals with every goal that could not be evaluated.
        return c.IsJudged || c.Total == 0 || c.Required is not { } k
            ? Unknown
            : (Level(c.Met, k, c.PartlyFrom), Level(c.Met + c.NotEvaluable, k, c.PartlyFrom));
    }

    /// <summary>A count category's status for a count with every goal evaluated: met from k met goals, partly met from p.</summary>
    internal static VerdictStatus Level(int met, int required, int? partlyFrom) =>
        met >= required ? VerdictStatus.Met
        : partlyFrom is { } p && met >= p ? VerdictStatus.PartlyMet
        : VerdictStatus.NotMet;

    /// <summary>A count category's status: report-only without a requirement, undetermined when empty, else three-valued over the counts.</summary>
    private static VerdictStatus CountStatus(int? required, int? partlyFrom, int met, int notEvaluable, int total)
    {
        if (required is not { } k)
        {
            return VerdictStatus.ReportOnly;
        }

        // No goal of the category counts in this report (every one is monitored, an activity, or there are none):
        // "0 of 0 met" is no evidence that the category is met, nor that it is not.
        if (total == 0)
        {
            return VerdictStatus.Undetermined;
        }

        var lowest = Level(met, k, partlyFrom);
        return lowest == Level(met + notEvaluable, k, partlyFrom) ? lowest : VerdictStatus.Undetermined;
    }
}
