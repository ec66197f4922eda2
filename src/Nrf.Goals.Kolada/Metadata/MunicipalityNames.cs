namespace Nrf.Goals.Kolada;

/// <summary>
/// "Did you mean …?" for a misspelt kommun or region name. The core has the same lookup for indicator names
/// (<c>Suggestions.DidYouMean</c>, internal for now); once it is public, <see cref="DidYouMean"/> calls it instead, and
/// this class goes.
/// </summary>
internal static class MunicipalityNames
{
    /// <summary>" (did you mean 'X'?)" for the title closest to <paramref name="name"/>, or empty when none is close.</summary>
    internal static string DidYouMean(string name, IEnumerable<string> titles) =>
        Closest(name, titles) is { } s ? $" (did you mean '{s}'?)" : string.Empty;

    /// <summary>
    /// The title at the smallest edit distance from <paramref name="name"/>, ignoring case, at most a third of the name's
    /// length (at least 2); on a tie the first in ordinal order — the core's rule. A few hundred titles make this cheap.
    /// </summary>
    internal static string? Closest(string name, IEnumerable<string> titles)
    {
        var word = name.ToLowerInvariant();
        var bound = Math.Max(2, word.Length / 3);
        string? best = null;
        foreach (var title in titles)
        {
            var candidate = title.ToLowerInvariant();
            if (Math.Abs(candidate.Length - word.Length) > bound)
            {
                continue;
            }

            var distance = Distance(word, candidate);
            if (distance < bound || (distance == bound && (best is null || string.CompareOrdinal(title, best) < 0)))
            {
                best = title;
                bound = distance;
            }
        }

        return best;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
