using System.Text;

namespace Nrf.Goals.Cli.Kolada;

/// <summary>
/// A kommun's or region's name as a values document's entity (<c>Vårgårda</c> → <c>vargarda</c>, <c>Region Norrbotten</c>
/// → <c>region-norrbotten</c>), and whether a rule set's entity names it: so that a rule file for one kommun is not fed
/// another kommun's figures by a mistyped code.
/// </summary>
internal static class EntityNames
{
    /// <summary>The name in lower-case ASCII letters and digits, words joined by '-'; å, ä and ö as a, a and o.</summary>
    public static string Slug(string name)
    {
        var plain = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            var letter = Folded.IndexOf(c) is var i and >= 0 ? FoldedTo[i] : c;
            plain.Append(char.IsAsciiLetterOrDigit(letter) ? letter : '-');
        }

        return string.Join('-', plain.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
    }

    // The letters of Swedish place names beyond ASCII, and what a slug writes for each (the CLI runs with invariant
    // globalization, so Unicode decomposition is not at hand).
    private const string Folded = "åäàáâãæöøòóôõéèêëüùúûíìîïçñýÿ";
    private const string FoldedTo = "aaaaaaaooooooeeeeuuuuiiiicnyy";

    /// <summary>
    /// Whether <paramref name="entity"/> names the kommun or region <paramref name="title"/> with <paramref name="id"/>: its
    /// id, or its name in any case and with or without diacritics, "kommun" or "region".
    /// </summary>
    public static bool Names(string entity, string id, string title)
    {
        var e = Slug(entity);
        var t = Slug(title);
        return entity.Trim() == id || e == t || e == t + "-kommun" || "region-" + e == t || e == "region-" + t;
    }
}
