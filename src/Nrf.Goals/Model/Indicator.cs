using Nrf.Goals.Diagnostics;

namespace Nrf.Goals.Model;

/// <summary>
/// A measured quantity goals are judged on (a styrmått's measure, an account balance, a count of meetings).
/// Report scripts write values under its <see cref="Id"/>.
/// </summary>
/// <param name="Id">The id values documents and criteria use, e.g. <c>bg_meetings_planned</c>.</param>
/// <param name="Title">The Swedish title readers know.</param>
/// <param name="Unit">The unit, e.g. <c>antal</c>, <c>%</c>, <c>tkr</c>, <c>kr</c>.</param>
/// <param name="Type">Number, yes/no or a manual assessment.</param>
/// <param name="Shape">Per year, per year and key, or dated.</param>
/// <param name="Dimension">The breakdown when <see cref="Shape"/> is <see cref="IndicatorShape.YearlyByKey"/>.</param>
/// <param name="Default">The value used when a values document has none (e.g. an approved deficit of 0); null makes it required.</param>
/// <param name="Baseline">The plan's ingångsvärde, when it states one.</param>
/// <param name="Source">Where the value comes from (källa), e.g. <c>Datalager</c>.</param>
/// <param name="Location">Where the indicator is declared.</param>
public sealed record Indicator(
    string Id,
    string Title,
    string? Unit,
    IndicatorValueType Type,
    IndicatorShape Shape,
    Dimension? Dimension,
    decimal? Default,
    Baseline? Baseline,
    string? Source,
    SourceLocation Location)
{
    /// <summary>
    /// What one reported value covers (a tertial, the year to date, the year, a state on the cut-off date), when the
    /// plan says; values documents must then send that kind (see <see cref="ValuePeriod"/>). Null: not declared.
    /// </summary>
    public ValuePeriod? Period { get; init; }
}
