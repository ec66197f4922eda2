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
/// What our rules do when they fire. Each action writes its result into the report's fact (so an evaluation reads its
/// results without querying the session) and yields it as a linked fact, which NRules updates or retracts with the
/// match that produced it — forward chaining from goals to categories to the verdict.
/// </summary>
internal static class RuleActions
{
    private const string Key = "outcome";

    /// <summary>The status the case's binding binds, from the outcomes of its parts (computed, in order, as the argument).</summary>
    public static GoalStatus Status(EvaluationFact e, int goal, int @case, bool?[] outcomes) =>
        GoalResultBuilder.StatusOf(e.Record, e.Compiled.Plan.Goals[goal].Cases[@case], outcomes);

    /// <summary><see cref="Status"/>, for the goal rules' bindings.</summary>
    internal static readonly MethodInfo StatusMethod = ((Func<EvaluationFact, int, int, bool?[], GoalStatus>)Status).Method;

    /// <summary><see cref="Goal"/>, for the goal rules' actions.</summary>
    internal static readonly MethodInfo GoalMethod = ((Action<IContext, EvaluationFact, int, int, GoalStatus, object?[]>)Goal).Method;

    /// <summary><see cref="Unassessed"/>, for the rules that say why a goal is not assessed.</summary>
    internal static readonly MethodInfo UnassessedMethod = ((Action<IContext, EvaluationFact, int>)Unassessed).Method;

    /// <summary><see cref="Category"/>, for the category rules.</summary>
    internal static readonly MethodInfo CategoryMethod = ((Action<IContext, EvaluationFact, IEnumerable<GoalOutcome>, GoalCategory, IndicatorFact?>)Category).Method;

    /// <summary><see cref="Verdict"/>, for the verdict rule.</summary>
    internal static readonly MethodInfo VerdictMethod = ((Action<IContext, EvaluationFact, CategoryOutcome, CategoryOutcome>)Verdict).Method;

    /// <summary><see cref="Group"/>, for the group roll-up rules.</summary>
    internal static readonly MethodInfo GroupMethod = ((Action<IContext, EvaluationFact, IEnumerable<GoalOutcome>, int>)Group).Method;

    /// <summary>
    /// A goal's case matched and <paramref name="status"/> was bound: build the goal's result, with the values it shows
    /// (<paramref name="shown"/>: the case's shown parts, then the explanation's placeholders; null where not computed).
    /// </summary>
    public static void Goal(IContext context, EvaluationFact e, int goal, int @case, GoalStatus status, object?[] shown)
    {
        var planGoal = e.Compiled.Plan.Goals[goal];
        var result = GoalResultBuilder.Build(e.Record, planGoal, planGoal.Cases[@case], status, e.Explain, shown);
        e.Goals[goal] = result;
        Yield(context, new GoalOutcome(e, result));
    }

    /// <summary>No case of the goal applies to the report: not evaluable (or monitored), with the reason.</summary>
    public static void Unassessed(IContext context, EvaluationFact e, int goal)
    {
        var planGoal = e.Compiled.Plan.Goals[goal].Goal;
        var result = GoalResultBuilder.Unassessed(planGoal, e.ReasonOf(goal), e.Explain) with { NotFollowedUp = !TargetSelection.IsFollowedUp(planGoal, e.Period) };
        e.Goals[goal] = result;
        Yield(context, new GoalOutcome(e, result));
    }

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
        var verdict = new Verdict(VerdictJudge.Combine(operational.Verdict.Status, financial.Verdict.Status), operational.Verdict, financial.Verdict, e.Compiled.RuleSet.Policy.Wording);
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
