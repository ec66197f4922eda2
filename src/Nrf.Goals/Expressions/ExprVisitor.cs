namespace Nrf.Goals.Expressions;

/// <summary>
/// Walks an <see cref="Expr"/> tree by the kind of each node: the one way the binder, the evaluation plan, the rule
/// emitters and the explanation readers take a tree apart, so a new kind of node is a compile error in each of them,
/// not a forgotten case of a type switch.
/// </summary>
/// <typeparam name="TResult">What a visit returns for a node.</typeparam>
public abstract class ExprVisitor<TResult>
{
    /// <summary>Visits <paramref name="expr"/>.</summary>
    public TResult Visit(Expr expr)
    {
        ArgumentNullException.ThrowIfNull(expr);
        return expr.Accept(this);
    }

    /// <summary>A number literal.</summary>
    public abstract TResult VisitNumber(NumberLiteral number);

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public abstract TResult VisitBool(BoolLiteral flag);

    /// <summary>An indicator reference, with or without a key.</summary>
    public abstract TResult VisitIndicator(IndicatorRef reference);

    /// <summary><c>-a</c> or <c>not a</c>.</summary>
    public abstract TResult VisitUnary(UnaryExpr unary);

    /// <summary>Arithmetic, a comparison, <c>and</c> or <c>or</c>.</summary>
    public abstract TResult VisitBinary(BinaryExpr binary);

    /// <summary>A function call.</summary>
    public abstract TResult VisitCall(CallExpr call);
}
