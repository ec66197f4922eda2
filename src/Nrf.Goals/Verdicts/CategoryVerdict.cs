using Nrf.Goals.Model;

namespace Nrf.Goals.Verdicts;

/// <summary>The counts of one category of goals and what they mean under the policy.</summary>
/// <param name="Category">Operational or financial.</param>
/// <param name="Met">Goals met.</param>
/// <param name="PartlyMet">Goals partly met (not counted as met).</param>
/// <param name="NotMet">Goals not met.</param>
/// <param name="NotEvaluable">Goals that could not be evaluated.</param>
/// <param name="Monitored">Monitor-only goals (never counted, not in <paramref name="Total"/>).</param>
/// <param name="Total">Goals that count: every goal of the category but the monitor-only ones.</param>
/// <param name="Required">How many must be met; null when report-only.</param>
/// <param name="Rule">The policy that applied, e.g. <c>atLeast 7</c>, <c>all</c>, <c>share 70 %</c>, <c>report-only</c>.</param>
/// <param name="Status">Met if Met ≥ Required; not met if Met + NotEvaluable &lt; Required; otherwise undetermined. For a judged category: the judgement's status (partly met counts as not met), undetermined without one.</param>
public sealed record CategoryVerdict(
    GoalCategory Category,
    int Met,
    int PartlyMet,
    int NotMet,
    int NotEvaluable,
    int Monitored,
    int Total,
    int? Required,
    string Rule,
    VerdictStatus Status)
{
    /// <summary>
    /// For a category decided by a recorded judgement (<see cref="Model.JudgementRequired"/>): the assessment, or null when
    /// the values give none (then <see cref="Status"/> is undetermined). Null for the other policies.
    /// </summary>
    public Values.ManualAssessment? Judgement { get; init; }

    /// <summary>Whether a recorded judgement, not a count, decides the category.</summary>
    public bool IsJudged { get; init; }
}
