using System.Linq.Expressions;
using System.Reflection;
using Nrf.Goals.Rules.Evaluation;
using Nrf.Goals.Rules.Facts;
using Nrf.Goals.Values;

namespace Nrf.Goals.Rules.Compilation;

/// <summary>
/// The members of our facts that the rules' conditions and bindings read, each taken from a typed reference to it, so
/// that the compiler checks every one and a rename is a compile error rather than a rule that fails when it first runs.
/// </summary>
internal static class FactMembers
{
    public static readonly PropertyInfo RuleSetId = Property((EvaluationFact e) => e.RuleSetId);
    public static readonly PropertyInfo Record = Property((EvaluationFact e) => e.Record);
    public static readonly PropertyInfo Explain = Property((EvaluationFact e) => e.Explain);
    public static readonly MethodInfo CaseOf = Method((EvaluationFact e) => e.CaseOf(0));
    public static readonly PropertyInfo Values = Property((EvaluationFact e) => e.Values);

    public static readonly PropertyInfo InputReport = Property((GoalInput i) => i.Evaluation);
    public static readonly PropertyInfo InputGoal = Property((GoalInput i) => i.Goal);
    public static readonly PropertyInfo InputBucket = Property((GoalInput i) => i.Bucket);

    public static readonly PropertyInfo Report = Property((IndicatorFact f) => f.Evaluation);
    public static readonly PropertyInfo Indicator = Property((IndicatorFact f) => f.Indicator);

    public static readonly PropertyInfo OutcomeReport = Property((GoalOutcome o) => o.Evaluation);
    public static readonly PropertyInfo OutcomeCategory = Property((GoalOutcome o) => o.Category);
    public static readonly PropertyInfo OutcomeIsActivity = Property((GoalOutcome o) => o.IsActivity);
    public static readonly MethodInfo OutcomeInGroup = Method((GoalOutcome o) => o.InGroup(string.Empty));

    public static readonly PropertyInfo CategoryReport = Property((CategoryOutcome c) => c.Evaluation);
    public static readonly PropertyInfo CategoryOfOutcome = Property((CategoryOutcome c) => c.Category);

    private static PropertyInfo Property<T, TValue>(Expression<Func<T, TValue>> read) =>
        (PropertyInfo)((MemberExpression)read.Body).Member;

    private static MethodInfo Method<T, TValue>(Expression<Func<T, TValue>> call) =>
        ((MethodCallExpression)call.Body).Method;
}
