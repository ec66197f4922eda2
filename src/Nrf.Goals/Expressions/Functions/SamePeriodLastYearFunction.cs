using Nrf.Goals.Values;

namespace Nrf.Goals.Expressions.Functions;

/// <summary><c>same_period_last_year(series)</c>: the observation a year before <c>latest(series)</c>, in the same month.</summary>
internal sealed class SamePeriodLastYearFunction : SeriesFunction
{
    public override string Name => "same_period_last_year";

    public override string Signature => "same_period_last_year(series)";

    public override string Description => "the observation one year before latest(series), same month";

    protected override DatedValue? Choose(IReadOnlyList<DatedValue> observations, ReferenceCall call)
    {
        var latest = observations[^1];
        var match = call.Data.Series.Where(o => o.Date.Year == latest.Date.Year - 1 && o.Date.Month == latest.Date.Month).ToList();
        if (match.Count == 0)
        {
            call.Missing($"ingen observation av {call.Args[0].Indicator.Id} för {latest.Date.Month:00}/{latest.Date.Year - 1}");
            return null;
        }

        return match[^1];
    }
}
