using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Values;

namespace Nrf.Goals.Rules.Runtime;

/// <summary>Reads what a reference points at in a values document: the year it names, a breakdown key, the baseline.</summary>
internal static class ValueResolver
{
    public static Resolved Read(ValuesDocument values, RefSpec spec, string? key = null)
    {
        key ??= spec.Key;
        var indicator = spec.Indicator;
        if (spec.Time == TimeShift.Baseline)
        {
            return ReadBaseline(indicator, key);
        }

        var data = values.Find(indicator.Id) ?? IndicatorData.Empty;
        // The year comes from the reference as written: gap(previous_measurement(x)) reads K and M of one measurement.
        var year = YearOf(values, data, spec, spec.Key);
        if (year is null)
        {
            return Resolved.Absent($"ingen tidigare mätning av {Name(indicator.Id, spec.Key)} före {values.Year}");
        }

        var y = year.Value;
        if (indicator.Type == IndicatorValueType.YesNo)
        {
            return data.Flags.TryGetValue(y, out var flag)
                ? new Resolved(null, flag, null, indicator.Id, y, key, null, "values")
                : Resolved.Absent($"värde saknas för {Name(indicator.Id, key)} {y}");
        }

        if (key is not null)
        {
            return data.Keyed.TryGetValue(y, out var keyed) && keyed.TryGetValue(key, out var kv)
                ? new Resolved(kv, null, null, indicator.Id, y, key, null, "values")
                : Resolved.Absent($"värde saknas för {Name(indicator.Id, key)} {y}");
        }

        if (data.Years.TryGetValue(y, out var number))
        {
            return new Resolved(number, null, null, indicator.Id, y, null, null, "values");
        }

        // A default stands in for the assessed year only: an absent approved deficit is 0, but an absent earlier year
        // stays missing so that increased(x) is not evaluable rather than judged against the default.
        return indicator.Default is { } fallback && spec.Time == TimeShift.Current
            ? new Resolved(fallback, null, null, indicator.Id, y, null, null, "default")
            : Resolved.Absent($"värde saknas för {indicator.Id} {y}");
    }

    /// <summary>The year a reference reads; null when it reads "the previous measurement" and there is none.</summary>
    public static int? YearOf(ValuesDocument values, IndicatorData data, RefSpec spec, string? key) => spec.Time switch
    {
        TimeShift.Previous => values.Year - 1,
        TimeShift.AtYear => spec.AtYear,
        TimeShift.PreviousMeasurement => PreviousMeasurement(data, spec.Indicator, key, values.Year),
        _ => values.Year,
    };

    /// <summary>The latest year before <paramref name="year"/> with a value (for <paramref name="key"/>, or any key); null when there is none.</summary>
    private static int? PreviousMeasurement(IndicatorData data, Indicator indicator, string? key, int year)
    {
        // Loops over the sorted dictionaries' own enumerators: this runs on every evaluation, and LINQ over their
        // Keys allocated and copied far more than the lookup itself costs.
        int? found = null;
        if (indicator.Type == IndicatorValueType.YesNo)
        {
            foreach (var kv in data.Flags)
            {
                if (kv.Key < year && (found is null || kv.Key > found))
                {
                    found = kv.Key;
                }
            }
        }
        else if (indicator.Shape == IndicatorShape.YearlyByKey)
        {
            foreach (var kv in data.Keyed)
            {
                if (kv.Key < year && (found is null || kv.Key > found) && (key is null ? kv.Value.Count > 0 : kv.Value.ContainsKey(key)))
                {
                    found = kv.Key;
                }
            }
        }
        else
        {
            foreach (var kv in data.Years)
            {
                if (kv.Key < year && (found is null || kv.Key > found))
                {
                    found = kv.Key;
                }
            }
        }

        return found;
    }

    private static Resolved ReadBaseline(Indicator indicator, string? key)
    {
        var baseline = indicator.Baseline;
        decimal? value = key is null ? baseline?.Value : baseline is not null && baseline.ByKey.TryGetValue(key, out var v) ? v : null;
        return value is { } found
            ? new Resolved(found, null, null, indicator.Id, baseline!.Year, key, null, "baseline")
            : Resolved.Absent($"ingångsvärde saknas för {Name(indicator.Id, key)}");
    }

    /// <summary>The observations of a dated series that belong to the assessed year, up to the interim report's cut-off date.</summary>
    public static IEnumerable<DatedValue> Observations(ValuesDocument values, Indicator indicator)
    {
        var data = values.Find(indicator.Id) ?? IndicatorData.Empty;
        return data.Series.Where(o => o.Date.Year == values.Year && (values.AsOf is null || o.Date <= values.AsOf));
    }

    public static string Name(string indicator, string? key) => key is null ? indicator : $"{indicator}[{key}]";
}
