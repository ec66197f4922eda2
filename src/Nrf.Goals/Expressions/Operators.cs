namespace Nrf.Goals.Expressions;

/// <summary>Unary operators of the rule language.</summary>
public enum UnaryOperator
{
    /// <summary><c>-a</c>.</summary>
    Negate,

    /// <summary><c>not a</c>.</summary>
    Not,
}

/// <summary>Binary operators of the rule language.</summary>
public enum BinaryOperator
{
    /// <summary><c>+</c></summary>
    Add,

    /// <summary><c>-</c></summary>
    Subtract,

    /// <summary><c>*</c></summary>
    Multiply,

    /// <summary><c>/</c></summary>
    Divide,

    /// <summary><c>==</c></summary>
    Equal,

    /// <summary><c>!=</c></summary>
    NotEqual,

    /// <summary><c>&lt;</c></summary>
    Less,

    /// <summary><c>&lt;=</c></summary>
    LessOrEqual,

    /// <summary><c>&gt;</c></summary>
    Greater,

    /// <summary><c>&gt;=</c></summary>
    GreaterOrEqual,

    /// <summary><c>and</c></summary>
    And,

    /// <summary><c>or</c></summary>
    Or,
}

/// <summary>What the operators are, whatever they are called: which compare, and which comparison holds when one does not.</summary>
public static class BinaryOperators
{
    /// <summary>The comparison that holds when <paramref name="op"/> does not (for "26 &lt; 29" style explanations); other operators unchanged.</summary>
    public static BinaryOperator Negation(this BinaryOperator op) => op switch
    {
        BinaryOperator.Equal => BinaryOperator.NotEqual,
        BinaryOperator.NotEqual => BinaryOperator.Equal,
        BinaryOperator.Less => BinaryOperator.GreaterOrEqual,
        BinaryOperator.LessOrEqual => BinaryOperator.Greater,
        BinaryOperator.Greater => BinaryOperator.LessOrEqual,
        BinaryOperator.GreaterOrEqual => BinaryOperator.Less,
        _ => op,
    };

    /// <summary>The comparison with its sides swapped: <c>0 &lt; x</c> is <c>x &gt; 0</c>; other operators unchanged.</summary>
    public static BinaryOperator Mirrored(this BinaryOperator op) => op switch
    {
        BinaryOperator.Less => BinaryOperator.Greater,
        BinaryOperator.LessOrEqual => BinaryOperator.GreaterOrEqual,
        BinaryOperator.Greater => BinaryOperator.Less,
        BinaryOperator.GreaterOrEqual => BinaryOperator.LessOrEqual,
        _ => op,
    };

    /// <summary>True for the six comparisons.</summary>
    public static bool IsComparison(this BinaryOperator op) => op is >= BinaryOperator.Equal and <= BinaryOperator.GreaterOrEqual;
}
