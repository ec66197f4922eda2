using System.Collections.Immutable;

namespace Nrf.Goals.Expressions;

/// <summary>
/// The documented functions of the rule language — the only calls an expression may make.
/// README's "Functions" table is written from <see cref="All"/>.
/// </summary>
public static class FunctionLibrary
{
    /// <summary>Every function, by name.</summary>
    public static ImmutableSortedDictionary<string, FunctionInfo> All { get; } = new[]
    {
        new FunctionInfo("abs", "abs(n)", "the absolute value of a number"),
        new FunctionInfo("min", "min(a, b, …) | min(series)", "the smallest of the numbers, or the lowest observation of a dated series in the assessed year (up to asOf)"),
        new FunctionInfo("max", "max(a, b, …) | max(series)", "the largest of the numbers, or the highest observation of a dated series in the assessed year (up to asOf)"),
        new FunctionInfo("latest", "latest(series)", "the last observation of a dated series in the assessed year (up to asOf)"),
        new FunctionInfo("same_period_last_year", "same_period_last_year(series)", "the observation one year before latest(series), same month"),
        new FunctionInfo("previous", "previous(x)", "x in the year before the assessed year"),
        new FunctionInfo("previous_measurement", "previous_measurement(x)", "x in the latest earlier year that has a value (for measurements not made every year)"),
        new FunctionInfo("at", "at(x, year)", "x in a given year, e.g. at(x, 2018)"),
        new FunctionInfo("baseline", "baseline(x)", "the ingångsvärde (baseline) the rule file declares for x"),
        new FunctionInfo("increased", "increased(x)", "x is higher than previous(x)"),
        new FunctionInfo("decreased", "decreased(x)", "x is lower than previous(x)"),
        new FunctionInfo("gap", "gap(x)", "abs(x[K] - x[M]): the gap between women and men (girls and boys)"),
    }.ToImmutableSortedDictionary(f => f.Name, f => f, StringComparer.Ordinal);

    /// <summary>Functions that turn an indicator reference into another year of it (or its baseline).</summary>
    internal static bool IsTimeShift(string name) => name is "previous" or "previous_measurement" or "at" or "baseline";
}

/// <summary>One documented function.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Signature">How it is called.</param>
/// <param name="Description">What it returns, in one line.</param>
public sealed record FunctionInfo(string Name, string Signature, string Description);
