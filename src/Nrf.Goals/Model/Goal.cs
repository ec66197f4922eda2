using System.Collections.Immutable;
using Nrf.Goals.Diagnostics;

namespace Nrf.Goals.Model;

/// <summary>A goal of the catalogue (a verksamhetsmål, a financial goal, or a styrmått) and how it is judged.</summary>
/// <param name="Id">The goal's id, e.g. <c>mal-4</c>.</param>
/// <param name="Title">The goal's Swedish title.</param>
/// <param name="Category">Operational or financial.</param>
/// <param name="Area">The area of the plan the goal belongs to (e.g. <c>Hälso- och sjukvård</c>), if any.</param>
/// <param name="AchievedWhen">The source document's own sentence "Målet är uppnått om …".</param>
/// <param name="Target">The target as readers should see it (e.g. <c>≥ 90 % av planerade möten</c>).</param>
/// <param name="Criterion">How the goal is judged.</param>
/// <param name="Explanation">An optional Swedish template for the one-line explanation, with <c>{expression:format}</c> placeholders.</param>
/// <param name="FollowedUpIn">The report periods the goal is followed up in; empty for every period.</param>
/// <param name="Groups">
/// The ids of the groups the goal sits in — its own group and that group's ancestors, outermost first
/// (e.g. perspective → strategic goal → success factor); empty when the goal has no group.
/// </param>
/// <param name="Location">Where the goal is declared.</param>
public sealed record Goal(
    string Id,
    string Title,
    GoalCategory Category,
    string? Area,
    string? AchievedWhen,
    string? Target,
    Criterion Criterion,
    ExplanationTemplate? Explanation,
    ImmutableArray<ReportPeriod> FollowedUpIn,
    ImmutableArray<string> Groups,
    SourceLocation Location)
{
    /// <summary>
    /// True when the goal is monitored only and never counts towards a verdict — also when its monitor is scheduled
    /// per year or period ("Följa utvecklingen" from 2020), so a year or period without follow-up does not count either.
    /// </summary>
    public bool IsMonitorOnly => Criterion switch
    {
        MonitorCriterion or ActivityCriterion => true,
        ScheduledCriterion s => s.Cases.All(c => c.Criterion is MonitorCriterion),
        _ => false,
    };

    /// <summary>
    /// True for an activity ("Aktivitet: …"): followed as done, in progress or not started, counted apart from the goals
    /// (styrmått) in every count — categories, verdict, groups.
    /// </summary>
    public bool IsActivity => Criterion is ActivityCriterion;

    /// <summary>The id of the group the goal is declared under, or null.</summary>
    public string? Group => Groups.IsDefaultOrEmpty ? null : Groups[^1];
}
