using Nrf.Goals.Model;

namespace Nrf.Goals.Expressions.Functions;

/// <summary>A call being checked: its bound arguments, the declared indicators, and the checks functions share.</summary>
internal sealed class CallBinding
{
    private readonly Action<Expr, string> _error;
    private readonly Func<string, Indicator?> _find;

    public CallBinding(CallExpr call, Func<string, Indicator?> find, Action<Expr, string> error)
    {
        Call = call;
        _find = find;
        _error = error;
    }

    /// <summary>The call, with its arguments bound.</summary>
    public CallExpr Call { get; }

    /// <summary>The bound argument <paramref name="index"/>.</summary>
    public Expr this[int index] => Call.Arguments[index];

    /// <summary>The declared indicator <paramref name="id"/>.</summary>
    public Indicator Indicator(string id) => _find(id) ?? throw new InvalidOperationException($"'{id}' was bound but is not declared.");

    /// <summary>Reports <paramref name="message"/> at <paramref name="at"/>.</summary>
    public void Error(Expr at, string message) => _error(at, message);

    /// <summary>True when the call has <paramref name="count"/> arguments; otherwise reports it.</summary>
    public bool Arity(int count)
    {
        if (Call.Arguments.Length == count)
        {
            return true;
        }

        Error(Call, $"{Call.Function} takes {count} argument{(count == 1 ? string.Empty : "s")}, not {Call.Arguments.Length}: {FunctionLibrary.All[Call.Function].Signature}");
        return false;
    }

    /// <summary>True when <paramref name="e"/> is a number (or yes/no); otherwise reports it.</summary>
    public bool Require(Expr e, ExprType wanted) => ExpressionBinder.Require(e, wanted, Call.Function, _error);

    /// <summary>True when argument <paramref name="index"/> is an indicator (optionally with a key); otherwise reports it.</summary>
    public bool RequireIndicator(int index)
    {
        var arg = this[index];
        if (arg is IndicatorRef && arg.Type.IsRef() && arg.Type != ExprType.SeriesRef)
        {
            return true;
        }

        Error(arg, $"{Call.Function} needs an indicator (optionally with a key), e.g. {Call.Function}(website_visitors)");
        return false;
    }

    /// <summary>True when argument <paramref name="index"/> is a dated series; otherwise reports it.</summary>
    public bool RequireSeries(int index)
    {
        if (this[index].Type == ExprType.SeriesRef)
        {
            return true;
        }

        Error(this[index], $"{Call.Function} needs an indicator declared as a dated series, e.g. {Call.Function}(bank_balance_sek)");
        return false;
    }
}
