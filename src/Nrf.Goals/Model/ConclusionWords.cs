using Nrf.Goals.Verdicts;

namespace Nrf.Goals.Model;

/// <summary>
/// A plan's own Swedish words for the conclusions of a category or of the verdict, e.g. "förenlig", "delvis förenlig",
/// "inte förenlig" for verksamheten, or "uppnås", "uppnås delvis", "uppnås inte" for god ekonomisk hushållning. Swedish
/// reports write them in place of "uppfyllt", "delvis uppfyllt" and "ej uppfyllt"; a conclusion without a word of its
/// own keeps the standard one.
/// </summary>
/// <param name="Met">The word for met, or null.</param>
/// <param name="PartlyMet">The word for partly met, or null.</param>
/// <param name="NotMet">The word for not met, or null.</param>
public sealed record ConclusionWords(string? Met, string? PartlyMet, string? NotMet)
{
    /// <summary>The plan's word for <paramref name="status"/>, or null when it gives none (always null for undetermined and report-only).</summary>
    public string? For(VerdictStatus status) => status switch
    {
        VerdictStatus.Met => Met,
        VerdictStatus.PartlyMet => PartlyMet,
        VerdictStatus.NotMet => NotMet,
        _ => null,
    };
}
