using System.Text;

namespace Nrf.Goals.Reporting;

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

    private static string Cell(string text) => Inline(text).Replace("|", "\\|", StringComparison.Ordinal);

    // Rule-file text may hold characters Markdown would read as markup; escape the few that change meaning in running
    // text. Underscores inside indicator ids and brackets without a link target are left alone (GFM reads them as text).
    private static string Inline(string text)
    {
        var s = new StringBuilder(text.Length);
        foreach (var ch in text.ReplaceLineEndings(" "))
        {
            if (ch is '\\' or '*' or '`' or '<')
            {
                s.Append('\\');
            }

            s.Append(ch);
        }

        return s.ToString();
    }
}
