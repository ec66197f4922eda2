using Nrf.Goals.Model;

namespace Nrf.Goals.Verdicts;

/// <summary>The counts of one category of goals and what they mean under the policy.</summary>
public sealed record CategoryVerdict
{
    /// <summary>Operational or financial.</summary>
    public required GoalCategory Category { get; init; }

    /// <summary>Goals met.</summary>
    public required int Met { get; init; }

    /// <summary>Goals partly met (not counted as met).</summary>
    public required int PartlyMet { get; init; }

    /// <summary>Goals not met.</summary>
    public required int NotMet { get; init; }

    /// <summary>Goals that could not be evaluated.</summary>
    public required int NotEvaluable { get; init; }

    /// <summary>Monitor-only goals (never counted, not in <see cref="Total"/>).</summary>
    public required int Monitored { get; init; }

    /// <summary>Goals that count: every goal of the category but the monitor-only ones.</summary>
    public required int Total { get; init; }

    /// <summary>How many must be met; null when report-only.</summary>
    public int? Required { get; init; }

    /// <summary>How many met goals make the category partly met (the policy's <c>partlyFrom</c>); null when it states none.</summary>
    public int? PartlyFrom { get; init; }

    /// <summary>The policy that applied, e.g. <c>atLeast 7</c>, <c>atLeast 7, partlyFrom 5</c>, <c>all</c>, <c>share 70 %</c>, <c>report-only</c>.</summary>
    public required string Rule { get; init; }

    /// <summary>
    /// Met if Met ≥ Required; with a partly bound p, partly met if p ≤ Met and Met + NotEvaluable &lt; Required; not met if
    /// Met + NotEvaluable is below p (without one, below Required); otherwise undetermined. For a judged category: the
    /// judgement's status (partly met counts as not met unless the policy says <c>partly: true</c>), undetermined without one.
    /// </summary>
    public required VerdictStatus Status { get; init; }

    /// <summary>
    /// For a category decided by a recorded judgement (<see cref="Model.JudgementRequired"/>): the assessment, or null when
    /// the values give none (then <see cref="Status"/> is undetermined). Null for the other policies.
    /// </summary>
    public Values.ManualAssessment? Judgement { get; init; }

    /// <summary>Whether a recorded judgement, not a count, decides the category.</summary>
    public bool IsJudged { get; init; }
}
