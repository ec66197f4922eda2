using Nrf.Goals.Model;

namespace Nrf.Goals.Words;

/// <summary>The one place for the names of <see cref="GoalCategory"/> in rule files, JSON, rule tags and traces: <c>operational</c>, <c>financial</c>.</summary>
public static class GoalCategoryNames
{
    /// <summary>The name: <c>operational</c> (verksamhetsmål) or <c>financial</c> (finansiella mål).</summary>
    public static string Name(GoalCategory category) => category == GoalCategory.Operational ? "operational" : "financial";

    /// <summary>Reads a name; <c>false</c> when it is not one.</summary>
    public static bool TryParse(string? text, out GoalCategory category)
    {
        switch (text)
        {
            case "operational":
                category = GoalCategory.Operational;
                return true;
            case "financial":
                category = GoalCategory.Financial;
                return true;
            default:
                category = default;
                return false;
        }
    }
}
