using Nrf.Goals.Diagnostics;

namespace Nrf.Goals.Model;

/// <summary>
/// A measured quantity goals are judged on (a styrmått's measure, an account balance, a count of meetings).
/// Report scripts write values under its <see cref="Id"/>.
/// </summary>
public sealed record Indicator
{
    /// <summary>The id values documents and criteria use, e.g. <c>bg_meetings_planned</c>.</summary>
    public string Id { get; internal init; } = null!;

    /// <summary>The Swedish title readers know.</summary>
    public string Title { get; internal init; } = null!;

    /// <summary>The unit, e.g. <c>antal</c>, <c>%</c>, <c>tkr</c>, <c>kr</c>.</summary>
    public string? Unit { get; internal init; }

    /// <summary>Number, yes/no or a manual assessment.</summary>
    public IndicatorValueType Type { get; internal init; }

    /// <summary>Per year, per year and key, or dated.</summary>
    public IndicatorShape Shape { get; internal init; }

    /// <summary>The breakdown when <see cref="Shape"/> is <see cref="IndicatorShape.YearlyByKey"/>.</summary>
    public Dimension? Dimension { get; internal init; }

    /// <summary>The value used when a values document has none (e.g. an approved deficit of 0); null makes it required.</summary>
    public decimal? Default { get; internal init; }

    /// <summary>The plan's ingångsvärde, when it states one.</summary>
    public Baseline? Baseline { get; internal init; }

    /// <summary>Where the value comes from (källa), e.g. <c>Datalager</c>.</summary>
    public string? Source { get; internal init; }

    /// <summary>
    /// The Kolada KPI (nyckeltal) the indicator's values come from, e.g. <c>N03102</c> (<c>kolada:</c> in the rule file),
    /// or null. An indicator broken down <c>by: sex</c> takes Kolada's K, M and T; any other takes Kolada's total, T.
    /// Only numbers per year (or per year and sex) name one.
    /// </summary>
    public string? KoladaKpi { get; internal init; }

    /// <summary>Where the indicator is declared.</summary>
    public SourceLocation Location { get; internal init; }

    /// <summary>
    /// What one reported value covers (a tertial, the year to date, the year, a state on the cut-off date), when the
    /// plan says; values documents must then send that kind (see <see cref="ValuePeriod"/>). Null: not declared.
    /// </summary>
    public ValuePeriod? Period { get; internal init; }
}
