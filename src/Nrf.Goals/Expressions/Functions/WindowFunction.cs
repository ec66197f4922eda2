using Nrf.Goals.Results;
using Nrf.Goals.Words;

namespace Nrf.Goals.Expressions.Functions;

/// <summary>
/// A function over a window of years, ending with the assessed year: the last <c>n</c> years (<c>sum_years(x, n)</c>)
/// or the rule set's plan period up to the assessed year (<c>sum_period(x)</c>). It reads x (and a weight w) in every
/// year of the window, each as its own value — in a delårsrapport the assessed year's number is the forecast and takes
/// part — and combines them (<see cref="Combine"/>). A year the values do not give makes the call not evaluable with
/// that year named: never a sum of the years that happen to be there.
/// </summary>
/// <remarks>
/// A ratio of two windows is a ratio of sums — <c>sum_years(resultat, 3) / sum_years(skatter, 3) * 100</c> is
/// Σ resultat / Σ skatter, what "Resultatet ska under en treårsperiod i snitt uppgå till minst 2 % av skatteintäkter"
/// means — not the mean of three per cents.
/// </remarks>
internal abstract class WindowFunction : CriterionFunction
{
    /// <summary>The most years a window over the last n years may read.</summary>
    private const int MostYears = 50;

    /// <summary>True for a window over the rule set's plan period; false for one over the last n years (n the last argument).</summary>
    protected abstract bool OverPlanPeriod { get; }

    /// <summary>True when the function takes a weight after x (<c>weighted_mean_years(x, w, n)</c>).</summary>
    protected virtual bool Weighted => false;

    /// <summary>What the function makes of the window's numbers, in a few words after the years: <c>sammanlagt</c>, <c>i snitt</c>.</summary>
    protected abstract string Measure(bool swedish);

    /// <summary>
    /// The call's number from the window's values, oldest year first (<paramref name="weights"/> empty unless
    /// <see cref="Weighted"/>); null after telling <paramref name="reader"/> why there is none (a division by zero).
    /// Overflow is caught by the caller.
    /// </summary>
    protected abstract decimal? Combine(ReadOnlySpan<decimal> values, ReadOnlySpan<decimal> weights, IReferenceReader reader);

    /// <summary>The terms of <see cref="Terms(CallExpr, IReadOnlyList{ValueUsed}, Func{ValueUsed, string}, Func{ValueUsed, string})"/> from x's and w's values, each oldest year first.</summary>
    protected abstract string Terms(IReadOnlyList<ValueUsed> values, IReadOnlyList<ValueUsed> weights, Func<ValueUsed, string> term, Func<ValueUsed, string> number);

    public sealed override bool IsWindow => true;

    public sealed override string Terms(CallExpr call, IReadOnlyList<ValueUsed> read, Func<ValueUsed, string> term, Func<ValueUsed, string> number)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(read);
        return Terms(Of(call.Arguments[0]), Weighted ? Of(call.Arguments[1]) : [], term, number);

        // A weight of the same indicator as x (weighted_mean_years(x, x, 3)) is the same values.
        List<ValueUsed> Of(Expr argument) => argument is IndicatorRef r
            ? read.Where(u => u.Indicator == r.Indicator && u.Key == r.Key).OrderBy(u => u.Year).ToList()
            : [];
    }

    public sealed override FunctionForm Form(CallExpr call) => FunctionForm.OfReferences;

    internal sealed override ExprType Bind(CallBinding call)
    {
        var indicators = Weighted ? 2 : 1;
        if (!call.Arity(indicators + (OverPlanPeriod ? 0 : 1)))
        {
            return ExprType.Unknown;
        }

        var ok = true;
        for (var i = 0; i < indicators; i++)
        {
            ok &= call.RequireIndicator(i) && call.Require(call[i], ExprType.Number);
        }

        if (!OverPlanPeriod && (call[indicators] is not NumberLiteral { Value: var n } || !IsYears(n)))
        {
            call.Error(call[indicators], $"the last argument of {Name} is how many years the window holds, a whole number from 1 to {MostYears}: {Signature.Replace(", n)", ", 3)", StringComparison.Ordinal)}");
            ok = false;
        }

        return ok ? ExprType.Number : ExprType.Unknown;
    }

    private static bool IsYears(decimal n) => n == decimal.Truncate(n) && n is >= 1 and <= MostYears;

    public sealed override YearSpan? Window(CallExpr call, int year, YearSpan validity)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (OverPlanPeriod)
        {
            // A report for a year outside the plan period has no window over it: before it nothing is summed yet, after it
            // the period's sum is not the assessed year's.
            return year < validity.First || year > validity.Last ? null : new YearSpan(validity.First, year);
        }

        var n = (int)((NumberLiteral)call.Arguments[^1]).Value;
        return new YearSpan(year - n + 1, year);
    }

    public sealed override (decimal? Number, bool? Flag) Apply(IReferenceReader reader)
    {
        if (Window(reader.Call, reader.Year, reader.Validity) is not { } window)
        {
            reader.Missing(reader.Year < reader.Validity.First
                ? Reasons.BeforePlanPeriod(reader.Year, reader.Validity.First, reader.Validity.Last)
                : Reasons.AfterPlanPeriod(reader.Year, reader.Validity.First, reader.Validity.Last));
            return (null, null);
        }

        // A window of the last n years holds at most 50; a plan period may be long (validity 1000–9999), so it goes to the heap.
        var count = window.Count;
        Span<decimal> values = count <= MostYears ? stackalloc decimal[count] : new decimal[count];
        Span<decimal> weights = !Weighted ? [] : count <= MostYears ? stackalloc decimal[count] : new decimal[count];
        var missing = Read(reader, 0, window, values);
        if (Weighted)
        {
            var missingWeights = Read(reader, 1, window, weights);
            missing = missing is null ? missingWeights : missingWeights is null ? missing : $"{missing}; {missingWeights}";
        }

        if (missing is not null)
        {
            reader.Missing(missing);
            return (null, null);
        }

        try
        {
            return (Combine(values, weights, reader), null);
        }
        catch (OverflowException)
        {
            reader.Missing(Reasons.TooLarge);
            return (null, null);
        }
    }

    /// <summary>Reads argument <paramref name="argument"/> in every year of <paramref name="window"/> into <paramref name="into"/>; the reason naming the years missing, or null.</summary>
    private static string? Read(IReferenceReader reader, int argument, YearSpan window, Span<decimal> into)
    {
        var reference = reader.Arguments[argument];
        var data = reader.DataOf(argument);
        List<int>? unstated = null;
        string? stated = null;
        for (var year = window.First; year <= window.Last; year++)
        {
            var value = reference.ReadYear(data, year, reader.Year);
            if (value.Number is { } number)
            {
                into[year - window.First] = number;
                reader.Record(value);
            }
            else if (stated is null && Reasons.StatedWhy(value.Missing) is not null)
            {
                // A year the document says is missing, and why (saknas i Kolada), keeps its reason: the report says why.
                stated = value.Missing;
            }
            else
            {
                (unstated ??= []).Add(year);
            }
        }

        var named = unstated is null ? null : Reasons.ValueMissing(reference.Indicator.Id, reference.Key, unstated);
        return (stated, named) switch
        {
            (null, _) => named,
            (_, null) => stated,
            _ => $"{stated}; {named}",
        };
    }

    /// <summary>
    /// "resultat 2021–2023 sammanlagt 73,8 mnkr (2023 prognos)"; over a plan period not yet over, "2023–2024 sammanlagt
    /// 120 mnkr (planperioden 2023–2025 är inte slut)". Without a value, the years and what they include alone — what a
    /// ratio of two windows is read with ("2021–2023: 3,0 % av skatteintäkter …").
    /// </summary>
    public sealed override string Read(CallReading call)
    {
        var notes = new List<string>(2);
        if (call.Window is { } window && call.IsForecast)
        {
            notes.Add(call.IsSwedish ? $"{window.Last} prognos" : $"{window.Last} forecast");
        }

        if (OverPlanPeriod && call.Window is { } w && call.Validity is { } period && w.Last < period.Last)
        {
            notes.Add(call.IsSwedish ? $"planperioden {period} är inte slut" : $"the plan period {period} is not over");
        }

        var years = call.Window is { } span ? span.ToString() : string.Empty;

        // A window of one year (the first year of a plan period) is that year's value: no sum or average of one number.
        var single = call.Window is { Count: 1 };
        var head = string.Join(' ', new[] { call.Subject, years }.Where(s => s.Length > 0));
        var text = call.Value is not { } v ? head
            : single ? (head.Length == 0 ? v : $"{head}: {v}")
            : string.Join(' ', new[] { head, Measure(call.IsSwedish), v }.Where(s => s.Length > 0));
        return notes.Count == 0 ? text : $"{text} ({string.Join("; ", notes)})";
    }
}
