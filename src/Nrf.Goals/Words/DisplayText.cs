using System.Text;

namespace Nrf.Goals.Words;

/// <summary>
/// Text as a person will see it in a terminal or a document. Every writer of text meant to be read (the terminal
/// summary, Markdown, HTML, DOCX, JUnit) passes user text through <see cref="Clean"/>, so a character that changes how
/// the text around it is shown is removed in one place rather than remembered in each writer.
/// </summary>
public static class DisplayText
{
    /// <summary>
    /// The text without the characters that make what is shown differ from what is stored: bidirectional embeddings,
    /// overrides and isolates (U+202A–U+202E, U+2066–U+2069), with which U+202E followed by <c>%09</c> shows as <c>90%</c>;
    /// control characters other than tab, line feed and carriage return (C0, DEL, C1 — a terminal obeys ESC sequences,
    /// and XML forbids most C0); the noncharacters U+FFFE and U+FFFF and half a surrogate pair, which XML writers refuse.
    /// The loaders refuse the controls and noncharacters at their place; this keeps a document built by other means
    /// (the API, a JSON report read back) from showing them. Returns the same instance when nothing is removed.
    /// </summary>
    /// <param name="text">The text to show.</param>
    /// <returns>The text with those characters removed.</returns>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstHidden(text);
        if (first < 0)
        {
            return text;
        }

        var s = new StringBuilder(text.Length);
        s.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            if (IsSurrogatePair(text, i))
            {
                s.Append(text, i, 2);
                i++;
            }
            else if (!IsHidden(text[i]))
            {
                s.Append(text[i]);
            }
        }

        return s.ToString();
    }

    private static int FirstHidden(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsSurrogatePair(text, i))
            {
                i++;
            }
            else if (IsHidden(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsSurrogatePair(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);

    // Called only for a char that does not start a surrogate pair, so any surrogate here is half of one.
    private static bool IsHidden(char c) =>
        c is (< ' ' and not ('\t' or '\n' or '\r')) or (>= '\u007F' and <= '\u009F')
            or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
            or '\uFFFE' or '\uFFFF'
        || char.IsSurrogate(c);
}
