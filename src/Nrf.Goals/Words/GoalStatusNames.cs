using Nrf.Goals.Results;

namespace Nrf.Goals.Words;

/// <summary>
/// The one place for the names of <see cref="GoalStatus"/>: in files and JSON (<c>met</c>, <c>partly-met</c>, …), as words in
/// Swedish and English reports, and as the symbol that shows a status without colour.
/// </summary>
public static class GoalStatusNames
{
    /// <summary>The kebab-case name used in JSON and YAML: <c>met</c>, <c>partly-met</c>, <c>not-met</c>, <c>not-evaluable</c>, <c>monitored</c>.</summary>
    public static string Name(GoalStatus status) => status switch
    {
        GoalStatus.Met => "met",
        GoalStatus.PartlyMet => "partly-met",
        GoalStatus.NotMet => "not-met",
        GoalStatus.NotEvaluable => "not-evaluable",
        _ => "monitored",
    };

    /// <summary>The Swedish word: uppfyllt, delvis uppfyllt, ej uppfyllt, ej bedömt, följs upp.</summary>
    public static string Swedish(GoalStatus status) => status switch
    {
        GoalStatus.Met => "uppfyllt",
        GoalStatus.PartlyMet => "delvis uppfyllt",
        GoalStatus.NotMet => "ej uppfyllt",
        GoalStatus.NotEvaluable => "ej bedömt",
        _ => "följs upp",
    };

    /// <summary>The English words: met, partly met, not met, not evaluable, monitored.</summary>
    public static string English(GoalStatus status) => status switch
    {
        GoalStatus.Met => "met",
        GoalStatus.PartlyMet => "partly met",
        GoalStatus.NotMet => "not met",
        GoalStatus.NotEvaluable => "not evaluable",
        _ => "monitored",
    };

    /// <summary>The word in <paramref name="language"/>, lower case.</summary>
    public static string Word(GoalStatus status, ReportLanguage language) =>
        language == ReportLanguage.Swedish ? Swedish(status) : English(status);

    /// <summary>The symbol that shows the status without colour: ✔ met, ◐ partly met, ✘ not met, ? not evaluable, ○ monitored.</summary>
    public static string Symbol(GoalStatus status) => status switch
    {
        GoalStatus.Met => "✔",
        GoalStatus.PartlyMet => "◐",
        GoalStatus.NotMet => "✘",
        GoalStatus.NotEvaluable => "?",
        _ => "○",
    };

    /// <summary>The statuses a manual assessment may record, as a values document writes them, for messages.</summary>
    public const string AssessmentExpected = "met, partly-met or not-met (uppfyllt, delvis uppfyllt, ej uppfyllt)";

    /// <summary>
    /// Reads the status of a manual assessment as values write it: <c>met</c>, <c>partly-met</c>, <c>not-met</c>, or the
    /// Swedish words <c>uppfyllt</c>, <c>delvis uppfyllt</c>, <c>ej uppfyllt</c> (also <c>inte uppfyllt</c>), the Swedish
    /// without regard to case; <c>false</c> for anything else, a monitored or not-evaluable status included.
    /// </summary>
    public static bool TryParseAssessment(string? text, out GoalStatus status)
    {
        var t = text?.Trim() ?? string.Empty;
        foreach (var candidate in (ReadOnlySpan<GoalStatus>)[GoalStatus.Met, GoalStatus.PartlyMet, GoalStatus.NotMet])
        {
            if (t == Name(candidate) || string.Equals(t, Swedish(candidate), StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }

        status = GoalStatus.NotMet;
        if (string.Equals(t, "inte uppfyllt", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        status = default;
        return false;
    }

    /// <summary>Why <paramref name="text"/> is no assessment status: <c>the status of 'x' is '…'; it must be met, partly-met or not-met (…)</c>.</summary>
    public static string AssessmentRefusal(string text, string what) => $"the status of {what} is '{text.Trim()}'; it must be {AssessmentExpected}";

    /// <summary>Reads a kebab-case name; <c>false</c> when it is not one.</summary>
    public static bool TryParse(string text, out GoalStatus status)
    {
        foreach (var candidate in Enum.GetValues<GoalStatus>())
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
