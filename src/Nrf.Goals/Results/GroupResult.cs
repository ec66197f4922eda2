namespace Nrf.Goals.Results;

/// <summary>
/// The roll-up of one group of the plan's hierarchy (a perspective, strategic goal or success factor):
/// how the goals beneath it, at any depth, stand.
/// </summary>
/// <param name="Id">The group's id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Level">What kind of level it is (e.g. <c>framgångsfaktor</c>), if declared.</param>
/// <param name="Parent">The enclosing group's id, or null.</param>
/// <param name="Risk">The group's declared risk score (1–16), if any.</param>
/// <param name="Met">Goals met.</param>
/// <param name="PartlyMet">Goals partly met.</param>
/// <param name="NotMet">Goals not met.</param>
/// <param name="NotEvaluable">Goals that could not be evaluated.</param>
/// <param name="Monitored">Monitor-only goals (not in <see cref="Total"/>).</param>
public sealed record GroupResult(
    string Id,
    string Title,
    string? Level,
    string? Parent,
    int? Risk,
    int Met,
    int PartlyMet,
    int NotMet,
    int NotEvaluable,
    int Monitored)
{
    /// <summary>Goals that count: every goal beneath the group but the monitor-only ones.</summary>
    public int Total => Met + PartlyMet + NotMet + NotEvaluable;

    /// <summary>True when the risk score requires action (9–16).</summary>
    public bool ActionRequired => Risk >= Model.GoalGroup.ActionThreshold;
}
