using Nrf.Goals.Results;
using Nrf.Goals.Words;

namespace Nrf.Goals.Expressions.Functions;

/// <summary>The sums and means the window functions make of a window's numbers, each once for the window over n years and over the plan period.</summary>
internal static class WindowMeasures
{
    /// <summary>Σ x.</summary>
    public static decimal Sum(ReadOnlySpan<decimal> values)
    {
        var sum = 0m;
        foreach (var value in values)
        {
            sum += value;
        }

        return sum;
    }

    /// <summary>Σ x / the number of years.</summary>
    public static decimal Mean(ReadOnlySpan<decimal> values) => Sum(values) / values.Length;

    /// <summary>
    /// Σ x·w / Σ w; null, with the reason, when a weight is negative (the mean would lie outside every x: net investments
    /// below zero in a year do not weigh that year's self-financing) or the weights sum to zero. The window ends in the
    /// assessed year.
    /// </summary>
    public static decimal? WeightedMean(ReadOnlySpan<decimal> values, ReadOnlySpan<decimal> weights, IReferenceReader reader)
    {
        var weighted = 0m;
        var total = 0m;
        for (var i = 0; i < values.Length; i++)
        {
            if (weights[i] < 0m)
            {
                var weight = reader.Arguments[1];
                reader.Missing(Reasons.NegativeWeight(weight.Indicator.Id, weight.Key, reader.Year - (values.Length - 1 - i)));
                return null;
            }

            weighted += values[i] * weights[i];
            total += weights[i];
        }

        if (total == 0m)
        {
            reader.Missing(Reasons.DivisionByZero);
            return null;
        }

        return weighted / total;
    }

    /// <summary><c>31 (2021) + 36,7 (2022) + 6,1 (2023)</c>.</summary>
    public static string SumTerms(IReadOnlyList<ValueUsed> values, IReadOnlyList<ValueUsed> weights, Func<ValueUsed, string> term, Func<ValueUsed, string> number) =>
        string.Join(" + ", values.Select(term));

    /// <summary><c>(31 (2021) + 36,7 (2022) + 6,1 (2023)) / 3</c>.</summary>
    public static string MeanTerms(IReadOnlyList<ValueUsed> values, IReadOnlyList<ValueUsed> weights, Func<ValueUsed, string> term, Func<ValueUsed, string> number) =>
        $"({SumTerms(values, weights, term, number)}) / {values.Count}";

    /// <summary><c>(90 × 40 (2021) + 76,9 × 50 (2022)) / (40 + 50)</c>: each year's x times its weight, over the weights.</summary>
    public static string WeightedMeanTerms(IReadOnlyList<ValueUsed> values, IReadOnlyList<ValueUsed> weights, Func<ValueUsed, string> term, Func<ValueUsed, string> number)
    {
        var products = values.Zip(weights, (x, w) => $"{number(x)} × {term(w)}");
        return $"({string.Join(" + ", products)}) / ({string.Join(" + ", weights.Select(number))})";
    }
}
