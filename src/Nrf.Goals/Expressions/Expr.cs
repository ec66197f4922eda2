using System.Collections.Immutable;

namespace Nrf.Goals.Expressions;

/// <summary>
/// A node of a criterion expression, as written in a rule file. Only indicator references, numbers, yes/no,
/// arithmetic, comparisons, <c>and</c>/<c>or</c>/<c>not</c> and the functions of <see cref="FunctionLibrary"/> exist:
/// nothing in the language can name a .NET type or member.
/// </summary>
/// <remarks>
/// Nodes are made only by the parser and typed only by the binder, when a rule set loads
/// (<see cref="Loading.RuleSetLoader"/>): an expression an engine receives has always been checked. Read a tree with an
/// <see cref="ExprVisitor{TResult}"/>.
/// </remarks>
public abstract record Expr
{
    private protected Expr(int start, int length)
    {
        Start = start;
        Length = length;
    }

    /// <summary>Offset of the node in the expression text (0-based).</summary>
    public int Start { get; }

    /// <summary>Length of the node's text.</summary>
    public int Length { get; }

    /// <summary>The node's type, set when the expression has been checked against a rule set.</summary>
    public ExprType Type { get; internal init; }

    /// <summary>Calls the method of <paramref name="visitor"/> for this kind of node.</summary>
    public abstract TResult Accept<TResult>(ExprVisitor<TResult> visitor);
}

/// <summary>A number, e.g. <c>0.90</c> or <c>500_000</c>.</summary>
public sealed record NumberLiteral : Expr
{
    internal NumberLiteral(decimal value, string text, int start, int length)
        : base(start, length)
    {
        Value = value;
        Text = text;
    }

    /// <summary>The value.</summary>
    public decimal Value { get; }

    /// <summary>The text as written.</summary>
    public string Text { get; }

    /// <inheritdoc />
    public override TResult Accept<TResult>(ExprVisitor<TResult> visitor) => visitor.VisitNumber(this);
}

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed record BoolLiteral : Expr
{
    internal BoolLiteral(bool value, int start, int length)
        : base(start, length) => Value = value;

    /// <summary>The value.</summary>
    public bool Value { get; }

    /// <inheritdoc />
    public override TResult Accept<TResult>(ExprVisitor<TResult> visitor) => visitor.VisitBool(this);
}

/// <summary>An indicator, optionally with a breakdown key: <c>website_visitors</c>, <c>self_rated_health_good_pct[K]</c>.</summary>
public sealed record IndicatorRef : Expr
{
    internal IndicatorRef(string indicator, string? key, int start, int length)
        : base(start, length)
    {
        Indicator = indicator;
        Key = key;
    }

    /// <summary>The indicator id.</summary>
    public string Indicator { get; }

    /// <summary>The breakdown key, if selected.</summary>
    public string? Key { get; }

    /// <inheritdoc />
    public override TResult Accept<TResult>(ExprVisitor<TResult> visitor) => visitor.VisitIndicator(this);
}

/// <summary><c>-a</c> or <c>not a</c>.</summary>
public sealed record UnaryExpr : Expr
{
    internal UnaryExpr(UnaryOperator @operator, Expr operand, int start, int length)
        : base(start, length)
    {
        Operator = @operator;
        Operand = operand;
    }

    /// <summary>The operator.</summary>
    public UnaryOperator Operator { get; }

    /// <summary>The operand.</summary>
    public Expr Operand { get; internal init; }

    /// <inheritdoc />
    public override TResult Accept<TResult>(ExprVisitor<TResult> visitor) => visitor.VisitUnary(this);
}

/// <summary>Arithmetic, comparison or logic between two expressions.</summary>
public sealed record BinaryExpr : Expr
{
    internal BinaryExpr(BinaryOperator @operator, Expr left, Expr right, int start, int length)
        : base(start, length)
    {
        Operator = @operator;
        Left = left;
        Right = right;
    }

    /// <summary>The operator.</summary>
    public BinaryOperator Operator { get; }

    /// <summary>The left operand.</summary>
    public Expr Left { get; internal init; }

    /// <summary>The right operand.</summary>
    public Expr Right { get; internal init; }

    /// <inheritdoc />
    public override TResult Accept<TResult>(ExprVisitor<TResult> visitor) => visitor.VisitBinary(this);
}

/// <summary>A call of a documented function, e.g. <c>increased(website_visitors)</c>.</summary>
public sealed record CallExpr : Expr
{
    internal CallExpr(string function, ImmutableArray<Expr> arguments, int start, int length)
        : base(start, length)
    {
        Function = function;
        Arguments = arguments;
    }

    /// <summary>The function name.</summary>
    public string Function { get; }

    /// <summary>The arguments.</summary>
    public ImmutableArray<Expr> Arguments { get; internal init; }

    /// <inheritdoc />
    public override TResult Accept<TResult>(ExprVisitor<TResult> visitor) => visitor.VisitCall(this);
}
