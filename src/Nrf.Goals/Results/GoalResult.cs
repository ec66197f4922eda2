using System.Collections.Immutable;
using Nrf.Goals.Model;

namespace Nrf.Goals.Results;

/// <summary>How one goal stands for one values document, with the numbers behind it.</summary>
/// <param name="Id">The goal id.</param>
/// <param name="Title">The goal title.</param>
/// <param name="Category">Operational or financial.</param>
/// <param name="Area">The goal's area, if any.</param>
/// <param name="Status">Met, partly met, not met, not evaluable or monitored.</param>
/// <param name="Explanation">One Swedish line, e.g. <c>BG beslutsför vid 26 av 29 möten (89,7 %), mål ≥ 90 %</c>.</param>
/// <param name="Target">The target as the rule file states it, if it does.</param>
/// <param name="Reason">Why the goal is not evaluable (the missing value, no target for the year), else null.</param>
/// <param name="Comment">The assessor's comment on a manually assessed goal, or the comments written beside the values the goal used (joined by <c>; </c>).</param>
/// <param name="Parts">The result of each criterion part.</param>
/// <param name="Values">The reported values the judgement used.</param>
/// <param name="Groups">The ids of the groups the goal sits in, outermost first (see <see cref="Model.Goal.Groups"/>).</param>
public sealed record GoalResult(
    string Id,
    string Title,
    GoalCategory Category,
    string? Area,
    GoalStatus Status,
    string Explanation,
    string? Target,
    string? Reason,
    string? Comment,
    ImmutableArray<PartResult> Parts,
    ImmutableArray<ValueUsed> Values,
    ImmutableArray<string> Groups)
{
    /// <summary>True for an activity ("Aktivitet: …"), which is never counted among the goals; see <see cref="Activity"/>.</summary>
    public bool IsActivity { get; init; }

    /// <summary>An activity's reported state (done, in progress, not started); null when not reported or not an activity.</summary>
    public Values.ActivityState? Activity { get; init; }

    /// <summary>The id of the group the goal is declared under, or null.</summary>
    public string? Group => Groups.IsDefaultOrEmpty ? null : Groups[^1];
}
