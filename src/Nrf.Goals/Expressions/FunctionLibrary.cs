using System.Collections.Immutable;
using Nrf.Goals.Expressions.Functions;

namespace Nrf.Goals.Expressions;

/// <summary>
/// The documented functions of the rule language — the only calls an expression may make.
/// README's "Functions" table is written from <see cref="All"/>. Each function is one class in <c>Expressions/Functions</c>.
/// </summary>
public static class FunctionLibrary
{
    /// <summary><c>previous(x)</c>, which <c>increased</c> and <c>decreased</c> compare with.</summary>
    internal static readonly TimeShiftFunction Previous = new PreviousFunction();

    private static readonly ImmutableSortedDictionary<string, CriterionFunction> Functions = new CriterionFunction[]
    {
        new AbsFunction(),
        new ExtremeFunction(lowest: true),
        new ExtremeFunction(lowest: false),
        new LatestFunction(),
        new SamePeriodLastYearFunction(),
        Previous,
        new PreviousMeasurementFunction(),
        new AtFunction(),
        new BaselineFunction(),
        new ChangeFunction(up: true),
        new ChangeFunction(up: false),
        new GapFunction(),
        new SumYearsFunction(),
        new MeanYearsFunction(),
        new WeightedMeanYearsFunction(),
        new SumPeriodFunction(),
        new MeanPeriodFunction(),
        new WeightedMeanPeriodFunction(),
    }.ToImmutableSortedDictionary(f => f.Name, f => f, StringComparer.Ordinal);

    /// <summary>Every function, by name.</summary>
    public static ImmutableSortedDictionary<string, FunctionInfo> All { get; } =
        Functions.ToImmutableSortedDictionary(f => f.Key, f => new FunctionInfo(f.Value.Name, f.Value.Signature, f.Value.Description), StringComparer.Ordinal);

    /// <summary>The function <paramref name="name"/>, or null: what a checked call of it means (see <see cref="CriterionFunction"/>).</summary>
    public static CriterionFunction? Find(string name) => Functions.GetValueOrDefault(name);

    /// <summary>Functions that turn an indicator reference into another year of it (or its baseline).</summary>
    internal static bool IsTimeShift(string name) => Find(name) is TimeShiftFunction;
}

/// <summary>One documented function.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Signature">How it is called.</param>
/// <param name="Description">What it returns, in one line.</param>
public sealed record FunctionInfo(string Name, string Signature, string Description);
