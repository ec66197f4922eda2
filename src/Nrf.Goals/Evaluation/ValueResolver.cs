using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Values;

namespace Nrf.Goals.Evaluation;

/// <summary>
/// Reads what a reference points at in one indicator's reported values: the year it names, a breakdown key, the
/// baseline. An engine hands it the values it matched; this is the one place that says what a reference means.
/// </summary>
internal static class ValueResolver
{
    /// <param name="data">What was reported for the reference's indicator (empty when nothing was).</param>
    /// <param name="year">The assessed year.</param>
    /// <param name="spec">The reference.</param>
    /// <param name="key">A breakdown key that replaces the reference's own (gap reads K and M).</param>
    public static Resolved Read(IndicatorData data, int year, RefSpec spec, string? key = null)
    {
        key ??= spec.Key;
        var indicator = spec.Indicator;
        if (spec.ReadsBaseline)
        {
            return ReadBaseline(indicator, key);
        }

        // The year comes from the reference as written: gap(previous_measurement(x)) reads K and M of one measurement.
        var read = YearOf(year, data, spec, spec.Key);
        if (read is null)
        {
            return Resolved.Absent($"ingen tidigare mätning av {Name(indicator.Id, spec.Key)} före {year}");
        }

        var y = read.Value;
        if (indicator.Type == IndicatorValueType.YesNo)
        {
            return data.Flags.TryGetValue(y, out var flag)
                ? new Resolved(null, flag, null, indicator.Id, y, key, null, "values", data.CommentOn(y, key, null))
                : Resolved.Absent($"värde saknas för {Name(indicator.Id, key)} {y}");
        }

        if (key is not null)
        {
            return data.Keyed.TryGetValue(y, out var keyed) && keyed.TryGetValue(key, out var kv)
                ? new Resolved(kv, null, null, indicator.Id, y, key, null, "values", data.CommentOn(y, key, null))
                : Resolved.Absent($"värde saknas för {Name(indicator.Id, key)} {y}");
        }

        if (data.Years.TryGetValue(y, out var number))
        {
            return new Resolved(number, null, null, indicator.Id, y, null, null, "values", data.CommentOn(y, null, null));
        }

        // A default stands in for the assessed year only: an absent approved deficit is 0, but an absent earlier year
        // stays missing so that increased(x) is not evaluable rather than judged against the default.
        return indicator.Default is { } fallback && spec.Shift is null
            ? new Resolved(fallback, null, null, indicator.Id, y, null, null, "default")
            : Resolved.Absent($"värde saknas för {indicator.Id} {y}");
    }

    /// <summary>The year a reference reads; null when its time shift finds none (no previous measurement).</summary>
    public static int? YearOf(int year, IndicatorData data, RefSpec spec, string? key) =>
        spec.Shift is { } shift ? shift.YearOf(year, data, spec, key) : year;

    private static Resolved ReadBaseline(Indicator indicator, string? key)
    {
        var baseline = indicator.Baseline;
        decimal? value = key is null ? baseline?.Value : baseline is not null && baseline.ByKey.TryGetValue(key, out var v) ? v : null;
        return value is { } found
            ? new Resolved(found, null, null, indicator.Id, baseline!.Year, key, null, "baseline")
            : Resolved.Absent($"ingångsvärde saknas för {Name(indicator.Id, key)}");
    }

    /// <summary>The observations of a dated series that belong to the assessed year, up to the interim report's cut-off date.</summary>
    public static IEnumerable<DatedValue> Observations(IndicatorData data, int year, DateOnly? asOf) =>
        data.Series.Where(o => o.Date.Year == year && (asOf is null || o.Date <= asOf));

    public static string Name(string indicator, string? key) => key is null ? indicator : $"{indicator}[{key}]";
}
