using System.Reflection;
using NRules.RuleModel;
using Nrf.Goals.Evaluation;
using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Evaluation;
using Nrf.Goals.Rules.Facts;
using Nrf.Goals.Verdicts;

namespace Nrf.Goals.Rules.Runtime;

/// <summary>
/// What our rules do when they fire. Each action writes its result into the report's fact, so an evaluation reads its
/// results without querying the session. In the <see cref="Compilation.RuleShape.Inputs"/> shape it also yields the
/// result as a linked fact, which NRules updates or retracts with the match that produced it — forward chaining from
/// goals to categories to the verdict; in the <see cref="Compilation.RuleShape.Report"/> shape the aggregates read the
/// report's fact instead (the <c>…InReport</c> actions).
/// </summary>
internal static class RuleActions
{
    private const string Key = "outcome";

    /// <summary>The goal's status under the case, from the outcomes of its parts (computed, in order, as the argument) — what a goal rule's action decides.</summary>
    public static GoalStatus Status(EvaluationFact e, int goal, int @case, bool?[] outcomes) =>
        GoalResultBuilder.StatusOf(e.Record, e.Compiled.Plan.Goals[goal].Cases[@case], outcomes);

    /// <summary><see cref="Status"/>, for the goal rules' actions.</summary>
    internal static readonly MethodInfo StatusMethod = ((Func<EvaluationFact, int, int, bool?[], GoalStatus>)Status).Method;

    /// <summary><see cref="Goal"/>, for the goal rules' actions.</summary>
    internal static readonly MethodInfo GoalMethod = ((Action<IContext, EvaluationFact, int, int, GoalStatus, object?[]>)Goal).Method;

    /// <summary><see cref="Unassessed"/>, for the rules that say why a goal is not assessed.</summary>
    internal static readonly MethodInfo UnassessedMethod = ((Action<IContext, EvaluationFact, int>)Unassessed).Method;

    /// <summary><see cref="GoalInReport"/>, for the goal rules of the report shape.</summary>
    internal static readonly MethodInfo GoalInReportMethod = ((Action<IContext, EvaluationFact, int, int, GoalStatus, object?[]>)GoalInReport).Method;

    /// <summary><see cref="UnassessedInReport"/>, for the report shape.</summary>
    internal static readonly MethodInfo UnassessedInReportMethod = ((Action<IContext, EvaluationFact, int>)UnassessedInReport).Method;

    /// <summary><see cref="CategoryInReport"/>, for the category rules of the report shape.</summary>
    internal static readonly MethodInfo CategoryInReportMethod = ((Action<IContext, EvaluationFact, GoalCategory, int>)CategoryInReport).Method;

    /// <summary><see cref="VerdictInReport"/>, for the verdict rule of the report shape.</summary>
    internal static readonly MethodInfo VerdictInReportMethod = ((Action<IContext, EvaluationFact>)VerdictInReport).Method;

    /// <summary><see cref="GroupInReport"/>, for the group rules of the report shape.</summary>
    internal static readonly MethodInfo GroupInReportMethod = ((Action<IContext, EvaluationFact, int>)GroupInReport).Method;

    /// <summary><see cref="Category"/>, for the category rules.</summary>
    internal static readonly MethodInfo CategoryMethod = ((Action<IContext, EvaluationFact, IEnumerable<GoalOutcome>, GoalCategory, IndicatorFact?>)Category).Method;

    /// <summary><see cref="Verdict"/>, for the verdict rule.</summary>
    internal static readonly MethodInfo VerdictMethod = ((Action<IContext, EvaluationFact, CategoryOutcome, CategoryOutcome>)Verdict).Method;

    /// <summary><see cref="Group"/>, for the group roll-up rules.</summary>
    internal static readonly MethodInfo GroupMethod = ((Action<IContext, EvaluationFact, IEnumerable<GoalOutcome>, int>)Group).Method;

    /// <summary>
    /// A goal's case applies and its action computed <paramref name="status"/>: build the goal's result, with the values it
    /// shows (<paramref name="shown"/>: the case's shown parts, then the explanation's placeholders; null where not
    /// computed), write it into the report and yield it as the goal's outcome.
    /// </summary>
    public static void Goal(IContext context, EvaluationFact e, int goal, int @case, GoalStatus status, object?[] shown)
    {
        GoalInReport(context, e, goal, @case, status, shown);
        Yield(context, new GoalOutcome(e, e.Goals[goal]!));
    }

    /// <summary>No case of the goal applies to the report: not evaluable (or monitored), with the reason.</summary>
    public static void Unassessed(IContext context, EvaluationFact e, int goal)
    {
        UnassessedInReport(context, e, goal);
        Yield(context, new GoalOutcome(e, e.Goals[goal]!));
    }

    /// <summary><see cref="Goal"/> without the outcome fact: the result is written into the report alone.</summary>
    public static void GoalInReport(IContext context, EvaluationFact e, int goal, int @case, GoalStatus status, object?[] shown)
    {
        var planGoal = e.Compiled.Plan.Goals[goal];
        e.Goals[goal] = GoalResultBuilder.Build(e.Record, planGoal, planGoal.Cases[@case], status, e.Explain, shown);
    }

    /// <summary><see cref="Unassessed"/> without the outcome fact.</summary>
    public static void UnassessedInReport(IContext context, EvaluationFact e, int goal)
    {
        var planGoal = e.Compiled.Plan.Goals[goal].Goal;
        e.Goals[goal] = GoalResultBuilder.Unassessed(planGoal, e.ReasonOf(goal), e.Explain) with { NotFollowedUp = !TargetSelection.IsFollowedUp(planGoal, e.Period) };
    }

    /// <summary>
    /// Every goal rule has fired (they come first by priority): count the report's goals of <paramref name="category"/> and
    /// judge them; a category decided by a recorded judgement reads it from slot <paramref name="judgementSlot"/> (-1: none).
    /// </summary>
    public static void CategoryInReport(IContext context, EvaluationFact e, GoalCategory category, int judgementSlot) =>
        e.Categories[(int)category] = VerdictJudge.JudgeCategory(
            category, e.Compiled.RuleSet.Policy.For(category), Decided(e), judgementSlot < 0 ? null : e.Values[judgementSlot].Assessment);

    /// <summary>Both categories are judged (they come before the verdict by priority): the verdict.</summary>
    public static void VerdictInReport(IContext context, EvaluationFact e)
    {
        var operational = e.Categories[(int)GoalCategory.Operational] ?? throw NotYet(e, "the operational category");
        var financial = e.Categories[(int)GoalCategory.Financial] ?? throw NotYet(e, "the financial category");
        e.Verdict = VerdictJudge.Conclude(e.Compiled.RuleSet.Policy, operational, financial);
    }

    /// <summary>Every goal rule has fired: the group's roll-up.</summary>
    public static void GroupInReport(IContext context, EvaluationFact e, int group) =>
        e.Groups[group] = GroupRollUp.Of(e.Compiled.RuleSet.Groups[group], Decided(e));

    /// <summary>The report's goal results; each goal's rule has fired before any aggregate (priorities), so none is missing.</summary>
    private static IEnumerable<GoalResult> Decided(EvaluationFact e)
    {
        foreach (var result in e.Goals)
        {
            yield return result ?? throw NotYet(e, "a goal");
        }
    }

    private static InvalidOperationException NotYet(EvaluationFact e, string what) =>
        new($"The rules of '{e.RuleSetId}' fired out of order for {e.Entity} {e.Year}: {what} was not decided before the rule that counts it.");

    /// <summary>
    /// The category's goal outcomes were collected: count them and judge them under the policy; for a category decided by
    /// a recorded judgement, <paramref name="judgement"/> is the matched assessment indicator's fact.
    /// </summary>
    public static void Category(IContext context, EvaluationFact e, IEnumerable<GoalOutcome> outcomes, GoalCategory category, IndicatorFact? judgement)
    {
        var verdict = VerdictJudge.JudgeCategory(category, e.Compiled.RuleSet.Policy.For(category), outcomes.Select(o => o.Result), judgement?.Data.Assessment);
        e.Categories[(int)category] = verdict;
        Yield(context, new CategoryOutcome(e, verdict));
    }

    /// <summary>Both categories are judged: the verdict.</summary>
    public static void Verdict(IContext context, EvaluationFact e, CategoryOutcome operational, CategoryOutcome financial)
    {
        var verdict = VerdictJudge.Conclude(e.Compiled.RuleSet.Policy, operational.Verdict, financial.Verdict);
        e.Verdict = verdict;
        Yield(context, new VerdictOutcome(e, verdict));
    }

    /// <summary>The group's goal outcomes were collected: its roll-up.</summary>
    public static void Group(IContext context, EvaluationFact e, IEnumerable<GoalOutcome> outcomes, int group)
    {
        var result = GroupRollUp.Of(e.Compiled.RuleSet.Groups[group], outcomes.Select(o => o.Result));
        e.Groups[group] = result;
        Yield(context, new GroupOutcome(e, result));
    }

    private static void Yield(IContext context, object fact)
    {
        if (context.GetLinked(Key) is null)
        {
            context.InsertLinked(Key, fact);
        }
        else
        {
            context.UpdateLinked(Key, fact);
        }
    }
}
