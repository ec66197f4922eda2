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
/// Builds the NRules rules that judge one goal: one per case of its target (one, unless targets vary by year or period),
/// and, when no case may apply (<c>followedUpIn</c>, years, periods), one that says why the goal is not assessed.
/// </summary>
/// <remarks>
/// A case's rule: match the <see cref="IndicatorFact"/> of every indicator the case reads — the first with the
/// conditions on its report (<see cref="EvaluationFact"/>: this rule set, this case applies), the others joined to the
/// same report; bind the goal's status, computed by the expression trees of its parts (each part's three-valued outcome
/// recorded as it goes); and yield the goal's <see cref="GoalOutcome"/>. A case that reads no report value matches the
/// report itself.
/// </remarks>
internal sealed class GoalRules
{
    private const string ReportName = "e";

    private readonly EvaluationPlan _plan;
    private readonly Expression<Func<EvaluationFact, bool>> _ofRuleSet;

    private readonly IndicatorBuckets _buckets;

    public GoalRules(EvaluationPlan plan, IndicatorBuckets buckets)
    {
        _plan = plan;
        _buckets = buckets;
        _ofRuleSet = OfRuleSet(plan.RuleSet.Id);
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

        var lhs = builder.LeftHandSide();
        var indicators = _plan.IndicatorsRead(c.Parts.Concat(goal.TemplateParts));
        var data = new Dictionary<string, ParameterExpression>(StringComparer.Ordinal);
        Expression e;
        ParameterExpression first;
        if (indicators.Count == 0)
        {
            // A criterion that reads no report value (only literals and baselines) matches the report itself.
            Report(lhs, goal, selectCase ? c.Index : null);
            first = Expression.Parameter(typeof(EvaluationFact), ReportName);
            e = first;
        }
        else
        {
            // The report is reached through the first indicator's fact rather than joined as a pattern of its own:
            // one join less per goal, and the report's conditions become alpha conditions of that fact.
            first = Expression.Parameter(typeof(IndicatorFact), "i0");
            e = Expression.Property(first, FactMembers.Report);
        }

        foreach (var indicator in indicators)
        {
            var name = "i" + data.Count.ToString(CultureInfo.InvariantCulture);
            var pattern = lhs.Pattern(typeof(IndicatorFact), name);
            var f = data.Count == 0 ? first : Expression.Parameter(typeof(IndicatorFact), name);
            pattern.Condition(Expression.Lambda<Func<IndicatorFact, bool>>(
                Expression.Equal(Expression.Property(f, FactMembers.Bucket), Expression.Constant(_buckets.Of(indicator))), f));
            pattern.Condition(Expression.Lambda<Func<IndicatorFact, bool>>(
                Expression.Equal(Expression.Property(f, FactMembers.Indicator), Expression.Constant(indicator)), f));
            if (data.Count == 0)
            {
                foreach (var condition in ReportConditions(goal, selectCase ? c.Index : null))
                {
                    pattern.Condition(Expression.Lambda<Func<IndicatorFact, bool>>(new Substitution(condition.Parameters[0], e).Visit(condition.Body), f));
                }
            }
            else
            {
                pattern.Condition(Expression.Lambda<Func<IndicatorFact, IndicatorFact, bool>>(
                    Expression.Equal(Expression.Property(f, FactMembers.Report), e), f, first));
            }

            data[indicator] = f;
        }

        // The status binding computes the case's condition parts from the report and the matched indicators, each part's
        // outcome recorded as it goes, and binds the goal's status combined from the outcomes it computed.
        var criterion = new CriterionExpressions(_plan, Expression.Property(e, FactMembers.Record), id => data.TryGetValue(id, out var f) ? Expression.Property(f, FactMembers.Data) : null);
        IReadOnlyCollection<ParameterExpression> matched = indicators.Count == 0 ? [first] : data.Values;
        var outcomes = c.Parts.Where(p => _plan.Parts[p].Kind != PartKind.Display).Select(criterion.Part);
        var status = lhs.Pattern(typeof(Results.GoalStatus), "status").Binding();
        status.BindingExpression(Expression.Lambda(
            Expression.Call(RuleActions.StatusMethod, e, Expression.Constant(goal.Index), Expression.Constant(c.Index), Expression.NewArrayInit(typeof(bool?), outcomes)),
            matched));

        // The action builds the goal's result from the bound status and the values it shows (a monitor's; the explanation
        // placeholders', only when texts are wanted), which it computes from the same facts.
        var context = Expression.Parameter(typeof(IContext), "ctx");
        var bound = Expression.Parameter(typeof(Results.GoalStatus), "status");
        var shown = c.Parts.Where(p => _plan.Parts[p].Kind == PartKind.Display).Select(p => Boxed(criterion.Part(p)))
            .Concat(goal.TemplateParts.Select(p => (Expression)Expression.Condition(
                Expression.Property(e, FactMembers.Explain), Boxed(criterion.Part(p)), Expression.Constant(null, typeof(object)))));
        var action = Expression.Call(
            RuleActions.GoalMethod, context, e, Expression.Constant(goal.Index), Expression.Constant(c.Index), bound, Expression.NewArrayInit(typeof(object), shown));
        builder.RightHandSide().Action(Expression.Lambda(action, [context, bound, .. matched]));
        return builder.Build();
    }

    private static UnaryExpression Boxed(Expression value) => Expression.Convert(value, typeof(object));

    private IRuleDefinition Unassessed(PlanGoal goal)
    {
        var builder = Named(goal, $"{goal.Goal.Id} (not assessed)");
        Report(builder.LeftHandSide(), goal, -1);
        var context = Expression.Parameter(typeof(IContext), "ctx");
        var e = Expression.Parameter(typeof(EvaluationFact), ReportName);
        var action = Expression.Call(RuleActions.UnassessedMethod, context, e, Expression.Constant(goal.Index));
        builder.RightHandSide().Action(Expression.Lambda<Action<IContext, EvaluationFact>>(action, context, e));
        return builder.Build();
    }

    /// <summary>The report pattern: a report of this rule set, to which case <paramref name="caseIndex"/> of the goal applies (any case when null).</summary>
    private void Report(GroupBuilder lhs, PlanGoal goal, int? caseIndex)
    {
        var pattern = lhs.Pattern(typeof(EvaluationFact), ReportName);
        foreach (var condition in ReportConditions(goal, caseIndex))
        {
            pattern.Condition(condition);
        }
    }

    /// <summary>The conditions on the report: of this rule set, and [when given] case <paramref name="caseIndex"/> of the goal applies to it.</summary>
    private IEnumerable<Expression<Func<EvaluationFact, bool>>> ReportConditions(PlanGoal goal, int? caseIndex)
    {
        yield return _ofRuleSet;
        if (caseIndex is { } k)
        {
            var e = Expression.Parameter(typeof(EvaluationFact), ReportName);
            yield return Expression.Lambda<Func<EvaluationFact, bool>>(
                Expression.Equal(Expression.Call(e, FactMembers.CaseOf, Expression.Constant(goal.Index)), Expression.Constant(k)), e);
        }
    }

    /// <summary>Replaces one parameter of a condition with another expression (the report reached through an indicator's fact).</summary>
    private sealed class Substitution(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
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
