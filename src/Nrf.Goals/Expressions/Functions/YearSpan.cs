namespace Nrf.Goals.Expressions.Functions;

/// <summary>
/// Consecutive years, first to last, both included: a rule set's validity (the plan period, <c>validity: {from, to}</c>)
/// or the years a window function reads (<c>sum_years(x, 3)</c> in 2023: 2021–2023).
/// </summary>
/// <param name="First">The first year.</param>
/// <param name="Last">The last year; not before <paramref name="First"/>.</param>
public readonly record struct YearSpan(int First, int Last)
{
    /// <summary>How many years the span holds.</summary>
    public int Count => Last - First + 1;

    /// <summary>The span as readers write it: <c>2021–2023</c>, or <c>2023</c> for one year.</summary>
    public override string ToString() => First == Last ? $"{First}" : $"{First}–{Last}";
}
