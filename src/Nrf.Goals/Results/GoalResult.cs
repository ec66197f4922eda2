using System.Collections.Immutable;
using Nrf.Goals.Model;

namespace Nrf.Goals.Results;

/// <summary>How one goal stands for one values document, with the numbers behind it.</summary>
public sealed record GoalResult
{
    /// <summary>The goal id.</summary>
    public required string Id { get; init; }

    /// <summary>The goal title.</summary>
    public required string Title { get; init; }

    /// <summary>Operational or financial.</summary>
    public required GoalCategory Category { get; init; }

    /// <summary>The goal's area, if any.</summary>
    public string? Area { get; init; }

    /// <summary>Met, partly met, not met, not evaluable or monitored.</summary>
    public required GoalStatus Status { get; init; }

    /// <summary>One Swedish line, e.g. <c>BG beslutsför vid 26 av 29 möten (89,7 %), mål minst 90 %</c>.</summary>
    public required string Explanation { get; init; }

    /// <summary>The target as the rule file states it, if it does.</summary>
    public string? Target { get; init; }

    /// <summary>Why the goal is not evaluable (the missing value, no target for the year), else null.</summary>
    public string? Reason { get; init; }

    /// <summary>The assessor's comment on a manually assessed goal, or the comments written beside the values the goal used (joined by <c>; </c>).</summary>
    public string? Comment { get; init; }

    /// <summary>The result of each criterion part.</summary>
    public ImmutableArray<PartResult> Parts { get; init; } = ImmutableArray<PartResult>.Empty;

    /// <summary>The reported values the judgement used.</summary>
    public ImmutableArray<ValueUsed> Values { get; init; } = ImmutableArray<ValueUsed>.Empty;

    /// <summary>The ids of the groups the goal sits in, outermost first (see <see cref="Model.Goal.Groups"/>).</summary>
    public ImmutableArray<string> Groups { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>True for an activity ("Aktivitet: …"), which is never counted among the goals; see <see cref="Activity"/>.</summary>
    public bool IsActivity { get; init; }

    /// <summary>An activity's reported state (done, in progress, not started); null when not reported or not an activity.</summary>
    public Values.ActivityState? Activity { get; init; }

    /// <summary>
    /// True when <see cref="Explanation"/> is the rule file's template (<c>explanation:</c>) filled in; false when the goal
    /// has none or a value it names is missing, and the explanation lists the parts instead.
    /// </summary>
    public bool FromTemplate { get; init; }

    /// <summary>Who assessed a manually assessed goal or reported an activity's state (<c>assessedBy</c> in the values), or null.</summary>
    public string? AssessedBy { get; init; }

    /// <summary>
    /// True when the report's period is not one the goal is followed up in (<see cref="Model.Goal.FollowedUpIn"/>): a
    /// styrmått followed up only in the årsredovisning is reported there, which a delårsrapport says apart from the goals
    /// that cannot be assessed for want of a value. The status is then not evaluable (monitored for a monitor-only goal).
    /// </summary>
    public bool NotFollowedUp { get; init; }

    /// <summary>The id of the group the goal is declared under, or null.</summary>
    public string? Group => Groups.IsDefaultOrEmpty ? null : Groups[^1];
}
