namespace Nrf.Goals.Words;

/// <summary>How generated text closes a sentence around text a person wrote (a comment, a motivation).</summary>
public static class SentenceText
{
    /// <summary>
    /// The text ending with a full stop: one is added unless it ends with <c>.</c>, <c>!</c>, <c>?</c> or <c>…</c> already,
    /// so "… under tertialet." never reads "… under tertialet..".
    /// </summary>
    public static string End(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.TrimEnd();
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '…' ? trimmed : trimmed + ".";
    }

    /// <summary>The text with its first letter in upper case (a reading that begins a cell: "kvinnor 41 %" → "Kvinnor 41 %").</summary>
    public static string Capitalized(string text) => NumberWords.Capitalized(text);
}
