using Nrf.Goals.Expressions;

namespace Nrf.Goals.Diagnostics;

/// <summary>
/// The "did you mean …?" hint for a misspelt name, as every message of the library gives it: the known name at the
/// smallest edit distance, at most a third of the name's length (at least 2); on a tie the first in ordinal order. The
/// search has a fixed budget of work per call, so a file full of unknown names stays fast whatever the list of names.
/// </summary>
public static class DidYouMean
{
    /// <summary>
    /// <c> (did you mean 'K'?)</c> with the closest of <paramref name="candidates"/> to <paramref name="word"/>, to append to
    /// a message; empty when no candidate is close enough.
    /// </summary>
    public static string For(string word, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(candidates);
        return Suggestions.DidYouMean(word, candidates);
    }
}
