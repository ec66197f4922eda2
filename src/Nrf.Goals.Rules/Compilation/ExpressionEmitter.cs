using System.Globalization;
using System.Text;
using Nrf.Goals.Expressions;
using Nrf.Goals.Model;

namespace Nrf.Goals.Rules.Compilation;

/// <summary>
/// Writes a checked expression as a RulesEngine (System.Linq.Dynamic.Core) lambda body over the parameter <c>v</c>.
/// Every node becomes a call of <see cref="Runtime.EvaluationContext"/> with the node's id and nothing the analyst wrote:
/// no identifier, text or member from the rule file reaches the engine, so no rule file can reach .NET.
/// Values are <c>decimal?</c> and <c>bool?</c>; null is "missing", which makes the part not evaluable instead of not met.
/// </summary>
internal sealed class ExpressionEmitter
{
    private readonly List<NodeInfo> _nodes;
    private readonly Dictionary<string, Indicator> _indicators = new(StringComparer.Ordinal);
    private int _rule;

    public ExpressionEmitter(RuleSet ruleSet, List<NodeInfo> nodes)
    {
        _nodes = nodes;
        // RuleSet.FindIndicator searches the list; a rule set of 10 000 goals would search it 10 000 times.
        foreach (var indicator in ruleSet.Indicators)
        {
            _indicators.TryAdd(indicator.Id, indicator);
        }
    }

    /// <summary>Emits <paramref name="expr"/> for rule <paramref name="rule"/>; returns the engine text and the root node id.</summary>
    public (string Text, int Root) Emit(Expr expr, int rule)
    {
        _rule = rule;
        var builder = new StringBuilder();
        var root = Write(expr, builder);
        return (builder.ToString(), root);
    }

    private int Write(Expr expr, StringBuilder s)
    {
        switch (expr)
        {
            case NumberLiteral n:
                return Leaf(s, "K", Add(expr, null, n.Value));
            case BoolLiteral:
                return Leaf(s, "B", Add(expr, null, 0));
            case IndicatorRef or CallExpr { Function: "previous" or "previous_measurement" or "at" or "baseline" } when expr.Type is ExprType.NumberRef or ExprType.YesNoRef:
                return Leaf(s, expr.Type == ExprType.NumberRef ? "N" : "F", Add(expr, Resolve(expr), 0));
            case UnaryExpr u:
                return Call(s, u.Operator == UnaryOperator.Negate ? "Neg" : "Invert", expr, u.Operand);
            case BinaryExpr b:
                var method = b.Operator switch
                {
                    BinaryOperator.Add => "Plus",
                    BinaryOperator.Subtract => "Minus",
                    BinaryOperator.Multiply => "Times",
                    BinaryOperator.Divide => "Over",
                    BinaryOperator.And => "Both",
                    BinaryOperator.Or => "Either",
                    BinaryOperator.Equal or BinaryOperator.NotEqual when b.Left.Type is ExprType.YesNo or ExprType.YesNoRef => "Same",
                    _ => "Compare",
                };
                return Call(s, method, expr, b.Left, b.Right);
            case CallExpr { Function: "abs" } c:
                return Call(s, "Abs", expr, c.Arguments[0]);
            case CallExpr { Function: "min" or "max" } c when c.Arguments.Length > 1:
                return Fold(s, c.Function == "min" ? "Least" : "Most", expr, c);
            case CallExpr c:
                // Functions of references (increased, gap, min/max/latest of a series …) are computed by the runtime from
                // the references alone; their arguments are recorded as nodes for explanations.
                var id = Add(expr, null, 0);
                foreach (var arg in c.Arguments)
                {
                    Add(arg, arg.Type is ExprType.NumberRef or ExprType.YesNoRef or ExprType.KeyedRef or ExprType.SeriesRef ? Resolve(arg) : null, arg is NumberLiteral lit ? lit.Value : 0);
                }

                s.Append(expr.Type == ExprType.YesNo ? "v.RefF(" : "v.RefN(").Append(id.ToString(CultureInfo.InvariantCulture)).Append(')');
                return id;
            default:
                throw new InvalidOperationException($"The emitter has no case for {expr.GetType().Name}.");
        }
    }

    private int Call(StringBuilder s, string method, Expr node, params Expr[] operands)
    {
        var id = Add(node, null, 0);
        s.Append("v.").Append(method).Append('(').Append(id.ToString(CultureInfo.InvariantCulture));
        foreach (var operand in operands)
        {
            s.Append(", ");
            Write(operand, s);
        }

        s.Append(')');
        return id;
    }

    private int Fold(StringBuilder s, string method, Expr node, CallExpr call)
    {
        var id = Add(node, null, 0);
        var text = new StringBuilder();
        Write(call.Arguments[0], text);
        for (var i = 1; i < call.Arguments.Length; i++)
        {
            var next = new StringBuilder();
            next.Append("v.").Append(method).Append('(').Append(id.ToString(CultureInfo.InvariantCulture)).Append(", ").Append(text).Append(", ");
            Write(call.Arguments[i], next);
            next.Append(')');
            text = next;
        }

        s.Append(text);
        return id;
    }

    private static int Leaf(StringBuilder s, string method, int id)
    {
        s.Append("v.").Append(method).Append('(').Append(id.ToString(CultureInfo.InvariantCulture)).Append(')');
        return id;
    }

    private int Add(Expr expr, RefSpec? spec, decimal constant)
    {
        var id = _nodes.Count;
        _nodes.Add(new NodeInfo(id, expr, _rule, spec, constant));
        return id;
    }

    private RefSpec Resolve(Expr expr)
    {
        switch (expr)
        {
            case IndicatorRef r:
                return new RefSpec(_indicators[r.Indicator], r.Key, TimeShift.Current, 0);
            case CallExpr c when c.Arguments[0] is IndicatorRef inner:
                var indicator = _indicators[inner.Indicator];
                return c.Function switch
                {
                    "previous" => new RefSpec(indicator, inner.Key, TimeShift.Previous, 0),
                    "previous_measurement" => new RefSpec(indicator, inner.Key, TimeShift.PreviousMeasurement, 0),
                    "baseline" => new RefSpec(indicator, inner.Key, TimeShift.Baseline, 0),
                    _ => new RefSpec(indicator, inner.Key, TimeShift.AtYear, (int)((NumberLiteral)c.Arguments[1]).Value),
                };
            default:
                throw new InvalidOperationException("Only indicator references and their time shifts can be resolved.");
        }
    }
}
