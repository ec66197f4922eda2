using System.Collections.Immutable;
using System.Text;
using Nrf.Goals.Words;

namespace Nrf.Goals.Reports;

/// <summary>
/// Numbers as typeset in documents made for reading (Markdown, HTML, DOCX): the spaces that group thousands
/// (<c>1 000 000</c>) and the space between a number and its unit (<c>60 800,25 tkr</c>, <c>14,0 %</c>) become
/// no-break spaces (U+00A0), so a table cell never wraps as "60 / 800,25 tkr" or "14,0 / %"; and a minus sign is the
/// minus sign (U+2212, <c>−45,2</c>), not the hyphen (<c>-45,2</c>) that files, JSON and terminals use.
/// </summary>
/// <remarks>
/// Done once on the finished <see cref="ReportDocument"/> rather than in <see cref="NumberText"/>: templates and
/// explanations quoted in reports come from evaluation, whose text JSON reports and the terminal keep with plain spaces
/// and hyphen-minus.
/// </remarks>
internal static class ReadingText
{
    /// <summary>The no-break space written inside numbers and between a number and its unit.</summary>
    public const char NoBreakSpace = '\u00A0';

    // The units the generated text writes itself (shares, money, distances from a target), in both languages.
    private static readonly string[] BuiltInUnits =
        ["%", "‰", "kr", "tkr", "mnkr", "mdkr", "st", "procent", "procentenhet", "procentenheter", "percentage point", "percentage points"];

    /// <summary>The minus sign of a document for reading: U+2212.</summary>
    public const char Minus = '\u2212';

    /// <summary>
    /// The document with every text passed through <see cref="KeepNumbersTogether(string, IReadOnlyList{string})"/> and
    /// <see cref="MinusSigns"/>, knowing the built-in units and <paramref name="units"/>.
    /// </summary>
    public static ReportDocument ForReading(ReportDocument document, IEnumerable<string?> units)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(units);
        var known = Units(units);
        return Map(document, text => MinusSigns(KeepNumbersTogether(text, known)));
    }

    /// <summary>
    /// The text with a hyphen-minus that makes a number negative written as the minus sign: "-45,2" and "(-3)" become
    /// "−45,2" and "(−3)"; a hyphen inside a word or between numbers ("40-åringar", "2014-2018", "T1-T2") stays.
    /// </summary>
    public static string MinusSigns(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.IndexOf('-', StringComparison.Ordinal) < 0)
        {
            return text;
        }

        var s = new StringBuilder(text);
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (text[i] == '-' && char.IsAsciiDigit(text[i + 1]) && (i == 0 || !(char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '-' or '_' or ',' or '.')))
            {
                s[i] = Minus;
            }
        }

        return s.ToString();
    }

    private static ReportDocument Map(ReportDocument document, Func<string, string> T)
    {
        var blocks = document.Blocks.Select(block => block switch
        {
            ReportHeading h => new ReportHeading(T(h.Text)),
            ReportParagraph p => new ReportParagraph(T(p.Text)),
            ReportList l => new ReportList([.. l.Items.Select(T)]),
            ReportTable t => t with
            {
                Headers = [.. t.Headers.Select(T)],
                Rows = [.. t.Rows.Select(row => row.Select(c => c with { Text = T(c.Text) }).ToImmutableArray())],
            },
            ReportChart c => c with { Title = T(c.Title), Bars = [.. c.Bars.Select(b => b with { Label = T(b.Label), ActualText = T(b.ActualText), TargetText = T(b.TargetText) })] },
            _ => block,
        }).ToImmutableArray();
        return new ReportDocument(T(document.Title), document.Language, blocks);
    }

    /// <summary>
    /// The text with no-break spaces inside grouped numbers (<c>1 000 000</c>: groups of three after one to three
    /// digits) and between a number and a following unit of <paramref name="units"/> (longest first). Other spaces stay.
    /// </summary>
    public static string KeepNumbersTogether(string text, IReadOnlyList<string> units)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(units);
        if (text.IndexOf(' ', StringComparison.Ordinal) < 0)
        {
            return text;
        }

        var s = new StringBuilder(text);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is ',' or '.')))
            {
                i++;
                continue;
            }

            // One linear scan per number: digits, then space-separated groups of three, then a decimal part, then a unit.
            var j = i;
            while (j < text.Length && char.IsAsciiDigit(text[j]))
            {
                j++;
            }

            if (j - i <= 3)
            {
                while (j + 3 < text.Length && text[j] == ' ' && IsGroup(text, j + 1))
                {
                    s[j] = NoBreakSpace;
                    j += 4;
                }
            }

            if (j + 1 < text.Length && text[j] == ',' && char.IsAsciiDigit(text[j + 1]))
            {
                j++;
                while (j < text.Length && char.IsAsciiDigit(text[j]))
                {
                    j++;
                }
            }

            if (j + 1 < text.Length && text[j] == ' ' && StartsWithUnit(text, j + 1, units))
            {
                s[j] = NoBreakSpace;
            }

            i = j;
        }

        return s.ToString();
    }

    /// <summary>Three digits at <paramref name="at"/> not followed by a fourth.</summary>
    private static bool IsGroup(string text, int at) =>
        char.IsAsciiDigit(text[at]) && char.IsAsciiDigit(text[at + 1]) && char.IsAsciiDigit(text[at + 2])
        && (at + 3 >= text.Length || !char.IsAsciiDigit(text[at + 3]));

    private static bool StartsWithUnit(string text, int at, IReadOnlyList<string> units)
    {
        foreach (var unit in units)
        {
            var end = at + unit.Length;
            // "kr" must not bind "krav", nor "st" "stora": a unit ending in a letter or digit must end the word.
            if (string.CompareOrdinal(text, at, unit, 0, unit.Length) == 0
                && (end >= text.Length || !char.IsLetterOrDigit(text[end]) || !char.IsLetterOrDigit(unit[^1])))
            {
                return true;
            }
        }

        return false;
    }

    private static ImmutableArray<string> Units(IEnumerable<string?> units) =>
    [
        .. BuiltInUnits.Concat(units.Where(u => !string.IsNullOrWhiteSpace(u) && u != "antal").Select(u => u!.Trim()))
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(u => u.Length)
            .ThenBy(u => u, StringComparer.Ordinal),
    ];
}
