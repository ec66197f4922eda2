using System.Collections.Immutable;
using Nrf.Goals.Results;
using Nrf.Goals.Verdicts;

namespace Nrf.Goals.Reporting;

/// <summary>
/// What would flip a verdict that is not met or undetermined: per deciding category that is not met, how many more goals
/// must be met and which goals could be, with the distance of each failing comparison from its target — every one of a
/// part that failed in several (<c>a &gt;= 0 and b &gt;= 0</c>). Works on the
/// numbers the evaluation recorded (<see cref="PartResult.Comparison"/>); it evaluates nothing again.
/// </summary>
public static class WhatIfAnalysis
{
    /// <summary>The categories that keep the verdict from being met; empty when the verdict is met.</summary>
    public static ImmutableArray<WhatIfCategory> Analyze(EvaluationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Verdict.Status == VerdictStatus.Met)
        {
            return ImmutableArray<WhatIfCategory>.Empty;
        }

        var categories = ImmutableArray.CreateBuilder<WhatIfCategory>();
        foreach (var verdict in new[] { result.Verdict.Operational, result.Verdict.Financial })
        {
            if (verdict.Required is not { } required || verdict.Status == VerdictStatus.Met)
            {
                continue;
            }

            var goals = result.Goals
                .Where(g => g.Category == verdict.Category && g.Status is GoalStatus.NotMet or GoalStatus.PartlyMet or GoalStatus.NotEvaluable)
                .Select(g => new WhatIfGoal(g, g.Parts
                    .Where(p => p.Status == GoalStatus.NotMet && (p.Comparison is not null || (p.Label is not null && g.Parts.Length > 1)))
                    .SelectMany(p => p.Failing.IsDefaultOrEmpty
                        ? [new WhatIfPart(p.Label, p.Comparison!)]
                        : p.Failing.Select(c => new WhatIfPart(p.Label, c) { Subject = c.Subject }))
                    .ToImmutableArray()))
                .ToImmutableArray();
            categories.Add(new WhatIfCategory(verdict.Category, verdict, required - verdict.Met, goals));
        }

        return categories.ToImmutable();
    }
}
