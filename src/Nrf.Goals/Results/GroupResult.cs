namespace Nrf.Goals.Results;

/// <summary>
/// The roll-up of one group of the plan's hierarchy (a perspective, strategic goal or success factor):
/// how the goals beneath it, at any depth, stand.
/// </summary>
public sealed record GroupResult
{
    /// <summary>The group's id.</summary>
    public required string Id { get; init; }

    /// <summary>Its title.</summary>
    public required string Title { get; init; }

    /// <summary>What kind of level it is (e.g. <c>framgångsfaktor</c>), if declared.</summary>
    public string? Level { get; init; }

    /// <summary>The enclosing group's id, or null.</summary>
    public string? Parent { get; init; }

    /// <summary>The group's declared risk score (1–16), if any.</summary>
    public int? Risk { get; init; }

    /// <summary>Goals met.</summary>
    public required int Met { get; init; }

    /// <summary>Goals partly met.</summary>
    public required int PartlyMet { get; init; }

    /// <summary>Goals not met.</summary>
    public required int NotMet { get; init; }

    /// <summary>Goals that could not be evaluated.</summary>
    public required int NotEvaluable { get; init; }

    /// <summary>Monitor-only goals (not in <see cref="Total"/>).</summary>
    public required int Monitored { get; init; }

    /// <summary>Goals that count: every goal beneath the group but the monitor-only ones.</summary>
    public int Total => Met + PartlyMet + NotMet + NotEvaluable;

    /// <summary>True when the risk score requires action (9–16).</summary>
    public bool ActionRequired => Risk >= Model.GoalGroup.ActionThreshold;
}
