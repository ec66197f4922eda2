using System.Text;
using Nrf.Goals.Words;

namespace Nrf.Goals.Reports;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as a Markdown section (title at level 2, so it pastes under a chapter
/// heading). Charts are left out: Markdown has no charts, and the tables carry the same numbers.
/// Line endings are <c>\n</c> on every platform, so output is byte-identical for the same inputs.
/// </summary>
public static class MarkdownReport
{
    /// <summary>The document as Markdown text, ending with a newline.</summary>
    public static string Write(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var s = new StringBuilder();
        s.Append("## ").Append(Inline(document.Title)).Append('\n');
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case ReportHeading h:
                    s.Append("\n### ").Append(Inline(h.Text)).Append('\n');
                    break;
                case ReportParagraph p:
                    s.Append('\n').Append(Inline(p.Text)).Append('\n');
                    break;
                case ReportList l:
                    s.Append('\n');
                    foreach (var item in l.Items)
                    {
                        s.Append("- ").Append(Inline(item)).Append('\n');
                    }

                    break;
                case ReportTable t:
                    s.Append('\n');
                    Row(s, t.Headers);
                    s.Append('|').Append(string.Concat(t.Headers.Select(_ => "---|"))).Append('\n');
                    foreach (var row in t.Rows)
                    {
                        Row(s, row.Select(c => c.Text));
                    }

                    break;
            }
        }

        return s.ToString();
    }

    private static void Row(StringBuilder s, IEnumerable<string> cells)
    {
        s.Append('|');
        foreach (var cell in cells)
        {
            s.Append(' ').Append(Cell(cell)).Append(" |");
        }

        s.Append('\n');
    }

    private static string Cell(string text) => Escape(text, blockStart: false);

    private static string Inline(string text) => Escape(text, blockStart: true);

    // Rule files, values files (comments) and JSON reports are written by people other than the report's reader, so
    // their text must show as text: a title "[Klicka här](javascript:alert(1))" must not become a link, nor
    // "![](http://x/track.png)" an image that calls home when the report is opened. Every character CommonMark or GFM
    // gives a meaning inline is backslash-escaped (a backslash before ASCII punctuation always shows the character
    // alone), "&" included, so no entity reference is live. At the start of a paragraph or list item a leading "-",
    // "+", "=" or "1." would start a list or a rule, so those are escaped there too; "#" and "|" are escaped
    // everywhere, as a trailing " #" ends a heading and a "|" splits a table cell. Bidi and control characters go first
    // (DisplayText), and a line break becomes a space so user text cannot end the block it is in.
    private static string Escape(string text, bool blockStart)
    {
        var clean = DisplayText.Clean(text).ReplaceLineEndings(" ");
        var s = new StringBuilder(clean.Length + 8);
        for (var i = 0; i < clean.Length; i++)
        {
            var ch = clean[i];
            if (IsMarkup(ch) || (blockStart && i == 0 && ch is ('-' or '+' or '=')) || (blockStart && ch == '.' && IsListNumber(clean, i)))
            {
                s.Append('\\');
            }

            s.Append(ch);
        }

        return s.ToString();
    }

    // "&" too: "R&amp;D", "&copy;" or "&shy;&lrm;" would otherwise be live entity references that show as "R&D", "©"
    // or invisible characters; "\&amp;" shows as written.
    private static bool IsMarkup(char ch) =>
        ch is '\\' or '`' or '*' or '_' or '~' or '[' or ']' or '(' or ')' or '!' or '<' or '>' or '#' or '|' or '&';

    // "2023. Text" at the start of a block is an ordered list item (one to nine digits, then "." or ")").
    private static bool IsListNumber(string text, int dot) =>
        dot is >= 1 and <= 9 && text.AsSpan(0, dot).IndexOfAnyExceptInRange('0', '9') < 0;
}
