using Nrf.Goals.Results;

namespace Nrf.Goals.Rules.Facts;

/// <summary>The roll-up of one group of the plan's hierarchy, yielded by the group's aggregate rule.</summary>
public sealed class GroupOutcome
{
    internal GroupOutcome(EvaluationFact evaluation, GroupResult result)
    {
        Evaluation = evaluation;
        Result = result;
    }

    /// <summary>The report judged.</summary>
    public EvaluationFact Evaluation { get; }

    /// <summary>The group's counts.</summary>
    public GroupResult Result { get; }
}
