using System.Linq.Expressions;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using Nrf.Goals.Model;
using RuleSet = Nrf.Goals.Model.RuleSet;
using Nrf.Goals.Rules.Facts;
using Nrf.Goals.Rules.Runtime;
using Nrf.Goals.Words;

namespace Nrf.Goals.Rules.Compilation;

/// <summary>
/// Builds the aggregate rules over the goals' results: per category, count and judge them under the policy; from the
/// two categories, the verdict; per group of the plan's hierarchy, its roll-up. In the <see cref="RuleShape.Inputs"/>
/// shape by forward chaining: the category and group rules collect the report's <see cref="GoalOutcome"/>s and yield a
/// <see cref="CategoryOutcome"/> or <see cref="GroupOutcome"/>, the verdict rule joins the two category outcomes and
/// yields a <see cref="VerdictOutcome"/>, so when a goal's outcome changes only these re-fire. In the
/// <see cref="RuleShape.Report"/> shape each matches the report's fact and reads what the rules before it wrote there:
/// their priorities order them after every goal and the verdict after the categories.
/// </summary>
internal sealed class VerdictRules
{
    private const string ReportName = "e";
    private readonly RuleSet _ruleSet;
    private readonly IndicatorSlots _slots;
    private readonly RuleShape _shape;
    private readonly Expression<Func<EvaluationFact, bool>> _ofRuleSet;

    public VerdictRules(RuleSet ruleSet, IndicatorSlots slots, RuleShape shape)
    {
        _ruleSet = ruleSet;
        _slots = slots;
        _shape = shape;
        _ofRuleSet = GoalRules.OfRuleSet(ruleSet.Id);
    }

    public IEnumerable<IRuleDefinition> All()
    {
        yield return Category(GoalCategory.Operational);
        yield return Category(GoalCategory.Financial);
        yield return Verdict();
        if (!_ruleSet.Groups.IsDefaultOrEmpty)
        {
            for (var g = 0; g < _ruleSet.Groups.Length; g++)
            {
                yield return Group(g);
            }
        }
    }

    private IRuleDefinition Category(GoalCategory category)
    {
        var name = GoalCategoryNames.Name(category);
        var builder = Named($"verdict: {name} goals ({_ruleSet.Policy.For(category).Describe()})", RulePriorities.Aggregate);
        builder.Property(RuleProperties.Category, name);
        if (_shape == RuleShape.Report)
        {
            // A category decided by the overall assessment recorded for an indicator reads that indicator's slot.
            var slot = _ruleSet.Policy.For(category) is JudgementRequired judgedBy ? _slots.Of(judgedBy.Indicator) : -1;
            return InReport(builder, RuleActions.CategoryInReportMethod, Expression.Constant(category), Expression.Constant(slot));
        }

        var lhs = builder.LeftHandSide();
        lhs.Pattern(typeof(EvaluationFact), ReportName).Condition(_ofRuleSet);
        var o = Expression.Parameter(typeof(GoalOutcome), "o");
        var outcomes = Collect(lhs, "outcomes", Expression.Lambda<Func<GoalOutcome, bool>>(
            Expression.Equal(Expression.Property(o, FactMembers.OutcomeCategory), Expression.Constant(category)), o), Counted());
        if (_ruleSet.Policy.For(category) is JudgementRequired judged)
        {
            // The category is decided by the overall assessment recorded for this indicator (present or not).
            var pattern = lhs.Pattern(typeof(IndicatorFact), "judgement");
            var j = Expression.Parameter(typeof(IndicatorFact), "judgement");
            var e = Expression.Parameter(typeof(EvaluationFact), ReportName);
            pattern.Condition(Expression.Lambda<Func<IndicatorFact, bool>>(
                Expression.Equal(Expression.Property(j, FactMembers.Indicator), Expression.Constant(judged.Indicator)), j));
            pattern.Condition(Expression.Lambda<Func<IndicatorFact, EvaluationFact, bool>>(
                Expression.Equal(Expression.Property(j, FactMembers.Report), e), j, e));
            Act(builder, RuleActions.CategoryMethod, outcomes, Expression.Constant(category), j);
        }
        else
        {
            Act(builder, RuleActions.CategoryMethod, outcomes, Expression.Constant(category), Expression.Constant(null, typeof(IndicatorFact)));
        }

        return builder.Build();
    }

    private IRuleDefinition Verdict()
    {
        var builder = Named("verdict", RulePriorities.Verdict);
        if (_shape == RuleShape.Report)
        {
            return InReport(builder, RuleActions.VerdictInReportMethod);
        }

        var lhs = builder.LeftHandSide();
        lhs.Pattern(typeof(EvaluationFact), ReportName).Condition(_ofRuleSet);
        var e = Expression.Parameter(typeof(EvaluationFact), ReportName);
        var categories = new List<ParameterExpression>();
        foreach (var category in new[] { GoalCategory.Operational, GoalCategory.Financial })
        {
            var name = GoalCategoryNames.Name(category);
            var pattern = lhs.Pattern(typeof(CategoryOutcome), name);
            var c = Expression.Parameter(typeof(CategoryOutcome), name);
            pattern.Condition(Expression.Lambda<Func<CategoryOutcome, bool>>(
                Expression.Equal(Expression.Property(c, FactMembers.CategoryOfOutcome), Expression.Constant(category)), c));
            pattern.Condition(Expression.Lambda<Func<CategoryOutcome, EvaluationFact, bool>>(
                Expression.Equal(Expression.Property(c, FactMembers.CategoryReport), e), c, e));
            categories.Add(c);
        }

        Act(builder, RuleActions.VerdictMethod, categories[0], categories[1]);
        return builder.Build();
    }

    private IRuleDefinition Group(int index)
    {
        var group = _ruleSet.Groups[index];
        var builder = Named($"group: {group.Id}", RulePriorities.Aggregate);
        builder.Tag(RuleProperties.GroupTag);
        builder.Property(RuleProperties.Group, group.Id);
        if (_shape == RuleShape.Report)
        {
            return InReport(builder, RuleActions.GroupInReportMethod, Expression.Constant(index));
        }

        var lhs = builder.LeftHandSide();
        lhs.Pattern(typeof(EvaluationFact), ReportName).Condition(_ofRuleSet);
        var o = Expression.Parameter(typeof(GoalOutcome), "o");
        var outcomes = Collect(lhs, "outcomes", Expression.Lambda<Func<GoalOutcome, bool>>(
            Expression.Call(o, FactMembers.OutcomeInGroup, Expression.Constant(group.Id)), o), Counted());
        Act(builder, RuleActions.GroupMethod, outcomes, Expression.Constant(index));
        return builder.Build();
    }

    /// <summary>
    /// <c>o.IsActivity == false</c>: activities ("Aktivitet: …") are followed as done or in progress, not as styrmått, so
    /// the category, verdict and group rules never collect them.
    /// </summary>
    private static Expression<Func<GoalOutcome, bool>> Counted()
    {
        var o = Expression.Parameter(typeof(GoalOutcome), "o");
        return Expression.Lambda<Func<GoalOutcome, bool>>(Expression.Equal(Expression.Property(o, FactMembers.OutcomeIsActivity), Expression.Constant(false)), o);
    }

    /// <summary>A pattern binding every <see cref="GoalOutcome"/> of the report that passes all <paramref name="filters"/>, as a collection.</summary>
    private static ParameterExpression Collect(GroupBuilder lhs, string name, params Expression<Func<GoalOutcome, bool>>[] filters)
    {
        var collection = lhs.Pattern(typeof(IEnumerable<GoalOutcome>), name);
        var aggregate = collection.Aggregate();
        aggregate.Collect();
        var source = aggregate.Pattern(typeof(GoalOutcome), "o");
        foreach (var filter in filters)
        {
            source.Condition(filter);
        }

        var o = Expression.Parameter(typeof(GoalOutcome), "o");
        var e = Expression.Parameter(typeof(EvaluationFact), ReportName);
        source.Condition(Expression.Lambda<Func<GoalOutcome, EvaluationFact, bool>>(
            Expression.Equal(Expression.Property(o, FactMembers.OutcomeReport), e), o, e));
        return Expression.Parameter(typeof(IEnumerable<GoalOutcome>), name);
    }

    /// <summary>A rule of the report shape: match the report's fact and call <paramref name="method"/>(ctx, e, <paramref name="args"/>).</summary>
    private static IRuleDefinition InReport(RuleBuilder builder, System.Reflection.MethodInfo method, params Expression[] args)
    {
        builder.LeftHandSide().Pattern(typeof(EvaluationFact), ReportName);
        Act(builder, method, args);
        return builder.Build();
    }

    private static void Act(RuleBuilder builder, System.Reflection.MethodInfo method, params Expression[] args)
    {
        var context = Expression.Parameter(typeof(IContext), "ctx");
        var e = Expression.Parameter(typeof(EvaluationFact), ReportName);
        var parameters = new List<ParameterExpression> { context, e };
        parameters.AddRange(args.OfType<ParameterExpression>());
        var call = Expression.Call(method, [context, e, .. args]);
        builder.RightHandSide().Action(Expression.Lambda(call, parameters));
    }

    private RuleBuilder Named(string name, int priority)
    {
        var builder = new RuleBuilder();
        builder.Name(name);
        builder.Priority(priority);
        builder.Tag(RuleProperties.VerdictTag);
        builder.Property(RuleProperties.RuleSet, _ruleSet.Id);
        if (_ruleSet.Policy.Wording is { } wording)
        {
            builder.Description(wording);
        }

        return builder;
    }
}
