using System.Collections.Immutable;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Expressions;

namespace Nrf.Goals.Model;

/// <summary>How a goal is judged. One of the forms below; rule files write them as described in README.</summary>
public abstract record Criterion
{
    private protected Criterion()
    {
    }
}

/// <summary>
/// Judged by expressions: met when every part is met, partly met (delvis uppfyllt) when some are,
/// not met when none is, not evaluable when a value a part needs is missing.
/// </summary>
/// <param name="Parts">One or more parts.</param>
public sealed record ExpressionCriterion(ImmutableArray<CriterionPart> Parts) : Criterion;

/// <summary>
/// Targets that change with the year or the report period (e.g. Mål 2020 and Mål 2022, or DÅ 04: 61 %, DÅ 08: 62 %, ÅR: 64 %).
/// A values document whose year or period has no case is not evaluable, with that reason.
/// </summary>
/// <param name="Cases">The cases, in file order; the first that applies is used.</param>
public sealed record ScheduledCriterion(ImmutableArray<CriterionCase> Cases) : Criterion;

/// <summary>One case of a <see cref="ScheduledCriterion"/>.</summary>
/// <param name="Year">The year the case applies to; null for any year.</param>
/// <param name="Period">The report period the case applies to; null for any period.</param>
/// <param name="Criterion">How the goal is judged in that case.</param>
/// <param name="Location">Where the case is written.</param>
public sealed record CriterionCase(int? Year, ReportPeriod? Period, Criterion Criterion, SourceLocation Location)
{
    /// <summary>
    /// The case's own explanation template (<c>{criterion: …, explanation: …}</c> under <c>byYear</c> or <c>byPeriod</c>),
    /// e.g. one that names the years a window judged; null to use the goal's (<see cref="Goal.Explanation"/>).
    /// </summary>
    public ExplanationTemplate? Explanation { get; internal init; }
}

/// <summary>A qualitative goal decided by a person: the values document carries the assessment and its comment.</summary>
/// <param name="Indicator">The assessment indicator the values document fills in.</param>
/// <param name="Location">Where the criterion is written.</param>
public sealed record ManualCriterion(string Indicator, SourceLocation Location) : Criterion;

/// <summary>
/// An activity ("Aktivitet: …"), followed as done, in progress or not started: shown with its state, never judged and
/// never counted among the goals (bilaga 1: "Alla framgångsfaktorer har inte styrmått utan följs istället med
/// kontrollmått eller genom aktiviteter").
/// </summary>
/// <param name="Indicator">The activity indicator (type activity) the values document fills in.</param>
/// <param name="Location">Where the criterion is written.</param>
public sealed record ActivityCriterion(string Indicator, SourceLocation Location) : Criterion;

/// <summary>Monitor only ("Följa utvecklingen", "Nytt mått"): values are reported, never judged or counted.</summary>
/// <param name="Shown">Expressions whose values are reported.</param>
public sealed record MonitorCriterion(ImmutableArray<CriterionPart> Shown) : Criterion;
