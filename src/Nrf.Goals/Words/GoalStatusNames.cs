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
