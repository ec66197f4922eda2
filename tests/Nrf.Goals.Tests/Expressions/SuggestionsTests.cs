using Nrf.Goals.Diagnostics;
using Nrf.Goals.Expressions;

namespace Nrf.Goals.Tests.Expressions;

/// <summary>
/// "Did you mean" gives the suggestions it gave when it compared every candidate in full, and one call stops at its
/// work budget, so a file with many unknown names against a large rule set stays linear (issue 15: 10 000 unknown keys
/// against 1 000 indicators took 35 s).
/// </summary>
public sealed class SuggestionsTests
{
    [Fact]
    public void Closest_RandomNamesAndCandidates_SameAsComparingEveryCandidateInFull()
    {
        var random = new Random(15);
        for (var trial = 0; trial < 2_000; trial++)
        {
            var word = Name(random);
            var candidates = Enumerable.Range(0, random.Next(1, 40)).Select(_ => random.Next(3) == 0 ? Mutate(word, random) : Name(random)).ToList();

            Suggestions.Closest(word, candidates).Should().Be(FullComparison(word, candidates), $"'{word}' against {string.Join(", ", candidates)}");
        }
    }

    [Fact]
    public void Closest_EqualDistances_FirstInOrdinalOrderWhateverTheOrderGiven()
    {
        Suggestions.Closest("equity_x", ["equity_z", "equity_b", "equity_y"]).Should().Be("equity_b");
    }

    [Fact]
    public void Closest_NothingWithinAThirdOfTheLength_NoSuggestion()
    {
        Suggestions.Closest("bg_meetings_quorate", ["bank_balance_sek", "website_visitors"]).Should().BeNull();
    }

    [Fact]
    public void Closest_MillionCandidates_LooksAtNoMoreThanItsBudgetAllows()
    {
        var pulled = 0;
        IEnumerable<string> Candidates()
        {
            for (var i = 0; i < 1_000_000; i++)
            {
                pulled++;
                yield return $"indicator_{i:D7}";
            }
        }

        Suggestions.Closest("indicatr_0000001", Candidates()).Should().Be("indicator_0000001");
        pulled.Should().BeLessThanOrEqualTo((Suggestions.WorkBudget / "indicator_0000000".Length) + 1);
    }

    private static string Name(Random random) =>
        new(Enumerable.Range(0, random.Next(0, 25)).Select(_ => "abc_de"[random.Next(6)]).ToArray());

    private static string Mutate(string word, Random random)
    {
        var chars = word.ToList();
        for (var edits = random.Next(1, 6); edits > 0; edits--)
        {
            var at = random.Next(chars.Count + 1);
            switch (random.Next(3))
            {
                case 0:
                    chars.Insert(at, "abc_de"[random.Next(6)]);
                    break;
                case 1 when at < chars.Count:
                    chars.RemoveAt(at);
                    break;
                default:
                    if (at < chars.Count)
                    {
                        chars[at] = "abc_de"[random.Next(6)];
                    }

                    break;
            }
        }

        return new string(chars.ToArray());
    }

    // The algorithm before issue 15: every candidate in ordinal order, the full table, the first strictly closer wins.
    private static string? FullComparison(string word, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = Math.Max(2, word.Length / 3) + 1;
        foreach (var candidate in candidates.OrderBy(c => c, StringComparer.Ordinal))
        {
            var d = new int[word.Length + 1, candidate.Length + 1];
            for (var i = 0; i <= word.Length; i++)
            {
                d[i, 0] = i;
            }

            for (var j = 0; j <= candidate.Length; j++)
            {
                d[0, j] = j;
            }

            for (var i = 1; i <= word.Length; i++)
            {
                for (var j = 1; j <= candidate.Length; j++)
                {
                    d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (word[i - 1] == candidate[j - 1] ? 0 : 1));
                }
            }

            if (d[word.Length, candidate.Length] < bestDistance)
            {
                best = candidate;
                bestDistance = d[word.Length, candidate.Length];
            }
        }

        return best;
    }
}
