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

/// <summary>Helpers on <see cref="ExprType"/>.</summary>
internal static class ExprTypes
{
    public static bool IsNumber(this ExprType t) => t is ExprType.Number or ExprType.NumberRef;

    public static bool IsYesNo(this ExprType t) => t is ExprType.YesNo or ExprType.YesNoRef;

    public static bool IsRef(this ExprType t) => t is ExprType.NumberRef or ExprType.YesNoRef or ExprType.KeyedRef or ExprType.SeriesRef;

    public static string Describe(this ExprType t) => t switch
    {
        ExprType.Number or ExprType.NumberRef => "a number",
        ExprType.YesNo or ExprType.YesNoRef => "a yes/no value",
        ExprType.KeyedRef => "a broken-down indicator (choose a key, e.g. x[K])",
        ExprType.SeriesRef => "a dated series (use min, max, latest or same_period_last_year)",
        _ => "an unknown value",
    };
}
