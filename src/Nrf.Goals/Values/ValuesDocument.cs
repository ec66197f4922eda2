using System.Collections.Immutable;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Model;

namespace Nrf.Goals.Values;

/// <summary>
/// The indicator values reported for one entity and year — what report scripts write and
/// <see cref="Loading.ValuesLoader"/> reads (YAML or JSON).
/// </summary>
/// <param name="Entity">Whose values, e.g. <c>nrf</c>.</param>
/// <param name="Year">The year assessed.</param>
/// <param name="Report">Annual report (actuals) or interim report (forecasts).</param>
/// <param name="AsOf">The cut-off date of an interim report, if given.</param>
/// <param name="Period">The report period when the document names it; otherwise see <see cref="EffectivePeriod"/>.</param>
/// <param name="Values">Values by indicator id.</param>
public sealed record ValuesDocument(
    string Entity,
    int Year,
    ReportKind Report,
    DateOnly? AsOf,
    ReportPeriod? Period,
    ImmutableSortedDictionary<string, IndicatorData> Values)
{
    /// <summary>
    /// The report period: as given, else ÅR for an annual report, DÅ 04 for an interim report cut off by the end of April,
    /// DÅ 08 by the end of August; null for an interim report that gives neither period nor asOf.
    /// </summary>
    public ReportPeriod? EffectivePeriod => Period ?? (Report == ReportKind.Annual
        ? ReportPeriod.Annual
        : AsOf is { } cutOff ? ReportPeriodDates.OfInterim(cutOff) : null);

    /// <summary>
    /// What the document's values cover, per indicator, where it says (<c>covers: {remote_visits: tertial}</c>, or a
    /// table's covers column): checked against each indicator's declared <see cref="Indicator.Period"/> when loading.
    /// The check belongs to loading: a document built or changed in code (<c>with</c>) is evaluated as it is, so an app
    /// that builds documents itself is responsible for sending each value of its declared kind.
    /// </summary>
    public ImmutableSortedDictionary<string, ValuePeriod> Covers { get; init; } = ImmutableSortedDictionary<string, ValuePeriod>.Empty;

    /// <summary>Where each statement of <see cref="Covers"/> was written, for located errors.</summary>
    internal ImmutableDictionary<string, SourceLocation> CoversLocations { get; init; } = ImmutableDictionary<string, SourceLocation>.Empty;

    /// <summary>
    /// True when the values did not say which report they are for (a CSV or Excel table without a <c>rapport</c> row and
    /// no period, report or cut-off date given) and were read as the annual report; reports say so in their header.
    /// </summary>
    public bool ReportAssumed { get; init; }

    /// <summary>Problems found while loading that did not stop the document being used.</summary>
    public ImmutableArray<Diagnostic> Warnings { get; init; } = ImmutableArray<Diagnostic>.Empty;

    /// <summary>Where each indicator's values were written, for located errors.</summary>
    internal ImmutableDictionary<string, SourceLocation> Locations { get; init; } = ImmutableDictionary<string, SourceLocation>.Empty;

    /// <summary>The values of <paramref name="indicator"/>, or null when the document has none.</summary>
    public IndicatorData? Find(string indicator) => Values.GetValueOrDefault(indicator);
}
