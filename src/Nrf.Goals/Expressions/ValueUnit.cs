namespace Nrf.Goals.Expressions;

/// <summary>
/// The unit of a computed number, as results and reports write it: <c>mnkr</c> for <c>a_mnkr - b_mnkr</c>, a share for
/// <c>a / b</c> of one unit (a fraction, written as per cent: 0,897 → 89,7 %), <c>%</c> for <c>a * 100 / b</c> (the
/// number is the per cent), percentage points for a difference of per cents. Derived from the expression by
/// <see cref="UnitDerivation"/>, or stated by the rule file's <c>unit:</c> where it cannot be derived.
/// </summary>
/// <param name="Unit">
/// The unit (<c>mnkr</c>, <c>%</c>, <c>antal</c>), or null for a number without one (a count without a declared unit, a
/// number written in the criterion); for a share, the unit of the two quantities it divides.
/// </param>
/// <param name="IsShare">True when the number is a fraction of two quantities of one unit, to be written as per cent.</param>
/// <param name="IsDifference">True when the number is a difference of two values of its unit: with <c>%</c>, percentage points.</param>
public sealed record ValueUnit(string? Unit, bool IsShare, bool IsDifference)
{
    /// <summary>
    /// True for a share plus or minus a number written in the criterion — <c>a / b - 1 &lt; 0.08</c>, "8 % över riket": a
    /// fraction, written as per cent, though not itself a quotient of two quantities (<see cref="IsShare"/> is false and,
    /// for a difference, <see cref="IsDifference"/> true, as results have always said of it).
    /// </summary>
    public bool IsRelative { get; init; }

    /// <summary>True when the number is a fraction to be written as per cent: a share or a relative difference.</summary>
    public bool IsFraction => IsShare || IsRelative;

    /// <summary>The unit a rule file states with <c>unit:</c> on a goal or a part: a number in that unit.</summary>
    public static ValueUnit Stated(string unit) => new(unit, false, false);
}
