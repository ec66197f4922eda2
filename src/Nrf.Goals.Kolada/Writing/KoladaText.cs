namespace Nrf.Goals.Kolada;

/// <summary>
/// Text from Kolada (a KPI's title, a status flag) made safe to write into a values document: on one line, without
/// control characters (which the loader refuses, escaped or not), and bounded where it becomes a reason.
/// </summary>
internal static class KoladaText
{
    /// <summary>The text on one line: line breaks and other control characters become spaces, runs of spaces one.</summary>
    public static string OneLine(string text) =>
        string.Join(' ', new string([.. text.Select(c => char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFFFE' or '\uFFFF' ? ' ' : c)])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary><see cref="OneLine"/> of the text, cut to <paramref name="max"/> characters with "…".</summary>
    public static string Short(string text, int max)
    {
        var line = OneLine(text);
        return line.Length <= max ? line : line[..(max - 1)] + "…";
    }
}
