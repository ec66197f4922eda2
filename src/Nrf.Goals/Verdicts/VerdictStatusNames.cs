namespace Nrf.Goals.Verdicts;

/// <summary>The names of <see cref="VerdictStatus"/> in files: <c>met</c>, <c>not-met</c>, <c>undetermined</c>, <c>report-only</c>.</summary>
internal static class VerdictStatusNames
{
    /// <summary>The kebab-case name.</summary>
    public static string Name(VerdictStatus status) => status switch
    {
        VerdictStatus.Met => "met",
        VerdictStatus.NotMet => "not-met",
        VerdictStatus.Undetermined => "undetermined",
        _ => "report-only",
    };

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
