using Nrf.Goals.Values;
using Nrf.Goals.Words;

namespace Nrf.Goals.Expressions.Functions;

/// <summary><c>same_period_last_year(series)</c>: the observation a year before <c>latest(series)</c>, in the same month.</summary>
internal sealed class SamePeriodLastYearFunction : SeriesFunction
{
    public override string Name => "same_period_last_year";

    public override string Signature => "same_period_last_year(series)";

    public override string Description => "the observation one year before latest(series), same month";

    /// <summary>"51 800 kr den 30 juni 2019"; without the observation, "samma period året innan".</summary>
    public override string Read(CallReading call) => call.Date is null
        ? $"{call.Lead}{(call.IsSwedish ? "samma period året innan" : "the same period a year before")}"
        : Dated(call);

    protected override DatedValue? Choose(IReadOnlyList<DatedValue> observations, IReferenceReader reader)
    {
        var latest = observations[^1];
        var match = reader.DataOf(0).Series.Where(o => o.Date.Year == latest.Date.Year - 1 && o.Date.Month == latest.Date.Month).ToList();
        if (match.Count == 0)
        {
            reader.Missing(Reasons.NoObservationIn(reader.Arguments[0].Indicator.Id, latest.Date.Month, latest.Date.Year - 1));
            return null;
        }

        return match[^1];
    }
}
