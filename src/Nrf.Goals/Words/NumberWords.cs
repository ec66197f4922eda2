using System.Globalization;

namespace Nrf.Goals.Words;

/// <summary>
/// Counts as words in running text, as Swedish style guides want them up to twelve ("Av tio verksamhetsmål bedöms
/// åtta …"); digits above. Swedish uses the neuter form because the counted noun is <c>mål</c> (ett mål).
/// </summary>
public static class NumberWords
{
    private static readonly string[] Swedish = ["inget", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"];
    private static readonly string[] English = ["none", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    /// <summary>The count in words up to twelve, otherwise in digits.</summary>
    public static string Count(int n, ReportLanguage language)
    {
        var words = language == ReportLanguage.Swedish ? Swedish : English;
        return n >= 0 && n < words.Length ? words[n] : n.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The count in words for a noun of common gender (en-ord: <c>en rapport</c>, <c>en aktivitet</c>): Swedish "en" and
    /// "ingen" where <see cref="Count"/> writes the neuter "ett" and "inget"; other counts and English as <see cref="Count"/>.
    /// </summary>
    public static string CountCommon(int n, ReportLanguage language) => (language, n) switch
    {
        (ReportLanguage.Swedish, 0) => "ingen",
        (ReportLanguage.Swedish, 1) => "en",
        _ => Count(n, language),
    };

    /// <summary>The text with its first letter in lower case where it goes on a sentence ("Värde saknas." → "värde saknas."), unless it starts with an abbreviation.</summary>
    public static string Lowered(string text) => ReaderNames.Inside(text);

    /// <summary>The text with its first letter in upper case, for a count that starts a sentence.</summary>
    public static string Capitalized(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
