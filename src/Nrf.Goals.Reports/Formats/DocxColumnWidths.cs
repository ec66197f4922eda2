using System.Collections.Immutable;

namespace Nrf.Goals.Reports;

/// <summary>
/// Column widths of a DOCX table that fit its content: every column at least as wide as its longest word (a number
/// with its unit is one word, its spaces being no-break spaces), the rest of the width shared as the table asks
/// (<see cref="ReportTable.ColumnWidths"/>) or else a wide first column for the goal's title.
/// </summary>
/// <remarks>
/// Word is not asked to measure: a fixed layout with explicit widths is what keeps LibreOffice and Word from squeezing
/// columns until words break mid-word, so the widths are estimated here from the text at the table font's size.
/// </remarks>
internal static class DocxColumnWidths
{
    /// <summary>
    /// Twentieths of a point a character of the 9-point table text takes: Calibri's average for Swedish words and
    /// digits is about 4,3 pt; 4,5 leaves room for bold status words and wide letters.
    /// </summary>
    public const int CharWidth = 90;

    /// <summary>The cell's left and right margins (TableGrid style), which the text cannot use.</summary>
    public const int CellMargins = 2 * 80;

    /// <summary>
    /// Widths in twentieths of a point summing to <paramref name="textWidth"/>, or null when the longest words alone
    /// need more than that (the caller then gives the table a landscape page).
    /// </summary>
    public static int[]? Fit(ReportTable t, int textWidth)
    {
        var minimum = Enumerable.Range(0, t.Headers.Length).Select(i => Minimum(t, i)).ToArray();
        if (minimum.Sum() > textWidth)
        {
            return null;
        }

        var widths = Preferred(t, textWidth);
        // Widen the columns that are too narrow, taking the room from the others in proportion to what they can spare;
        // the widths sum to the text width, which the minimums fit in, so the others can spare enough.
        var lacking = widths.Select((w, i) => Math.Max(0, minimum[i] - w)).Sum();
        if (lacking > 0)
        {
            var spare = widths.Select((w, i) => Math.Max(0, w - minimum[i])).ToArray();
            var total = spare.Sum();
            for (var i = 0; i < widths.Length; i++)
            {
                widths[i] = Math.Max(minimum[i], widths[i] - (int)(((long)spare[i] * lacking) + total - 1) / total);
            }
        }

        // Rounding leaves a few twips; the column with the most room takes them so the grid fills the width.
        widths[MostRoom(widths, minimum)] += textWidth - widths.Sum();
        return widths;
    }

    /// <summary>Word's most columns in a table (Word specifications and limits: 63).</summary>
    public const int MostColumns = 63;

    /// <summary>
    /// The table as it fits <paramref name="textWidth"/>: itself when it does, otherwise tables of its first column (the
    /// row's name) and as many of the others, in order, as fit beside it at the width of their longest words — never
    /// more than Word's <see cref="MostColumns"/> — so that seventy reports side by side become tables one below the other
    /// instead of 71 columns 1,8 mm wide.
    /// </summary>
    public static IEnumerable<ReportTable> Split(ReportTable t, int textWidth)
    {
        if (t.Headers.Length <= MostColumns && Fit(t, textWidth) is not null)
        {
            yield return t;
            yield break;
        }

        var first = Minimum(t, 0);
        var next = 1;
        while (next < t.Headers.Length)
        {
            var columns = new List<int> { 0 };
            var used = first;
            while (next < t.Headers.Length && columns.Count < MostColumns)
            {
                var needed = Minimum(t, next);
                if (columns.Count > 1 && used + needed > textWidth)
                {
                    break;
                }

                columns.Add(next);
                used += needed;
                next++;
            }

            yield return new ReportTable([.. columns.Select(c => t.Headers[c])], [.. t.Rows.Select(r => columns.Select(c => r[c]).ToImmutableArray())]);
        }
    }

    private static int MostRoom(int[] widths, int[] minimum)
    {
        var best = 0;
        for (var i = 1; i < widths.Length; i++)
        {
            if (widths[i] - minimum[i] > widths[best] - minimum[best])
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>The width the longest word of column <paramref name="column"/> needs, header included.</summary>
    public static int Minimum(ReportTable t, int column)
    {
        var longest = t.Rows.Select(r => r[column].Text).Prepend(t.Headers[column]).Max(LongestWord);
        return (longest * CharWidth) + CellMargins;
    }

    /// <summary>The length of the longest run of text a line cannot break: words are split at spaces and after hyphens.</summary>
    public static int LongestWord(string text) =>
        text.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(word => word.Split('-'))
            .Select(part => part.Length + 1)
            .DefaultIfEmpty(0)
            .Max();

    /// <summary>The table's own per-cent widths, or else a wide first column and at most 15 % for each other.</summary>
    private static int[] Preferred(ReportTable t, int textWidth)
    {
        var count = t.Headers.Length;
        decimal[] percents;
        if (!t.ColumnWidths.IsDefaultOrEmpty && t.ColumnWidths.Length == count)
        {
            percents = [.. t.ColumnWidths.Select(p => (decimal)p)];
        }
        else
        {
            var other = count == 1 ? 0m : Math.Min(15m, 60m / (count - 1));
            percents = [100m - (other * (count - 1)), .. Enumerable.Repeat(other, count - 1)];
        }

        var total = percents.Sum();
        var widths = percents.Select(p => (int)(textWidth * p / total)).ToArray();
        widths[0] += textWidth - widths.Sum();
        return widths;
    }
}
