namespace Nrf.Goals.Rules.Evaluation;

/// <summary>The values a goal's rule computed for its shown parts (a monitor's values, the explanation's placeholders), by part.</summary>
/// <param name="Parts">The shown parts, in the order of <paramref name="Values"/>.</param>
/// <param name="Values">Each part's value (a boxed <c>decimal</c> or <c>bool</c>); null where missing or not computed.</param>
internal readonly record struct ShownValues(int[] Parts, object?[] Values)
{
    /// <summary>The value of shown part <paramref name="part"/>; null when it has none.</summary>
    public object? Of(int part)
    {
        // A goal shows a handful of values: a linear search is cheaper than any index.
        for (var i = 0; i < Parts.Length; i++)
        {
            if (Parts[i] == part)
            {
                return Values[i];
            }
        }

        return null;
    }
}
