using System.Collections.Immutable;
using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Compilation;

namespace Nrf.Goals.Rules.Runtime;

/// <summary>Turns the engine's per-rule outcomes for one goal into its <see cref="GoalResult"/>.</summary>
internal static class GoalResultBuilder
{
    // explain is false for EvaluationDetail.StatusesOnly: statuses and reasons, no texts or values used.
    public static GoalResult Build(CompiledRuleSet compiled, CompiledGoal compiledGoal, CompiledCase? chosen, string? reason, EvaluationContext context, bool explain = true)
    {
        var goal = compiledGoal.Goal;
        if (chosen is null && goal.IsMonitorOnly)
        {
            // A monitor-only goal is never counted, so a period without follow-up leaves it monitored, not "ej bedömt".
            return Result(goal, GoalStatus.Monitored, !explain ? string.Empty : reason is null ? "Följs inte upp nu." : $"{char.ToUpperInvariant(reason[0])}{reason[1..]}.", reason, null, [], []);
        }

        if (chosen is null)
        {
            return Result(goal, GoalStatus.NotEvaluable, explain ? $"Kan inte bedömas: {reason}." : string.Empty, reason, null, [], []);
        }

        if (!explain)
        {
            return Judged(compiled, goal, chosen, context);
        }

        var writer = new ExplanationWriter(compiled, context);
        var parts = chosen.Rules.Select(r => new PartResult(
            compiled.Rules[r].Part?.Label,
            compiled.Rules[r].Part?.Text ?? $"manual({compiled.Rules[r].ManualIndicator})",
            PartStatus(context, r),
            writer.Detail(r)) { Comparison = writer.Comparison(r) }).ToImmutableArray();
        var used = context.UsedBy(chosen.Rules, compiledGoal.TemplateRules);
        var missing = chosen.Rules.Select(context.MissingIn).FirstOrDefault(m => m is not null);

        switch (chosen.Criterion)
        {
            case MonitorCriterion:
                return Result(goal, GoalStatus.Monitored, "Följs upp: " + string.Join("; ", parts.Select(p => p.Detail)) + ".", null, null, parts, used);
            case ManualCriterion:
                var assessment = context.Assessments[chosen.Rules[0]];
                if (assessment is null)
                {
                    return Result(goal, GoalStatus.NotEvaluable, $"Kan inte bedömas: {missing}.", missing, null, [], used);
                }

                var text = $"Bedömt som {GoalStatusNames.Swedish(assessment.Status)}{(assessment.AssessedBy is { } by ? $" av {by}" : string.Empty)}"
                    + (string.IsNullOrWhiteSpace(assessment.Comment) ? "." : $": {assessment.Comment}");
                return Result(goal, assessment.Status, text, null, assessment.Comment, [], used);
        }

        var status = Combine(parts.Select(p => p.Status).ToList());
        if (status == GoalStatus.NotEvaluable)
        {
            return Result(goal, status, $"Kan inte bedömas: {missing}.", missing, null, parts, used);
        }

        var explanation = compiledGoal.Goal.Explanation is { } template && writer.Template(template, compiledGoal.TemplateRules) is { } rendered
            ? rendered
            : string.Join("; ", parts.Select(p => (p.Label is null ? string.Empty : p.Label + ": ") + p.Detail));
        return Result(goal, status, explanation, null, null, parts, used);
    }

    /// <summary>The same status and reason as a full result, without writing any text or listing the values used.</summary>
    private static GoalResult Judged(CompiledRuleSet compiled, Goal goal, CompiledCase chosen, EvaluationContext context)
    {
        var parts = ImmutableArray.CreateBuilder<PartResult>(chosen.Rules.Length);
        foreach (var r in chosen.Rules)
        {
            parts.Add(new PartResult(compiled.Rules[r].Part?.Label, compiled.Rules[r].Part?.Text ?? compiled.Rules[r].ManualIndicator!, PartStatus(context, r), string.Empty));
        }

        string? Missing()
        {
            foreach (var r in chosen.Rules)
            {
                if (context.MissingIn(r) is { } m)
                {
                    return m;
                }
            }

            return null;
        }

        switch (chosen.Criterion)
        {
            case MonitorCriterion:
                return Result(goal, GoalStatus.Monitored, string.Empty, null, null, parts.MoveToImmutable(), []);
            case ManualCriterion:
                return context.Assessments[chosen.Rules[0]] is { } assessment
                    ? Result(goal, assessment.Status, string.Empty, null, assessment.Comment, [], [])
                    : Result(goal, GoalStatus.NotEvaluable, string.Empty, Missing(), null, [], []);
        }

        var statuses = new GoalStatus[parts.Count];
        for (var i = 0; i < statuses.Length; i++)
        {
            statuses[i] = parts[i].Status;
        }

        var status = Combine(statuses);
        return Result(goal, status, string.Empty, status == GoalStatus.NotEvaluable ? Missing() : null, null, parts.MoveToImmutable(), []);
    }

    /// <summary>All parts met → met; some met and some not → partly met; none met → not met; otherwise not evaluable.</summary>
    public static GoalStatus Combine(IReadOnlyCollection<GoalStatus> parts)
    {
        if (parts.All(p => p == GoalStatus.Met))
        {
            return GoalStatus.Met;
        }

        if (parts.Contains(GoalStatus.NotMet))
        {
            return parts.Contains(GoalStatus.Met) ? GoalStatus.PartlyMet : GoalStatus.NotMet;
        }

        return GoalStatus.NotEvaluable;
    }

    private static GoalStatus PartStatus(EvaluationContext context, int rule) => context.RuleValue[rule] switch
    {
        true => GoalStatus.Met,
        false => GoalStatus.NotMet,
        null => GoalStatus.NotEvaluable,
    };

    private static GoalResult Result(Goal goal, GoalStatus status, string explanation, string? reason, string? comment, ImmutableArray<PartResult> parts, ImmutableArray<ValueUsed> used) =>
        new(goal.Id, goal.Title, goal.Category, goal.Area, status, explanation, goal.Target, reason, comment,
            parts.IsDefault ? ImmutableArray<PartResult>.Empty : parts, used.IsDefault ? ImmutableArray<ValueUsed>.Empty : used, goal.Groups);
}
