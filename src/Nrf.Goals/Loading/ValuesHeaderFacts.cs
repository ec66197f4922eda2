using Nrf.Goals.Diagnostics;
using Nrf.Goals.Model;
using Nrf.Goals.Values;

namespace Nrf.Goals.Loading;

/// <summary>
/// A values source's header as read from any format, each fact with the place to blame when it is wrong: whose values
/// (entity), the year assessed, the kind of report, its period and cut-off date. <see cref="ValuesDocumentBuilder.SetHeader"/>
/// checks it against the rule set and itself. A fact the source does not give is null, at the place its absence is blamed on.
/// </summary>
/// <param name="Entity">Whose values, e.g. <c>nrf</c>.</param>
/// <param name="EntityAt">Where the entity was written.</param>
/// <param name="Year">The year assessed.</param>
/// <param name="YearAt">Where the year was written.</param>
/// <param name="Report">Annual report (årsredovisning) or interim report (delårsrapport).</param>
/// <param name="Period">The report period (DÅ 04, DÅ 08, ÅR).</param>
/// <param name="PeriodAt">Where the period (or the report) was written.</param>
/// <param name="AsOf">The cut-off date of an interim report.</param>
/// <param name="AsOfAt">Where the cut-off date was written.</param>
public sealed record ValuesHeaderFacts(
    string? Entity,
    SourceLocation EntityAt,
    int? Year,
    SourceLocation YearAt,
    ReportKind? Report,
    ReportPeriod? Period,
    SourceLocation PeriodAt,
    DateOnly? AsOf,
    SourceLocation AsOfAt)
{
    /// <summary>
    /// The header with <paramref name="overrides"/> applied: each fact they give replaces the source's, located where the
    /// overrides were given (<see cref="ValuesHeaderOverrides.At"/>), or when they do not say, at the source's place.
    /// </summary>
    public ValuesHeaderFacts With(ValuesHeaderOverrides? overrides) => overrides is null ? this : this with
    {
        Entity = overrides.Entity ?? Entity,
        EntityAt = overrides.Entity is not null ? overrides.At ?? EntityAt : EntityAt,
        Year = overrides.Year ?? Year,
        YearAt = overrides.Year is not null ? overrides.At ?? YearAt : YearAt,
        Report = overrides.Report ?? Report,
        Period = overrides.Period ?? Period,
        PeriodAt = overrides.Period is not null || overrides.Report is not null ? overrides.At ?? PeriodAt : PeriodAt,
        AsOf = overrides.AsOf ?? AsOf,
        AsOfAt = overrides.AsOf is not null ? overrides.At ?? AsOfAt : AsOfAt,
    };
}
