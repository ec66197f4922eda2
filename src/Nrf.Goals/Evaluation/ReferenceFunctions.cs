using Nrf.Goals.Results;
using Nrf.Goals.Values;

namespace Nrf.Goals.Evaluation;

/// <summary>
/// What the documented functions of references compute: increased, decreased, gap and the functions of dated series.
/// Engines call this; they never compute a function themselves.
/// </summary>
internal static class ReferenceFunctions
{
    /// <param name="function">The function's name.</param>
    /// <param name="args">The references it is applied to.</param>
    /// <param name="data">What was reported for the first argument's indicator.</param>
    /// <param name="record">The evaluation's record: year and cut-off date, and where reads are kept.</param>
    /// <param name="part">The plan part the call belongs to.</param>
    public static (decimal? Number, bool? Flag) Apply(string function, IReadOnlyList<RefSpec> args, IndicatorData data, EvaluationRecord record, int part)
    {
        var year = record.Year;
        switch (function)
        {
            case "increased" or "decreased":
            {
                var now = ValueResolver.Read(data, year, args[0]);
                var before = ValueResolver.Read(data, year, args[0] with { Time = TimeShift.Previous });
                record.Record(part, now);
                record.Record(part, before);
                if (now.Number is not { } a || before.Number is not { } b)
                {
                    return (null, null);
                }

                return (null, function == "increased" ? a > b : a < b);
            }

            case "gap":
            {
                var women = ValueResolver.Read(data, year, args[0], "K");
                var men = ValueResolver.Read(data, year, args[0], "M");
                record.Record(part, women);
                record.Record(part, men);
                if (women.Number is not { } k || men.Number is not { } m)
                {
                    return (null, null);
                }

                try
                {
                    return (Math.Abs(k - m), null);
                }
                catch (OverflowException)
                {
                    // K and M of opposite sign near decimal's range: not a gap anyone reports, but never a crash.
                    record.Record(part, Resolved.Absent(EvaluationRecord.TooLarge));
                    return (null, null);
                }
            }

            default:
                return (Series(function, args[0], data, record, part), null);
        }
    }

    private static decimal? Series(string function, RefSpec spec, IndicatorData data, EvaluationRecord record, int part)
    {
        var observations = ValueResolver.Observations(data, record.Year, record.AsOf).ToList();
        if (observations.Count == 0)
        {
            record.Record(part, Resolved.Absent($"inga observationer av {spec.Indicator.Id} {record.Year}{(record.AsOf is { } d ? $" till och med {d:yyyy-MM-dd}" : string.Empty)}"));
            return null;
        }

        DatedValue chosen;
        switch (function)
        {
            case "min":
                chosen = observations.MinBy(o => o.Value);
                break;
            case "max":
                chosen = observations.MaxBy(o => o.Value);
                break;
            case "latest":
                chosen = observations[^1];
                break;
            default:
                var latest = observations[^1];
                var all = data.Series;
                var match = all.Where(o => o.Date.Year == latest.Date.Year - 1 && o.Date.Month == latest.Date.Month).ToList();
                if (match.Count == 0)
                {
                    record.Record(part, Resolved.Absent($"ingen observation av {spec.Indicator.Id} för {latest.Date.Month:00}/{latest.Date.Year - 1}"));
                    return null;
                }

                chosen = match[^1];
                break;
        }

        record.Record(part, new Resolved(chosen.Value, null, null, spec.Indicator.Id, null, null, chosen.Date, "values"));
        return chosen.Value;
    }
}
