using Nrf.Goals.Verdicts;

namespace Nrf.Goals.Words;

/// <summary>
/// The one place for the names of <see cref="VerdictStatus"/>: in files and JSON (<c>met</c>, <c>partly-met</c>,
/// <c>not-met</c>, <c>undetermined</c>, <c>report-only</c>) and as words in Swedish and English reports. A policy's own
/// words for its conclusions ("uppnås delvis") are the rule file's, written through <see cref="ReportWords"/>.
/// </summary>
public static class VerdictStatusNames
{
    /// <summary>The kebab-case name.</summary>
    public static string Name(VerdictStatus status) => status switch
    {
        VerdictStatus.Met => "met",
        VerdictStatus.PartlyMet => "partly-met",
        VerdictStatus.NotMet => "not-met",
        VerdictStatus.Undetermined => "undetermined",
        _ => "report-only",
    };

    /// <summary>The Swedish words: uppfyllt, delvis uppfyllt, ej uppfyllt, kan inte avgöras, redovisas endast.</summary>
    public static string Swedish(VerdictStatus status) => status switch
    {
        VerdictStatus.Met => "uppfyllt",
        VerdictStatus.PartlyMet => "delvis uppfyllt",
        VerdictStatus.NotMet => "ej uppfyllt",
        VerdictStatus.Undetermined => "kan inte avgöras",
        _ => "redovisas endast",
    };

    /// <summary>The English words: met, partly met, not met, undetermined, reported only.</summary>
    public static string English(VerdictStatus status) => status switch
    {
        VerdictStatus.Met => "met",
        VerdictStatus.PartlyMet => "partly met",
        VerdictStatus.NotMet => "not met",
        VerdictStatus.Undetermined => "undetermined",
        _ => "reported only",
    };

    /// <summary>The words in <paramref name="language"/>.</summary>
    public static string Word(VerdictStatus status, ReportLanguage language) =>
        language == ReportLanguage.Swedish ? Swedish(status) : English(status);

    /// <summary>Reads a kebab-case name; <c>false</c> when it is not one.</summary>
    public static bool TryParse(string? text, out VerdictStatus status)
    {
        foreach (var candidate in Enum.GetValues<VerdictStatus>())
        {
            if (Name(candidate) == text)
            {
                status = candidate;
                return true;
            }
        }

        status = default;
        return false;
    }
}
