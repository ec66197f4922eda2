namespace Nrf.Goals.Rules.Facts;

/// <summary>
/// The inputs of one goal in one report, as the fact the goal's rules match in a session of
/// <see cref="Runtime.NRulesRuleSet.Rules"/>: its rules read the report's values of the indicators the goal reads, and
/// a live change updates the input facts of exactly the goals that read the changed indicator, so only their rules
/// fire again.
/// </summary>
internal sealed class GoalInput
{
    public GoalInput(EvaluationFact evaluation, int goal)
    {
        Evaluation = evaluation;
        Goal = goal;
        Bucket = Compilation.FactBuckets.Of(goal, evaluation.Goals.Length);
    }

    /// <summary>The report.</summary>
    public EvaluationFact Evaluation { get; }

    /// <summary>The goal's position in the rule set.</summary>
    public int Goal { get; }

    /// <summary>The goal's bucket (see <see cref="Compilation.FactBuckets"/>): the first alpha condition its rules test.</summary>
    public int Bucket { get; }
}
