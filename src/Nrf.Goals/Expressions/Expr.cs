using System.Collections.Immutable;

namespace Nrf.Goals.Expressions;

/// <summary>
/// A node of a criterion expression, as written in a rule file. Only indicator references, numbers, yes/no,
/// arithmetic, comparisons, <c>and</c>/<c>or</c>/<c>not</c> and the functions of <see cref="FunctionLibrary"/> exist:
/// nothing in the language can name a .NET type or member.
/// </summary>
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
    public ExprType Type { get; init; }
}

/// <summary>A number, e.g. <c>0.90</c> or <c>500_000</c>.</summary>
/// <param name="Value">The value.</param>
/// <param name="Text">The text as written.</param>
/// <param name="S">Start.</param>
/// <param name="L">Length.</param>
public sealed record NumberLiteral(decimal Value, string Text, int S, int L) : Expr(S, L);

/// <summary><c>true</c> or <c>false</c>.</summary>
/// <param name="Value">The value.</param>
/// <param name="S">Start.</param>
/// <param name="L">Length.</param>
public sealed record BoolLiteral(bool Value, int S, int L) : Expr(S, L);

/// <summary>An indicator, optionally with a breakdown key: <c>website_visitors</c>, <c>self_rated_health_good_pct[K]</c>.</summary>
/// <param name="Indicator">The indicator id.</param>
/// <param name="Key">The breakdown key, if selected.</param>
/// <param name="S">Start.</param>
/// <param name="L">Length.</param>
public sealed record IndicatorRef(string Indicator, string? Key, int S, int L) : Expr(S, L);

/// <summary><c>-a</c> or <c>not a</c>.</summary>
/// <param name="Operator">The operator.</param>
/// <param name="Operand">The operand.</param>
/// <param name="S">Start.</param>
/// <param name="L">Length.</param>
public sealed record UnaryExpr(UnaryOperator Operator, Expr Operand, int S, int L) : Expr(S, L);

/// <summary>Arithmetic, comparison or logic between two expressions.</summary>
/// <param name="Operator">The operator.</param>
/// <param name="Left">Left operand.</param>
/// <param name="Right">Right operand.</param>
/// <param name="S">Start.</param>
/// <param name="L">Length.</param>
public sealed record BinaryExpr(BinaryOperator Operator, Expr Left, Expr Right, int S, int L) : Expr(S, L);

/// <summary>A call of a documented function, e.g. <c>increased(website_visitors)</c>.</summary>
/// <param name="Function">The function name.</param>
/// <param name="Arguments">The arguments.</param>
/// <param name="S">Start.</param>
/// <param name="L">Length.</param>
public sealed record CallExpr(string Function, ImmutableArray<Expr> Arguments, int S, int L) : Expr(S, L);
