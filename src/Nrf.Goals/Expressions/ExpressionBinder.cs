using System.Collections.Immutable;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Expressions.Functions;
using Nrf.Goals.Model;
using Nrf.Goals.Words;

namespace Nrf.Goals.Expressions;

/// <summary>
/// Checks a parsed expression against a rule set's indicators and the function library and sets every node's type.
/// Reports every problem it finds, each at its offset; a problem in one operand does not hide another's.
/// </summary>
internal sealed class ExpressionBinder : ExprVisitor<Expr>
{
    private readonly IndicatorScope _scope;
    private readonly List<ExpressionError> _errors = new();

    public ExpressionBinder(IndicatorScope scope) => _scope = scope;

    public IReadOnlyList<ExpressionError> Errors => _errors;

    /// <summary>Binds <paramref name="expr"/> and requires its result to be <paramref name="expected"/> (yes/no for a criterion).</summary>
    public Expr Bind(Expr expr, ExprType expected)
    {
        var bound = Visit(expr);
        if (bound.Type == ExprType.Unknown)
        {
            return bound;
        }

        if (expected == ExprType.YesNo && !bound.Type.IsYesNo())
        {
            Error(bound, $"a criterion must be a condition that is true or false (e.g. x >= 2), but this is {bound.Type.Describe()}");
        }
        else if (expected == ExprType.Number && !bound.Type.IsNumber() && !bound.Type.IsYesNo())
        {
            Error(bound, $"a placeholder must be a number or a yes/no value, but this is {bound.Type.Describe()}");
        }

        return bound;
    }

    public override Expr VisitNumber(NumberLiteral number) => number with { Type = ExprType.Number };

    public override Expr VisitBool(BoolLiteral flag) => flag with { Type = ExprType.YesNo };

    public override Expr VisitIndicator(IndicatorRef r)
    {
        if (FunctionLibrary.All.ContainsKey(r.Indicator))
        {
            Error(r, $"'{r.Indicator}' is a function; call it with parentheses, e.g. {r.Indicator}(…)");
            return r;
        }

        var indicator = _scope.Find(r.Indicator);
        if (indicator is null)
        {
            var hint = _scope.Suggest(r.Indicator) is { } s ? $" (did you mean '{s}'?)" : string.Empty;
            Error(r, $"'{r.Indicator}' is not a declared indicator{hint}; expressions may use only the indicators under 'indicators:' and the documented functions");
            return r;
        }

        if (indicator.Type == IndicatorValueType.Assessment)
        {
            Error(r, $"'{r.Indicator}' is a manual assessment; judge the goal with 'criterion: {{manual: {r.Indicator}}}' instead of an expression");
            return r;
        }

        var scalar = indicator.Type == IndicatorValueType.YesNo ? ExprType.YesNoRef : ExprType.NumberRef;
        switch (indicator.Shape)
        {
            case IndicatorShape.YearlyByKey when r.Key is null:
                return r with { Type = ExprType.KeyedRef };
            case IndicatorShape.YearlyByKey:
                if (!indicator.Dimension!.HasKey(r.Key))
                {
                    Error(r, $"'{r.Key}' is not a key of {indicator.Dimension.Name}; {r.Indicator} has the keys {MessageList.Join(indicator.Dimension.Keys)}");
                    return r;
                }

                return r with { Type = scalar };
            case IndicatorShape.Dated when r.Key is not null:
                Error(r, $"'{r.Indicator}' is a dated series without breakdown keys; remove [{r.Key}]");
                return r;
            case IndicatorShape.Dated:
                return r with { Type = ExprType.SeriesRef };
            default:
                if (r.Key is not null)
                {
                    Error(r, $"'{r.Indicator}' is not broken down by any key; remove [{r.Key}]");
                    return r;
                }

                return r with { Type = scalar };
        }
    }

    public override Expr VisitUnary(UnaryExpr u)
    {
        var operand = Visit(u.Operand);
        var bound = u with { Operand = operand };
        if (operand.Type == ExprType.Unknown)
        {
            return bound;
        }

        if (u.Operator == UnaryOperator.Not)
        {
            return Require(operand, ExprType.YesNo, "'not'") ? bound with { Type = ExprType.YesNo } : bound;
        }

        return Require(operand, ExprType.Number, "'-'") ? bound with { Type = ExprType.Number } : bound;
    }

    public override Expr VisitBinary(BinaryExpr b)
    {
        var left = Visit(b.Left);
        var right = Visit(b.Right);
        var bound = b with { Left = left, Right = right };
        if (left.Type == ExprType.Unknown || right.Type == ExprType.Unknown)
        {
            return bound;
        }

        var symbol = $"'{OperatorText.Source(b.Operator)}'";
        switch (b.Operator)
        {
            case BinaryOperator.And or BinaryOperator.Or:
                var logicOk = Require(left, ExprType.YesNo, symbol) & Require(right, ExprType.YesNo, symbol);
                return logicOk ? bound with { Type = ExprType.YesNo } : bound;
            case BinaryOperator.Equal or BinaryOperator.NotEqual when left.Type.IsYesNo() || right.Type.IsYesNo():
                var sameOk = Require(left, ExprType.YesNo, symbol) & Require(right, ExprType.YesNo, symbol);
                return sameOk ? bound with { Type = ExprType.YesNo } : bound;
            case var op when op.IsComparison():
                var compareOk = Require(left, ExprType.Number, symbol) & Require(right, ExprType.Number, symbol);
                return compareOk ? bound with { Type = ExprType.YesNo } : bound;
            default:
                var arithmeticOk = Require(left, ExprType.Number, symbol) & Require(right, ExprType.Number, symbol);
                return arithmeticOk ? bound with { Type = ExprType.Number } : bound;
        }
    }

    public override Expr VisitCall(CallExpr c)
    {
        if (!FunctionLibrary.All.ContainsKey(c.Function))
        {
            var hint = Suggestions.DidYouMean(c.Function, FunctionLibrary.All.Keys);
            Error(c, $"'{c.Function}' is not a function of the rule language{hint}; the functions are {string.Join(", ", FunctionLibrary.All.Keys)}");
            return c;
        }

        var args = c.Arguments.Select(Visit).ToImmutableArray();
        var bound = c with { Arguments = args };
        if (args.Any(a => a.Type == ExprType.Unknown))
        {
            return bound;
        }

        var type = FunctionLibrary.Find(c.Function)!.Bind(new CallBinding(bound, _scope.Find, Error));
        return bound with { Type = type };
    }

    private bool Require(Expr e, ExprType wanted, string what) => Require(e, wanted, what, Error);

    /// <summary>True when <paramref name="e"/> is a number (or yes/no); otherwise reports that <paramref name="what"/> needs one.</summary>
    internal static bool Require(Expr e, ExprType wanted, string what, Action<Expr, string> error)
    {
        var ok = wanted == ExprType.Number ? e.Type.IsNumber() : e.Type.IsYesNo();
        if (!ok)
        {
            var need = wanted == ExprType.Number ? "numbers" : "yes/no values";
            error(e, $"{what} needs {need}, but this is {e.Type.Describe()}");
        }

        return ok;
    }

    private void Error(Expr at, string message) => _errors.Add(new ExpressionError(at.Start, message));
}
