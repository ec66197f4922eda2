using System.Collections.Immutable;
using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Words;

namespace Nrf.Goals.Rules.Evaluation;

/// <summary>Turns what an evaluation recorded for one goal into its <see cref="GoalResult"/>.</summary>
internal static class GoalResultBuilder
{
    /// <summary>The result of a goal that no case applies to (not followed up in the period, no target for the year).</summary>
    public static GoalResult Unassessed(Goal goal, string reason, bool explain)
    {
        if (goal.IsMonitorOnly)
        {
            // A monitor-only goal is never counted, so a period without follow-up leaves it monitored, not "ej bedömt".
            return Result(goal, GoalStatus.Monitored, explain ? $"{char.ToUpperInvariant(reason[0])}{reason[1..]}." : string.Empty, reason, null, [], []);
        }

        return Result(goal, GoalStatus.NotEvaluable, explain ? Reasons.CannotBeAssessed(reason) : string.Empty, reason, null, [], []);
    }

    /// <summary>The result of <paramref name="goal"/> judged by its case <paramref name="chosen"/>.</summary>
    /// <param name="record">What the evaluation recorded.</param>
    /// <param name="goal">The goal.</param>
    /// <param name="chosen">The case that applied.</param>
    /// <param name="status">The goal's status under <paramref name="chosen"/>, <see cref="StatusOf"/>: the engine has computed it already.</param>
    /// <param name="explain">False for <see cref="Nrf.Goals.Evaluation.EvaluationDetail.StatusesOnly"/>: statuses and reasons, no texts or values used.</param>
    /// <param name="shown">The values the goal shows: those of the case's shown parts (a monitor's), then those of the explanation's placeholders.</param>
    public static GoalResult Build(EvaluationRecord record, PlanGoal goal, PlanCase chosen, GoalStatus status, bool explain, object?[] shown)
    {
        if (!explain)
        {
            return Judged(record, goal.Goal, chosen, status);
        }

        var plan = record.Plan;
        var writer = new ExplanationWriter(plan, record, new ShownValues(plan.ShownParts(goal, chosen), shown));
        var built = ImmutableArray.CreateBuilder<PartResult>(chosen.Parts.Length);
        string? missing = null;
        foreach (var r in chosen.Parts)
        {
            built.Add(new PartResult(
                plan.Parts[r].Part?.Label,
                plan.Parts[r].Part?.Text ?? $"manual({plan.Parts[r].ManualIndicator})",
                PartStatus(record, r),
                writer.Detail(r)) { Comparison = writer.Comparison(r), Failing = writer.Failing(r), Comparisons = writer.All(r) });
            missing ??= record.MissingIn(r);
        }

        var parts = built.MoveToImmutable();
        var used = record.UsedBy(chosen.Parts, chosen.TemplateParts);
        var comment = CommentsOn(used);

        switch (chosen.Criterion)
        {
            case MonitorCriterion:
                return Result(goal.Goal, GoalStatus.Monitored, "Följs upp: " + string.Join("; ", parts.Select(p => p.Detail)) + ".", null, comment, parts, used);
            case ActivityCriterion:
                return Activity(record, goal.Goal, chosen, missing, explain: true) with { Values = used };
            case ManualCriterion:
                var assessment = record.Assessments[chosen.Parts[0]];
                if (assessment is null)
                {
                    return Result(goal.Goal, GoalStatus.NotEvaluable, Reasons.CannotBeAssessed(missing), missing, null, [], used);
                }

                var text = $"Bedömt som {GoalStatusNames.Swedish(assessment.Status)}{(assessment.AssessedBy is { } by ? $" av {by}" : string.Empty)}"
                    + (string.IsNullOrWhiteSpace(assessment.Comment) ? "." : $": {assessment.Comment}");
                return Result(goal.Goal, assessment.Status, text, null, assessment.Comment, [], used) with { AssessedBy = assessment.AssessedBy };
        }

        if (status == GoalStatus.NotEvaluable)
        {
            return Result(goal.Goal, status, Reasons.CannotBeAssessed(missing), missing, comment, parts, used);
        }

        var rendered = chosen.Template is { } template ? writer.Template(template, chosen.TemplateParts) : null;
        var explanation = rendered ?? string.Join("; ", parts.Select(p => (p.Label is null ? string.Empty : p.Label + ": ") + p.Detail));
        return Result(goal.Goal, status, explanation, null, comment, parts, used) with { FromTemplate = rendered is not null };
    }

    /// <summary>The comments written beside the values a goal used, each once, in the order the values were used; null when none is.</summary>
    private static string? CommentsOn(ImmutableArray<ValueUsed> used)
    {
        // Most values carry no comment: look before allocating anything.
        var any = false;
        foreach (var value in used)
        {
            any |= value.Comment is not null;
        }

        return any ? string.Join("; ", used.Select(u => u.Comment).OfType<string>().Distinct(StringComparer.Ordinal)) : null;
    }

    /// <summary>The same status and reason as a full result, without writing any text or listing the values used.</summary>
    private static GoalResult Judged(EvaluationRecord record, Goal goal, PlanCase chosen, GoalStatus status)
    {
        var plan = record.Plan;
        var parts = ImmutableArray.CreateBuilder<PartResult>(chosen.Parts.Length);
        foreach (var r in chosen.Parts)
        {
            parts.Add(new PartResult(plan.Parts[r].Part?.Label, plan.Parts[r].Part?.Text ?? plan.Parts[r].ManualIndicator!, PartStatus(record, r), string.Empty));
        }

        string? Missing()
        {
            foreach (var r in chosen.Parts)
            {
                if (record.MissingIn(r) is { } m)
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
            case ActivityCriterion:
                return Activity(record, goal, chosen, Missing(), explain: false);
            case ManualCriterion:
                return record.Assessments[chosen.Parts[0]] is { } assessment
                    ? Result(goal, assessment.Status, string.Empty, null, assessment.Comment, [], [])
                    : Result(goal, GoalStatus.NotEvaluable, string.Empty, Missing(), null, [], []);
        }

        return Result(goal, status, string.Empty, status == GoalStatus.NotEvaluable ? Missing() : null, null, parts.MoveToImmutable(), []);
    }

    /// <summary>
    /// The goal's status under its case <paramref name="chosen"/>: monitored; an activity's or a manual goal's from what the
    /// values record; otherwise combined from <paramref name="outcomes"/>, the parts' outcomes the rule computed.
    /// </summary>
    public static GoalStatus StatusOf(EvaluationRecord record, PlanCase chosen, ReadOnlySpan<bool?> outcomes)
    {
        switch (chosen.Criterion)
        {
            case MonitorCriterion:
                return GoalStatus.Monitored;
            case ActivityCriterion:
                return record.Activities[chosen.Parts[0]] is null ? GoalStatus.NotEvaluable : GoalStatus.Monitored;
            case ManualCriterion:
                return record.Assessments[chosen.Parts[0]]?.Status ?? GoalStatus.NotEvaluable;
        }

        Span<GoalStatus> statuses = outcomes.Length <= 16 ? stackalloc GoalStatus[outcomes.Length] : new GoalStatus[outcomes.Length];
        for (var i = 0; i < statuses.Length; i++)
        {
            statuses[i] = Status(outcomes[i]);
        }

        return PartCombination.Combine(statuses);
    }

    /// <summary>
    /// An activity's result: followed (monitored) with its state — "Aktiviteten pågår: …" — or not evaluable when the
    /// values report no state; never met or not met, so it counts nowhere.
    /// </summary>
    private static GoalResult Activity(EvaluationRecord record, Goal goal, PlanCase chosen, string? missing, bool explain)
    {
        if (record.Activities[chosen.Parts[0]] is not { } report)
        {
            return Result(goal, GoalStatus.NotEvaluable, explain ? Reasons.CannotBeAssessed(missing) : string.Empty, missing, null, [], []);
        }

        var text = explain
            ? $"Läge: {ActivityStateNames.Swedish(report.State)}{(report.AssessedBy is { } by ? $" (enligt {by})" : string.Empty)}"
                + (string.IsNullOrWhiteSpace(report.Comment) ? "." : $": {report.Comment}")
            : string.Empty;
        return Result(goal, GoalStatus.Monitored, text, null, report.Comment, [], []) with { Activity = report.State, AssessedBy = report.AssessedBy };
    }

    private static GoalStatus PartStatus(EvaluationRecord record, int part) => Status(record.PartValue[part]);

    private static GoalStatus Status(bool? outcome) => outcome switch
    {
        true => GoalStatus.Met,
        false => GoalStatus.NotMet,
        null => GoalStatus.NotEvaluable,
    };

    private static GoalResult Result(Goal goal, GoalStatus status, string explanation, string? reason, string? comment, ImmutableArray<PartResult> parts, ImmutableArray<ValueUsed> used) =>
        new()
        {
            Id = goal.Id,
            Title = goal.Title,
            Category = goal.Category,
            Area = goal.Area,
            Status = status,
            Explanation = explanation,
            Target = goal.Target,
            Reason = reason,
            Comment = comment,
            Parts = parts.IsDefault ? ImmutableArray<PartResult>.Empty : parts,
            Values = used.IsDefault ? ImmutableArray<ValueUsed>.Empty : used,
            Groups = goal.Groups,
            IsActivity = goal.IsActivity,
        };
}
