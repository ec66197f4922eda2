using Nrf.Goals.Model;
using Nrf.Goals.Verdicts;

namespace Nrf.Goals.Rules.Facts;

/// <summary>One category's counts and status under the verdict policy, yielded by the category's aggregate rule.</summary>
public sealed class CategoryOutcome
{
    internal CategoryOutcome(EvaluationFact evaluation, CategoryVerdict verdict)
    {
        Evaluation = evaluation;
        Verdict = verdict;
    }

    /// <summary>The report judged.</summary>
    public EvaluationFact Evaluation { get; }

    /// <summary>The category's counts and status.</summary>
    public CategoryVerdict Verdict { get; }

    /// <summary>Operational or financial.</summary>
    public GoalCategory Category => Verdict.Category;
}
