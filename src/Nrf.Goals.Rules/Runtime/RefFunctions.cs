using Nrf.Goals.Results;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Values;

namespace Nrf.Goals.Rules.Runtime;

/// <summary>The documented functions of references: increased, decreased, gap and the functions of dated series.</summary>
internal static class RefFunctions
{
    public static (decimal? Number, bool? Flag) Apply(string function, IReadOnlyList<RefSpec> args, ValuesDocument values, EvaluationContext context, int rule)
    {
        switch (function)
        {
            case "increased" or "decreased":
            {
                var now = ValueResolver.Read(values, args[0]);
                var before = ValueResolver.Read(values, args[0] with { Time = TimeShift.Previous });
                context.Record(rule, now);
                context.Record(rule, before);
                if (now.Number is not { } a || before.Number is not { } b)
                {
                    return (null, null);
                }

                return (null, function == "increased" ? a > b : a < b);
            }

            case "gap":
            {
                var women = ValueResolver.Read(values, args[0], "K");
                var men = ValueResolver.Read(values, args[0], "M");
                context.Record(rule, women);
                context.Record(rule, men);
                return women.Number is { } k && men.Number is { } m ? (Math.Abs(k - m), null) : (null, null);
            }

            default:
                return (Series(function, args[0], values, context, rule), null);
        }
    }

    private static decimal? Series(string function, RefSpec spec, ValuesDocument values, EvaluationContext context, int rule)
    {
        var observations = ValueResolver.Observations(values, spec.Indicator).ToList();
        if (observations.Count == 0)
        {
            context.Record(rule, Resolved.Absent($"inga observationer av {spec.Indicator.Id} {values.Year}{(values.AsOf is { } d ? $" till och med {d:yyyy-MM-dd}" : string.Empty)}"));
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
                var all = (values.Find(spec.Indicator.Id) ?? IndicatorData.Empty).Series;
                var match = all.Where(o => o.Date.Year == latest.Date.Year - 1 && o.Date.Month == latest.Date.Month).ToList();
                if (match.Count == 0)
                {
                    context.Record(rule, Resolved.Absent($"ingen observation av {spec.Indicator.Id} för {latest.Date.Month:00}/{latest.Date.Year - 1}"));
                    return null;
                }

                chosen = match[^1];
                break;
        }

        context.Record(rule, new Resolved(chosen.Value, null, null, spec.Indicator.Id, null, null, chosen.Date, "values"));
        return chosen.Value;
    }
}
