using Nrf.Goals.Model;
using Nrf.Goals.Results;

namespace Nrf.Goals.Rules.Facts;

/// <summary>
/// A goal's result, yielded by the goal's rule as a linked fact: the verdict and group rules aggregate these, and an
/// application may add NRules rules of its own over them (e.g. "a financial goal is not met").
/// </summary>
public sealed class GoalOutcome
{
    internal GoalOutcome(EvaluationFact evaluation, GoalResult result)
    {
        Evaluation = evaluation;
        Result = result;
    }

    /// <summary>The report the goal was judged for.</summary>
    public EvaluationFact Evaluation { get; }

    /// <summary>The goal's full result.</summary>
    public GoalResult Result { get; }

    /// <summary>The goal's id.</summary>
    public string GoalId => Result.Id;

    /// <summary>Operational or financial.</summary>
    public GoalCategory Category => Result.Category;

    /// <summary>Met, partly met, not met, not evaluable or monitored.</summary>
    public GoalStatus Status => Result.Status;

    /// <summary>True for an activity ("Aktivitet: …"): shown, but never counted with the goals of its category or group.</summary>
    public bool IsActivity => Result.IsActivity;

    /// <summary>Whether the goal sits in group <paramref name="group"/> or below it.</summary>
    public bool InGroup(string group) => !Result.Groups.IsDefault && Result.Groups.Contains(group);
}
