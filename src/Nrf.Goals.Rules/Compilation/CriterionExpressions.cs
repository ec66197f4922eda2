using System.Linq.Expressions;
using System.Reflection;
using Nrf.Goals.Expressions;
using Nrf.Goals.Rules.Evaluation;
using Nrf.Goals.Values;

namespace Nrf.Goals.Rules.Compilation;

/// <summary>
/// Builds the <see cref="System.Linq.Expressions"/> tree of a criterion part directly from its numbered nodes: every node
/// becomes a call of an <see cref="EvaluationRecord"/> method with the node's id and its operands, and every reference
/// reads the <see cref="Facts.IndicatorFact.Data"/> of the fact the rule matched. Nothing the analyst wrote becomes a
/// name, a type or a member: the only methods a rule can reach are the ones listed in <see cref="Calls"/>, taken from
/// typed references to them, so no rule file reaches .NET and a renamed method is a compile error here.
/// </summary>
internal sealed class CriterionExpressions : ExprVisitor<Expression>
{
    private static readonly Expression EmptyData = Expression.Constant(IndicatorData.Empty);

    private readonly EvaluationPlan _plan;
    private readonly Expression _record;
    private readonly Func<string, Expression?> _dataOf;
    private int _node;

    /// <param name="plan">The plan whose nodes are compiled.</param>
    /// <param name="record">The expression of the evaluation's record (<c>e.Record</c>).</param>
    /// <param name="dataOf">The expression of an indicator's matched data (<c>i0.Data</c>), by indicator id.</param>
    public CriterionExpressions(EvaluationPlan plan, Expression record, Func<string, Expression?> dataOf)
    {
        _plan = plan;
        _record = record;
        _dataOf = dataOf;
    }

    /// <summary>A criterion part's outcome: <c>e.Record.Begin(p).Done(p, tree)</c>, three-valued (<c>bool?</c>, or <c>decimal?</c> for a shown number).</summary>
    public Expression Part(int part)
    {
        var info = _plan.Parts[part];
        var begin = Expression.Call(_record, Calls.Begin, Int(part));
        return info.Kind switch
        {
            PartKind.Manual => Expression.Call(begin, Calls.Manual, Int(part), DataOf(info.ManualIndicator!)),
            PartKind.Activity => Expression.Call(begin, Calls.Activity, Int(part), DataOf(info.ManualIndicator!)),
            PartKind.Condition => Expression.Call(begin, Calls.Done, Int(part), Node(info.RootNode)),
            _ => Show(begin, part, Node(info.RootNode)),
        };
    }

    private static MethodCallExpression Show(Expression record, int part, Expression value) =>
        Expression.Call(record, value.Type == typeof(bool?) ? Calls.ShowFlag : Calls.ShowNumber, Int(part), value);

    /// <summary>The tree of node <paramref name="id"/> and its operands.</summary>
    private Expression Node(int id)
    {
        _node = id;
        return _plan.Nodes[id].Expr.Accept(this);
    }

    public override Expression VisitNumber(NumberLiteral number) => Expression.Call(_record, Calls.Constant, Int(_node));

    public override Expression VisitBool(BoolLiteral flag) => Expression.Call(_record, Calls.Flag, Int(_node));

    public override Expression VisitIndicator(IndicatorRef reference) => Reference(_node);

    public override Expression VisitUnary(UnaryExpr unary)
    {
        var id = _node;
        return Expression.Call(_record, unary.Operator == UnaryOperator.Negate ? Calls.Negate : Calls.Not, Int(id), Node(_plan.Nodes[id].Children[0]));
    }

    public override Expression VisitBinary(BinaryExpr binary)
    {
        var id = _node;
        var method = binary.Operator switch
        {
            BinaryOperator.Add => Calls.Plus,
            BinaryOperator.Subtract => Calls.Minus,
            BinaryOperator.Multiply => Calls.Times,
            BinaryOperator.Divide => Calls.Over,
            BinaryOperator.And => Calls.Both,
            BinaryOperator.Or => Calls.Either,
            BinaryOperator.Equal or BinaryOperator.NotEqual when binary.Left.Type.IsYesNo() => Calls.Same,
            _ => Calls.Compare,
        };
        var children = _plan.Nodes[id].Children;
        var left = Node(children[0]);
        return Expression.Call(_record, method, Int(id), left, Node(children[1]));
    }

    public override Expression VisitCall(CallExpr call)
    {
        var id = _node;
        var node = _plan.Nodes[id];
        if (node.Ref is not null)
        {
            return Reference(id);
        }

        if (node.Form == Nrf.Goals.Expressions.Functions.FunctionForm.OfNumbers)
        {
            var children = node.Children;
            if (children.Length == 1)
            {
                return Expression.Call(_record, Calls.Operand, Int(id), Node(children[0]));
            }

            // The operands as one flat array, not a nested call per operand: the tree stays as deep as the
            // expression, so compiling min(a, b, …) costs in proportion to its operands.
            var operands = new Expression[children.Length];
            for (var i = 0; i < children.Length; i++)
            {
                operands[i] = Node(children[i]);
            }

            return Expression.Call(_record, Calls.Fold, Int(id), Expression.NewArrayInit(typeof(decimal?), operands));
        }

        // A function of references (increased, gap, min of a series, sum_years …): the record applies the function to the
        // data of the indicators it is applied to — one, as almost every function reads, passed alone; several (a weighted
        // mean) in one array.
        var applied = _plan.FunctionArguments(id);
        if (applied.Count > 1)
        {
            var data = new Expression[applied.Count];
            for (var i = 0; i < data.Length; i++)
            {
                data[i] = applied[i].ReadsBaseline ? EmptyData : DataOf(applied[i].Indicator.Id);
            }

            return Expression.Call(_record, call.Type == ExprType.YesNo ? Calls.FunctionFlagOfMany : Calls.FunctionNumberOfMany, Int(id), Expression.NewArrayInit(typeof(IndicatorData), data));
        }

        var argument = applied.Count == 0 ? EmptyData : DataOf(applied[0].Indicator.Id);
        return Expression.Call(_record, call.Type == ExprType.YesNo ? Calls.FunctionFlag : Calls.FunctionNumber, Int(id), argument);
    }

    /// <summary>A reference (or a time shift of one): read from the matched fact's data, or from the rule file for a baseline.</summary>
    private Expression Reference(int id)
    {
        var node = _plan.Nodes[id];
        var spec = node.Ref!;
        var data = spec.ReadsBaseline ? EmptyData : DataOf(spec.Indicator.Id);
        return Expression.Call(_record, node.Expr.Type == ExprType.NumberRef ? Calls.Number : Calls.YesNo, Int(id), data);
    }

    private Expression DataOf(string indicator) =>
        _dataOf(indicator) ?? throw new InvalidOperationException($"The rule does not match the indicator '{indicator}' it reads.");

    private static ConstantExpression Int(int value) => Expression.Constant(value);

    /// <summary>The record's methods a compiled rule calls, each taken from a typed call so that the compiler checks it.</summary>
    private static class Calls
    {
        public static readonly MethodInfo Begin = Of(r => r.Begin(0));
        public static readonly MethodInfo Done = Of(r => r.Done(0, null));
        public static readonly MethodInfo ShowNumber = Of(r => r.Show(0, (decimal?)null));
        public static readonly MethodInfo ShowFlag = Of(r => r.Show(0, (bool?)null));
        public static readonly MethodInfo Manual = Of(r => r.Manual(0, IndicatorData.Empty));
        public static readonly MethodInfo Activity = Of(r => r.Activity(0, IndicatorData.Empty));
        public static readonly MethodInfo Constant = Of(r => r.K(0));
        public static readonly MethodInfo Flag = Of(r => r.B(0));
        public static readonly MethodInfo Number = Of(r => r.N(0, IndicatorData.Empty));
        public static readonly MethodInfo YesNo = Of(r => r.F(0, IndicatorData.Empty));
        public static readonly MethodInfo Negate = Of(r => r.Neg(0, null));
        public static readonly MethodInfo Not = Of(r => r.Invert(0, null));
        public static readonly MethodInfo Plus = Of(r => r.Plus(0, null, null));
        public static readonly MethodInfo Minus = Of(r => r.Minus(0, null, null));
        public static readonly MethodInfo Times = Of(r => r.Times(0, null, null));
        public static readonly MethodInfo Over = Of(r => r.Over(0, null, null));
        public static readonly MethodInfo Both = Of(r => r.Both(0, null, null));
        public static readonly MethodInfo Either = Of(r => r.Either(0, null, null));
        public static readonly MethodInfo Same = Of(r => r.Same(0, null, null));
        public static readonly MethodInfo Compare = Of(r => r.Compare(0, null, null));
        public static readonly MethodInfo Operand = Of(r => r.Operand(0, null));
        public static readonly MethodInfo Fold = Of(r => r.Fold(0, Array.Empty<decimal?>()));
        public static readonly MethodInfo FunctionNumber = Of(r => r.RefN(0, IndicatorData.Empty));
        public static readonly MethodInfo FunctionFlag = Of(r => r.RefF(0, IndicatorData.Empty));
        public static readonly MethodInfo FunctionNumberOfMany = Of(r => r.RefN(0, Array.Empty<IndicatorData>()));
        public static readonly MethodInfo FunctionFlagOfMany = Of(r => r.RefF(0, Array.Empty<IndicatorData>()));

        private static MethodInfo Of(Expression<Func<EvaluationRecord, object?>> call) =>
            ((MethodCallExpression)(call.Body is UnaryExpression { NodeType: ExpressionType.Convert } boxed ? boxed.Operand : call.Body)).Method;
    }
}
