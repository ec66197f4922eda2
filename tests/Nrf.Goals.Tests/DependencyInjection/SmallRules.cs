using Nrf.Goals.Evaluation;
using Nrf.Goals.Loading;
using Nrf.Goals.Results;

namespace Nrf.Goals.Tests.DependencyInjection;

/// <summary>A one-goal rule set whose target can be changed (goal g: a ≥ target), and a values document with a = 12.</summary>
internal static class SmallRules
{
    public static string Text(string id = "small", int target = 10) => $"""
        id: {id}
        title: Small
        validity: {"{"}from: 2023, to: 2025{"}"}
        policy: {"{"}operational: all, financial: report-only{"}"}
        indicators:
          - {"{"}id: a, title: A{"}"}
        goals:
          - id: g
            title: A at least {target}
            category: operational
            criterion: a >= {target}

        """;

    /// <summary>The same rule set with the criterion reading an undeclared indicator: line 11, column 21.</summary>
    public static string Broken(string id = "small") => Text(id).Replace("a >= 10", "a >= b", StringComparison.Ordinal);

    /// <summary>The status of goal g when a = 12.</summary>
    public static GoalStatus StatusOfG(IGoalEvaluator evaluator, string id = "small")
    {
        var compiled = evaluator.Get(id);
        var values = ValuesLoader.Parse("entity: demo\nyear: 2023\nreport: annual\nvalues:\n  a: 12\n", "v.yaml", compiled.RuleSet);
        return compiled.Evaluate(values).Goal("g")!.Status;
    }
}
