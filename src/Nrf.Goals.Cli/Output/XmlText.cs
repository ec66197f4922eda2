namespace Nrf.Goals.Cli.Output;

/// <summary>Text as XML-based outputs (DOCX, JUnit) can hold it.</summary>
internal static class XmlText
{
    /// <summary>
    /// The text without the control characters XML forbids (C0 other than tab, line feed, carriage return): the loaders
    /// refuse them, and this keeps a document built by other means from failing to write.
    /// </summary>
    public static string Printable(string text) =>
        text.Any(IsForbidden) ? new string(text.Where(c => !IsForbidden(c)).ToArray()) : text;

    private static bool IsForbidden(char c) => c < ' ' && c is not ('\t' or '\n' or '\r');
}
