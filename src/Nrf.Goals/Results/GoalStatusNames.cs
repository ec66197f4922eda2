namespace Nrf.Goals.Results;

/// <summary>The names of <see cref="GoalStatus"/> in files (<c>met</c>, <c>partly-met</c>, …) and in Swedish reports.</summary>
internal static class GoalStatusNames
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
