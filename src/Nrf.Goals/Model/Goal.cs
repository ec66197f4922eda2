using System.Collections.Immutable;
using Nrf.Goals.Diagnostics;

namespace Nrf.Goals.Model;

/// <summary>A goal of the catalogue (a verksamhetsmål, a financial goal, or a styrmått) and how it is judged.</summary>
public sealed record Goal
{
    /// <summary>The goal's id, e.g. <c>mal-4</c>.</summary>
    public string Id { get; internal init; } = null!;

    /// <summary>The goal's Swedish title.</summary>
    public string Title { get; internal init; } = null!;

    /// <summary>Operational or financial.</summary>
    public GoalCategory Category { get; internal init; }

    /// <summary>The area of the plan the goal belongs to (e.g. <c>Hälso- och sjukvård</c>), if any.</summary>
    public string? Area { get; internal init; }

    /// <summary>The source document's own sentence "Målet är uppnått om …".</summary>
    public string? AchievedWhen { get; internal init; }

    /// <summary>The target as readers should see it (e.g. <c>≥ 90 % av planerade möten</c>).</summary>
    public string? Target { get; internal init; }

    /// <summary>How the goal is judged.</summary>
    public Criterion Criterion { get; internal init; } = null!;

    /// <summary>An optional Swedish template for the one-line explanation, with <c>{expression:format}</c> placeholders.</summary>
    public ExplanationTemplate? Explanation { get; internal init; }

    /// <summary>The report periods the goal is followed up in; empty for every period.</summary>
    public ImmutableArray<ReportPeriod> FollowedUpIn { get; internal init; } = ImmutableArray<ReportPeriod>.Empty;

    /// <summary>
    /// The ids of the groups the goal sits in — its own group and that group's ancestors, outermost first
    /// (e.g. perspective → strategic goal → success factor); empty when the goal has no group.
    /// </summary>
    public ImmutableArray<string> Groups { get; internal init; } = ImmutableArray<string>.Empty;

    /// <summary>Where the goal is declared.</summary>
    public SourceLocation Location { get; internal init; }

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
