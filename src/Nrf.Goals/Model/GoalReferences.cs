using Nrf.Goals.Expressions;

namespace Nrf.Goals.Model;

/// <summary>Which indicators a goal reads.</summary>
internal static class GoalReferences
{
    /// <summary>Every indicator id the goal's criterion and explanation use, each once, in order of appearance.</summary>
    public static IEnumerable<string> Indicators(Goal goal)
    {
        var parts = Parts(goal.Criterion).Concat(TemplateParts(goal));
        var ids = parts.SelectMany(p => ExprNodes.Walk(p.Expression)).OfType<IndicatorRef>().Select(r => r.Indicator);
        return ManualIds(goal.Criterion).Concat(ids).Distinct(StringComparer.Ordinal);
    }

    /// <summary>
    /// Every indicator a rule set uses: those its goals read and those whose recorded judgement decides a category of its
    /// policy — the one answer to "is this indicator used?" for loading rule files and values alike.
    /// </summary>
    public static IEnumerable<string> Indicators(IEnumerable<Goal> goals, VerdictPolicy? policy) =>
        goals.SelectMany(Indicators).Concat(policy?.JudgementIndicators() ?? []);

    /// <summary>The placeholders of every explanation template of a goal: its own and each case's.</summary>
    public static IEnumerable<CriterionPart> TemplateParts(Goal goal)
    {
        var templates = goal.Criterion is ScheduledCriterion s ? s.Cases.Select(c => c.Explanation).Prepend(goal.Explanation) : [goal.Explanation];
        return templates.OfType<ExplanationTemplate>().SelectMany(t => t.Placeholders.Select(p => p.Part));
    }

    /// <summary>Every expression part of a criterion, across all its cases.</summary>
    public static IEnumerable<CriterionPart> Parts(Criterion criterion) => criterion switch
    {
        ExpressionCriterion e => e.Parts,
        MonitorCriterion m => m.Shown,
        ScheduledCriterion s => s.Cases.SelectMany(c => Parts(c.Criterion)),
        _ => [],
    };

    private static IEnumerable<string> ManualIds(Criterion criterion) => criterion switch
    {
        ManualCriterion m => [m.Indicator],
        ActivityCriterion a => [a.Indicator],
        ScheduledCriterion s => s.Cases.SelectMany(c => ManualIds(c.Criterion)),
        _ => [],
    };
}
