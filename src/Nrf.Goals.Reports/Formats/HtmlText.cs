using System.Text;
using Nrf.Goals.Words;

namespace Nrf.Goals.Reports;

/// <summary>
/// Escapes text for HTML and SVG. Only the five markup characters: <c>WebUtility.HtmlEncode</c> would also turn
/// å, ä, ö into numeric entities, which makes the file harder to read and diff. Bidi and control characters are
/// removed first (<see cref="DisplayText.Clean"/>), as in every other writer.
/// </summary>
internal static class HtmlText
{
    public static string Escape(string text)
    {
        var s = new StringBuilder(text.Length);
        foreach (var ch in DisplayText.Clean(text))
        {
            s.Append(ch switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => ch.ToString(),
            });
        }

        return s.ToString();
    }
}
