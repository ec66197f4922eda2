using System.Globalization;
using System.Linq.Expressions;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using Nrf.Goals.Evaluation;
using Nrf.Goals.Model;
using Nrf.Goals.Rules.Facts;
using Nrf.Goals.Rules.Runtime;
using Nrf.Goals.Words;

namespace Nrf.Goals.Rules.Compilation;

/// <summary>
/// Builds the NRules rules that judge one goal, in either <see cref="RuleShape"/>: one per case of its target (one,
/// unless targets vary by year or period), and, when no case may apply (<c>followedUpIn</c>, years, periods), one that
/// says why the goal is not assessed.
/// </summary>
/// <remarks>
/// A case's rule matches one fact — the report's (<see cref="RuleShape.Report"/>) or the goal's input
/// (<see cref="RuleShape.Inputs"/>, with the alpha conditions that pick this rule set's report and this goal). Which case
/// applies is the rule's filter (<c>e.CaseOf(goal) == k</c>), decided by NRules' agenda rather than by an alpha condition:
/// n sibling conditions would cost NRules n² comparisons to build (a goal with 27 000 cases compiled for minutes) where
/// filters cost nothing to build. The action computes the case's parts from the report's value slots, each part's
/// three-valued outcome recorded as it goes, combines them into the goal's status and builds the goal's result.
/// No binding: n sibling binding nodes would cost n² again, and the status is the action's to decide.
/// </remarks>
internal sealed class GoalRules
{
    private const string ReportName = "e";
    private const string InputName = "i";

    private readonly EvaluationPlan _plan;
    private readonly IndicatorSlots _slots;
    private readonly RuleShape _shape;
    private readonly Expression<Func<GoalInput, bool>> _inputOfRuleSet;

    public GoalRules(EvaluationPlan plan, IndicatorSlots slots, RuleShape shape)
    {
        _plan = plan;
        _slots = slots;
        _shape = shape;
        var input = Expression.Parameter(typeof(GoalInput), InputName);
        _inputOfRuleSet = Expression.Lambda<Func<GoalInput, bool>>(
            Expression.Equal(Expression.Property(Expression.Property(input, FactMembers.InputReport), FactMembers.RuleSetId), Expression.Constant(plan.RuleSet.Id)), input);
    }

    /// <summary><c>e.RuleSetId == id</c>: the same expression in every rule of the set, so NRules shares its node.</summary>
    public static Expression<Func<EvaluationFact, bool>> OfRuleSet(string id)
    {
        var e = Expression.Parameter(typeof(EvaluationFact), ReportName);
        return Expression.Lambda<Func<EvaluationFact, bool>>(
            Expression.Equal(Expression.Property(e, FactMembers.RuleSetId), Expression.Constant(id)), e);
    }

    public IEnumerable<IRuleDefinition> For(PlanGoal goal)
    {
        var mayBeUnassessed = goal.Cases.Length > 1 || !goal.Goal.FollowedUpIn.IsDefaultOrEmpty || goal.Cases.Any(c => c.Year is not null || c.Period is not null);
        foreach (var c in goal.Cases)
        {
            yield return Case(goal, c, selectCase: mayBeUnassessed);
        }

        if (mayBeUnassessed)
        {
            yield return Unassessed(goal);
        }
    }

    private IRuleDefinition Case(PlanGoal goal, PlanCase c, bool selectCase)
    {
        var builder = Named(goal, goal.Goal.Criterion is ScheduledCriterion ? $"{goal.Goal.Id} [{CaseName(c)}]" : goal.Goal.Id);
        if (c.Year is { } year)
        {
            builder.Property(RuleProperties.Year, year);
        }

        if (c.Period is { } period)
        {
            builder.Property(RuleProperties.Period, ReportPeriodNames.Display(period));
        }

        var (matched, e) = Match(builder, goal, selectCase ? c.Index : null);
        var values = Expression.Property(e, FactMembers.Values);
        var criterion = new CriterionExpressions(_plan, Expression.Property(e, FactMembers.Record),
            id => _slots.TryGet(id, out var slot) ? Expression.ArrayIndex(values, Expression.Constant(slot)) : null);

        // The status: the case's condition parts computed from the report's values, each part's outcome recorded as it
        // goes, and combined. Then the values the goal shows (a monitor's; the explanation placeholders', only when texts
        // are wanted), computed from the same values, and the goal's result built from them.
        var outcomes = c.Parts.Where(p => _plan.Parts[p].Kind != PartKind.Display).Select(criterion.Part);
        var status = Expression.Call(RuleActions.StatusMethod, e, Expression.Constant(goal.Index), Expression.Constant(c.Index), Expression.NewArrayInit(typeof(bool?), outcomes));
        var shown = c.Parts.Where(p => _plan.Parts[p].Kind == PartKind.Display).Select(p => Boxed(criterion.Part(p)))
            .Concat(c.TemplateParts.Select(p => (Expression)Expression.Condition(
                Expression.Property(e, FactMembers.Explain), Boxed(criterion.Part(p)), Expression.Constant(null, typeof(object)))));
        var context = Expression.Parameter(typeof(IContext), "ctx");
        var action = Expression.Call(
            _shape == RuleShape.Report ? RuleActions.GoalInReportMethod : RuleActions.GoalMethod,
            context, e, Expression.Constant(goal.Index), Expression.Constant(c.Index), status, Expression.NewArrayInit(typeof(object), shown));
        builder.RightHandSide().Action(Expression.Lambda(action, context, matched));
        return builder.Build();
    }

    private static UnaryExpression Boxed(Expression value) => Expression.Convert(value, typeof(object));

    private IRuleDefinition Unassessed(PlanGoal goal)
    {
        var builder = Named(goal, $"{goal.Goal.Id} (not assessed)");
        var (matched, e) = Match(builder, goal, -1);
        var context = Expression.Parameter(typeof(IContext), "ctx");
        var action = Expression.Call(
            _shape == RuleShape.Report ? RuleActions.UnassessedInReportMethod : RuleActions.UnassessedMethod, context, e, Expression.Constant(goal.Index));
        builder.RightHandSide().Action(Expression.Lambda(action, context, matched));
        return builder.Build();
    }

    /// <summary>
    /// The fact a goal's rule matches — the report, or the goal's input of a report of this rule set — and, when
    /// <paramref name="caseIndex"/> is given, the filter that lets the rule fire only when that case of the goal applies
    /// (-1: when none does). Returns the matched fact's parameter and the expression of the report.
    /// </summary>
    private (ParameterExpression Matched, Expression Report) Match(RuleBuilder builder, PlanGoal goal, int? caseIndex)
    {
        var lhs = builder.LeftHandSide();
        ParameterExpression matched;
        Expression e;
        if (_shape == RuleShape.Report)
        {
            lhs.Pattern(typeof(EvaluationFact), ReportName);
            matched = Expression.Parameter(typeof(EvaluationFact), ReportName);
            e = matched;
        }
        else
        {
            var pattern = lhs.Pattern(typeof(GoalInput), InputName);
            matched = Expression.Parameter(typeof(GoalInput), InputName);
            e = Expression.Property(matched, FactMembers.InputReport);
            pattern.Condition(_inputOfRuleSet);
            pattern.Condition(Expression.Lambda<Func<GoalInput, bool>>(
                Expression.Equal(Expression.Property(matched, FactMembers.InputBucket), Expression.Constant(FactBuckets.Of(goal.Index, _plan.Goals.Length))), matched));
            pattern.Condition(Expression.Lambda<Func<GoalInput, bool>>(
                Expression.Equal(Expression.Property(matched, FactMembers.InputGoal), Expression.Constant(goal.Index)), matched));
        }

        if (caseIndex is { } k)
        {
            builder.Filters().Filter(FilterType.Predicate, Expression.Lambda(
                Expression.Equal(Expression.Call(e, FactMembers.CaseOf, Expression.Constant(goal.Index)), Expression.Constant(k)), matched));
        }

        return (matched, e);
    }

    private RuleBuilder Named(PlanGoal goal, string name)
    {
        var builder = new RuleBuilder();
        builder.Name(name);
        builder.Description(goal.Goal.Title);
        builder.Priority(RulePriorities.Goal);
        builder.Tag(RuleProperties.GoalTag);
        builder.Tag(GoalCategoryNames.Name(goal.Goal.Category));
        builder.Property(RuleProperties.RuleSet, _plan.RuleSet.Id);
        builder.Property(RuleProperties.Goal, goal.Goal.Id);
        builder.Property(RuleProperties.Category, GoalCategoryNames.Name(goal.Goal.Category));
        if (goal.Goal.Group is { } group)
        {
            builder.Property(RuleProperties.Group, group);
        }

        if (!goal.Goal.FollowedUpIn.IsDefaultOrEmpty)
        {
            builder.Property(RuleProperties.FollowedUpIn, string.Join(", ", goal.Goal.FollowedUpIn.Select(ReportPeriodNames.Display)));
        }

        return builder;
    }

    private static string CaseName(PlanCase c) => (c.Year, c.Period) switch
    {
        ({ } y, { } p) => $"{y} {ReportPeriodNames.Display(p)}",
        ({ } y, null) => y.ToString(CultureInfo.InvariantCulture),
        (null, { } p) => ReportPeriodNames.Display(p),
        _ => "otherwise",
    };
}
