namespace Nrf.Goals.Diagnostics;

/// <summary>
/// "Did you mean …?" for misspelt names: the candidate at the smallest edit distance (insertions, deletions,
/// substitutions), at most a third of the name's length (at least 2); on a tie the first in ordinal order.
/// </summary>
/// <remarks>
/// A file with many unknown names asks once per name, and comparing each with every candidate in full made 10 000
/// unknown keys against 1 000 indicators take 35 s. So a candidate is first ruled out cheaply where it can be — by its
/// length and by the letters it has that the name lacks (both lower bounds of the distance) — the distance is computed
/// only within the band the bound allows and abandoned as soon as a row exceeds it, and the bound shrinks to the best
/// distance found. Each call also has a fixed budget of work (<see cref="WorkBudget"/>), so the cost of a file stays
/// linear in its unknown names whatever the rule set; past the budget the best suggestion found so far is given.
/// </remarks>
public static class Suggestions
{
    /// <summary>
    /// The work one call may do, counted as characters of candidates looked at plus cells of distance tables filled.
    /// A rule set of 1 000 indicators with names of 20 characters uses about half of it; past it a call gives up, so
    /// 100 000 unknown names (what a 4 MiB values file can hold) against 40 000 indicators stay within seconds.
    /// </summary>
    internal const int WorkBudget = 50_000;

    // Letters are counted in 64 buckets (the low six bits): two letters sharing a bucket can only make the bound smaller,
    // so it stays a lower bound.
    private const int Buckets = 64;

    /// <summary>The candidate closest to <paramref name="word"/> within a third of its length (case-sensitive), or null.</summary>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(candidates);
        string? best = null;
        var bound = Math.Max(2, word.Length / 3);
        Span<int> wordLetters = stackalloc int[Buckets];
        foreach (var ch in word)
        {
            wordLetters[ch & (Buckets - 1)]++;
        }

        Span<int> letters = stackalloc int[Buckets];
        var rows = new DistanceRows();
        var work = 0;
        foreach (var candidate in candidates)
        {
            work += candidate.Length + 1;
            if (work > WorkBudget)
            {
                break;
            }

            if (Math.Abs(candidate.Length - word.Length) > bound || LetterBound(wordLetters, letters, word, candidate) > bound)
            {
                continue;
            }

            var distance = Distance(word, candidate, bound, rows, ref work);
            if (distance < bound || (distance == bound && (best is null || string.CompareOrdinal(candidate, best) < 0)))
            {
                best = candidate;
                bound = distance;
            }
        }

        return best;
    }

    /// <summary><c> (did you mean 'x'?)</c> for the closest candidate, to append to a message; empty when none is close.</summary>
    public static string DidYouMean(string word, IEnumerable<string> candidates) =>
        Closest(word, candidates) is { } s ? $" (did you mean '{s}'?)" : string.Empty;

    // Every letter the candidate has beyond the name's needs an insertion or substitution, and every one it lacks a
    // deletion or substitution; one substitution covers one of each, so the larger count is a lower bound.
    private static int LetterBound(ReadOnlySpan<int> wordLetters, Span<int> letters, string word, string candidate)
    {
        wordLetters.CopyTo(letters);
        int lacking = word.Length, extra = 0;
        foreach (var ch in candidate)
        {
            if (letters[ch & (Buckets - 1)]-- > 0)
            {
                lacking--;
            }
            else
            {
                extra++;
            }
        }

        return Math.Max(lacking, extra);
    }

    // Levenshtein distance when it is at most bound, otherwise bound + 1. Only cells with |i − j| ≤ bound can hold a
    // value within the bound, and a row whose smallest value exceeds it cannot lead back under it.
    private static int Distance(string a, string b, int bound, DistanceRows rows, ref int work)
    {
        var over = bound + 1;
        var (previous, current) = rows.For(b.Length);
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = Math.Min(j, over);
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var from = Math.Max(1, i - bound);
            var to = Math.Min(b.Length, i + bound);
            current[from - 1] = from == 1 ? Math.Min(i, over) : over;
            var rowMin = current[from - 1];
            for (var j = from; j <= to; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), Math.Min(previous[j - 1] + cost, over));
                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (to < b.Length)
            {
                // The next row reads this cell as the one above its last; outside the band it is over the bound.
                current[to + 1] = over;
            }

            work += to - from + 1;
            if (rowMin > bound)
            {
                return over;
            }

            (previous, current) = (current, previous);
        }

        return Math.Min(previous[b.Length], over);
    }

    // Two rows of the distance table, reused for every candidate of a call.
    private sealed class DistanceRows
    {
        private int[] _first = new int[32];
        private int[] _second = new int[32];

        public (int[] Previous, int[] Current) For(int length)
        {
            if (_first.Length <= length)
            {
                _first = new int[length + 1];
                _second = new int[length + 1];
            }

            return (_first, _second);
        }
    }
}
