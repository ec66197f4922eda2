using Nrf.Goals.Diagnostics;
using Nrf.Goals.Model;
using Nrf.Goals.Values;

namespace Nrf.Goals.Loading;

/// <summary>A values document's header as read from any format, each fact with the place to blame when it is wrong.</summary>
internal sealed record ValuesHeaderFacts(
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
    /// <summary>The header with <paramref name="overrides"/> applied.</summary>
    public ValuesHeaderFacts With(ValuesHeaderOverrides? overrides) => overrides is null ? this : this with
    {
        Entity = overrides.Entity ?? Entity,
        Year = overrides.Year ?? Year,
        Report = overrides.Report ?? Report,
        Period = overrides.Period ?? Period,
        AsOf = overrides.AsOf ?? AsOf,
    };
}
