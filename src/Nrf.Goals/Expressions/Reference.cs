using Nrf.Goals.Expressions.Functions;
using Nrf.Goals.Model;
using Nrf.Goals.Values;
using Nrf.Goals.Words;

namespace Nrf.Goals.Expressions;

/// <summary>
/// A checked indicator reference as evaluation reads it — the indicator, an optional breakdown key, and which year (or
/// the baseline) a time shift makes it read — and the one place that says what it reads in a report's values.
/// </summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Key">The breakdown key, if selected.</param>
/// <param name="Shift">The time-shift function it is wrapped in (<c>previous</c>, <c>at</c>, <c>baseline</c> …); null for the assessed year.</param>
/// <param name="AtYear">The year an <c>at(x, year)</c> names; 0 otherwise.</param>
public sealed record Reference(Indicator Indicator, string? Key, CriterionFunction? Shift, int AtYear)
{
    /// <summary>Whether the reference reads the rule file's baseline rather than the report.</summary>
    public bool ReadsBaseline => Shift?.ReadsBaseline == true;

    /// <summary>The reference of a checked node: an indicator (with its key) or a time shift of one, e.g. <c>previous(x[K])</c>.</summary>
    /// <exception cref="ArgumentException"><paramref name="expr"/> is neither.</exception>
    public static Reference Of(Expr expr, Func<string, Indicator> indicator)
    {
        ArgumentNullException.ThrowIfNull(expr);
        ArgumentNullException.ThrowIfNull(indicator);
        return expr switch
        {
            IndicatorRef r => new Reference(indicator(r.Indicator), r.Key, null, 0),
            CallExpr { Arguments: [IndicatorRef inner, ..] } c when FunctionLibrary.Find(c.Function) is { } shift && shift.Form(c) == FunctionForm.TimeShift =>
                new Reference(indicator(inner.Indicator), inner.Key, shift, shift.AtYear(c)),
            _ => throw new ArgumentException("Only indicator references and their time shifts are references.", nameof(expr)),
        };
    }

    /// <summary>The year the reference reads in a report for <paramref name="year"/>; null when its time shift finds none (no previous measurement).</summary>
    public int? YearOf(int year, IndicatorData data, string? key) => Shift is { } shift ? shift.YearOf(year, data, this, key) : year;

    /// <summary>
    /// What the reference reads in <paramref name="data"/> (what a report gives for its indicator) when <paramref name="year"/>
    /// is assessed: the year it names, a breakdown key, the baseline, or the indicator's default — or why it is missing.
    /// </summary>
    /// <param name="data">What was reported for the indicator (empty when nothing was).</param>
    /// <param name="year">The assessed year.</param>
    /// <param name="key">A breakdown key that replaces the reference's own (<c>gap</c> reads K and M).</param>
    public ReferenceValue Read(IndicatorData data, int year, string? key = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        key ??= Key;
        if (ReadsBaseline)
        {
            return ReadBaseline(key);
        }

        // The year comes from the reference as written: gap(previous_measurement(x)) reads K and M of one measurement.
        if (YearOf(year, data, Key) is not { } y)
        {
            return ReferenceValue.Absent(Reasons.NoEarlierMeasurement(Indicator.Id, Key, year));
        }

        if (Indicator.Type == IndicatorValueType.YesNo)
        {
            return data.Flags.TryGetValue(y, out var flag)
                ? new ReferenceValue(null, flag, null, Indicator.Id, y, key, null, ReferenceValue.FromValues, data.CommentOn(y, key, null))
                : Missing(data, key, y);
        }

        return ReadNumber(data, y, key, defaultApplies: Shift is null);
    }

    /// <summary>
    /// What the reference reads in <paramref name="year"/> itself — one year of a window over years
    /// (<c>sum_years(x, 3)</c>) — in a report for <paramref name="assessedYear"/>: its number for that year, or why it
    /// is missing. The indicator's default stands in for the assessed year only, as for the reference alone.
    /// </summary>
    /// <param name="data">What was reported for the indicator (empty when nothing was).</param>
    /// <param name="year">The year to read.</param>
    /// <param name="assessedYear">The assessed year.</param>
    public ReferenceValue ReadYear(IndicatorData data, int year, int assessedYear)
    {
        ArgumentNullException.ThrowIfNull(data);
        return ReadNumber(data, year, Key, defaultApplies: year == assessedYear);
    }

    private ReferenceValue ReadNumber(IndicatorData data, int y, string? key, bool defaultApplies)
    {
        if (key is not null)
        {
            return data.Keyed.TryGetValue(y, out var keyed) && keyed.TryGetValue(key, out var kv)
                ? new ReferenceValue(kv, null, null, Indicator.Id, y, key, null, ReferenceValue.FromValues, data.CommentOn(y, key, null))
                : Missing(data, key, y);
        }

        if (data.Years.TryGetValue(y, out var number))
        {
            return new ReferenceValue(number, null, null, Indicator.Id, y, null, null, ReferenceValue.FromValues, data.CommentOn(y, null, null));
        }

        // A default stands in for the assessed year only: an absent approved deficit is 0, but an absent earlier year
        // stays missing so that increased(x) is not evaluable rather than judged against the default. A value the
        // document says is missing (saknas i Kolada) is not absent but unknown: the default never stands in for it.
        return Indicator.Default is { } fallback && defaultApplies && data.WhyMissing(y, null) is null
            ? new ReferenceValue(fallback, null, null, Indicator.Id, y, null, null, ReferenceValue.FromDefault)
            : Missing(data, null, y);
    }

    /// <summary>Nothing read for <paramref name="year"/> and <paramref name="key"/>: with the reason the document states, else "värde saknas".</summary>
    private ReferenceValue Missing(IndicatorData data, string? key, int year) =>
        ReferenceValue.Absent(data.WhyMissing(year, key) is { } why
            ? Reasons.ValueMissingBecause(why, Indicator.Id, key, year)
            : Reasons.ValueMissing(Indicator.Id, key, year));

    private ReferenceValue ReadBaseline(string? key)
    {
        var baseline = Indicator.Baseline;
        decimal? value = key is null ? baseline?.Value : baseline is not null && baseline.ByKey.TryGetValue(key, out var v) ? v : null;
        return value is { } found
            ? new ReferenceValue(found, null, null, Indicator.Id, baseline!.Year, key, null, ReferenceValue.FromBaseline)
            : ReferenceValue.Absent(Reasons.BaselineMissing(Indicator.Id, key));
    }
}
