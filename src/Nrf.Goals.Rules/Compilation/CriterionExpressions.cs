using System.Linq.Expressions;
using System.Reflection;
using Nrf.Goals.Evaluation;
using Nrf.Goals.Expressions;
using Nrf.Goals.Expressions.Functions;
using Nrf.Goals.Values;

namespace Nrf.Goals.Rules.Compilation;

/// <summary>
/// Builds the <see cref="System.Linq.Expressions"/> tree of a criterion part directly from its numbered nodes: every node
/// becomes a call of an <see cref="EvaluationRecord"/> method with the node's id and its operands, and every reference
/// reads the <see cref="Facts.IndicatorFact.Data"/> of the fact the rule matched. Nothing the analyst wrote becomes a
/// name, a type or a member: the only methods a rule can reach are the ones listed here, so no rule file reaches .NET.
/// </summary>
internal sealed class CriterionExpressions
{
    private static readonly Dictionary<string, MethodInfo> Methods = typeof(EvaluationRecord)
        .GetMethods(BindingFlags.Public | BindingFlags.Instance)
        .Where(m => m.DeclaringType == typeof(EvaluationRecord))
        .GroupBy(m => m.Name + "/" + string.Join(",", m.GetParameters().Select(p => p.ParameterType.ToString())))
        .ToDictionary(g => g.Key, g => g.Single(), StringComparer.Ordinal);

    private static readonly Expression EmptyData = Expression.Constant(IndicatorData.Empty);

    private readonly EvaluationPlan _plan;
    private readonly Expression _record;
    private readonly Func<string, Expression?> _dataOf;

    /// <param name="plan">The plan whose nodes are compiled.</param>
    /// <param name="record">The expression of the evaluation's record (<c>e.Record</c>).</param>
    /// <param name="dataOf">The expression of an indicator's matched data (<c>i0.Data</c>), by indicator id.</param>
    public CriterionExpressions(EvaluationPlan plan, Expression record, Func<string, Expression?> dataOf)
    {
        _plan = plan;
        _record = record;
        _dataOf = dataOf;
    }

    /// <summary>A criterion part's outcome: <c>e.Record.Begin(p).Done(p, tree)</c>, three-valued.</summary>
    public Expression Part(int part)
    {
        var info = _plan.Parts[part];
        var begin = Call(_record, "Begin", Int(part));
        return info.Kind switch
        {
            PartKind.Manual => Call(begin, "Manual", Int(part), DataOf(info.ManualIndicator!)),
            PartKind.Activity => Call(begin, "Activity", Int(part), DataOf(info.ManualIndicator!)),
            _ => Call(begin, info.Kind == PartKind.Condition ? "Done" : "Show", Int(part), Node(info.RootNode)),
        };
    }

    private Expression Node(int id)
    {
        var node = _plan.Nodes[id];
        var expr = node.Expr;
        var children = node.Children;
        switch (expr)
        {
            case NumberLiteral:
                return Call(_record, "K", Int(id));
            case BoolLiteral:
                return Call(_record, "B", Int(id));
            case IndicatorRef or CallExpr when node.Ref is { } spec:
                var data = spec.ReadsBaseline ? EmptyData : DataOf(spec.Indicator.Id);
                return Call(_record, expr.Type == ExprType.NumberRef ? "N" : "F", Int(id), data);
            case UnaryExpr u:
                return Call(_record, u.Operator == UnaryOperator.Negate ? "Neg" : "Invert", Int(id), Node(children[0]));
            case BinaryExpr b:
                var method = b.Operator switch
                {
                    BinaryOperator.Add => "Plus",
                    BinaryOperator.Subtract => "Minus",
                    BinaryOperator.Multiply => "Times",
                    BinaryOperator.Divide => "Over",
                    BinaryOperator.And => "Both",
                    BinaryOperator.Or => "Either",
                    BinaryOperator.Equal or BinaryOperator.NotEqual when b.Left.Type.IsYesNo() => "Same",
                    _ => "Compare",
                };
                return Call(_record, method, Int(id), Node(children[0]), Node(children[1]));
            case CallExpr when node.Form == FunctionForm.OfNumbers && children.Length == 1:
                return Call(_record, "Operand", Int(id), Node(children[0]));
            case CallExpr when node.Form == FunctionForm.OfNumbers:
                // The operands as one flat array, not a nested call per operand: the tree stays as deep as the
                // expression, so compiling min(a, b, …) costs in proportion to its operands.
                return Call(_record, "Fold", Int(id), Expression.NewArrayInit(typeof(decimal?), children.Select(Node)));
            case CallExpr:
                // A function of references (increased, gap, min of a series …): the core computes it from the data of
                // the indicator it is applied to.
                var applied = _plan.FunctionArguments(id);
                var argument = applied.Count == 0 ? EmptyData : DataOf(applied[0].Indicator.Id);
                return Call(_record, expr.Type == ExprType.YesNo ? "RefF" : "RefN", Int(id), argument);
            default:
                throw new InvalidOperationException($"The compiler has no case for {expr.GetType().Name}.");
        }
    }

    private Expression DataOf(string indicator) =>
        _dataOf(indicator) ?? throw new InvalidOperationException($"The rule does not match the indicator '{indicator}' it reads.");

    private static ConstantExpression Int(int value) => Expression.Constant(value);

    private static MethodCallExpression Call(Expression instance, string name, params Expression[] args)
    {
        var key = name + "/" + string.Join(",", args.Select(a => a.Type.ToString()));
        return Expression.Call(instance, Methods[key], args);
    }
}
