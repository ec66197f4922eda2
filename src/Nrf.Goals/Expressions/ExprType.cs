namespace Nrf.Goals.Expressions;

/// <summary>The type of an expression node, set by the checker.</summary>
public enum ExprType
{
    /// <summary>Not yet checked.</summary>
    Unknown,

    /// <summary>A number (decimal).</summary>
    Number,

    /// <summary>Yes/no.</summary>
    YesNo,

    /// <summary>A reference to one number of an indicator (a year, possibly a breakdown key); usable as a number.</summary>
    NumberRef,

    /// <summary>A reference to one yes/no fact of an indicator; usable as yes/no.</summary>
    YesNoRef,

    /// <summary>A reference to every key of a broken-down indicator in one year (for <c>gap</c>).</summary>
    KeyedRef,

    /// <summary>A dated series (for <c>min</c>, <c>max</c>, <c>latest</c>, <c>same_period_last_year</c>).</summary>
    SeriesRef,
}

/// <summary>What an <see cref="ExprType"/> can be used as.</summary>
public static class ExprTypes
{
    /// <summary>True for a number or a reference to one.</summary>
    public static bool IsNumber(this ExprType t) => t is ExprType.Number or ExprType.NumberRef;

    /// <summary>True for yes/no or a reference to one.</summary>
    public static bool IsYesNo(this ExprType t) => t is ExprType.YesNo or ExprType.YesNoRef;

    /// <summary>True for a reference to an indicator (one value, every key, or a dated series).</summary>
    public static bool IsRef(this ExprType t) => t is ExprType.NumberRef or ExprType.YesNoRef or ExprType.KeyedRef or ExprType.SeriesRef;

    /// <summary>The type in words, for messages: <c>a number</c>, <c>a dated series (use min, max, latest …)</c>.</summary>
    public static string Describe(this ExprType t) => t switch
    {
        ExprType.Number or ExprType.NumberRef => "a number",
        ExprType.YesNo or ExprType.YesNoRef => "a yes/no value",
        ExprType.KeyedRef => "a broken-down indicator (choose a key, e.g. x[K])",
        ExprType.SeriesRef => "a dated series (use min, max, latest or same_period_last_year)",
        _ => "an unknown value",
    };
}
