using Nrf.Goals.Expressions;

namespace Nrf.Goals.Results;

/// <summary>
/// The numbers of a part's deciding comparison, as the engine computed them, so that reports can say how far a goal is
/// from its target ("0,3 procentenheter från målet") without re-evaluating anything.
/// </summary>
/// <param name="Actual">The left side's value, e.g. 26 / 29 = 0.8966 for <c>bg_meetings_quorate / bg_meetings_planned &gt;= 0.90</c>.</param>
/// <param name="Operator">The comparison as written (<c>&gt;=</c> in the example).</param>
/// <param name="Threshold">The right side's value (0.90 in the example).</param>
/// <param name="Unit">The unit of the first indicator on the left side (<c>%</c>, <c>kr</c>, <c>antal</c>), if it declares one.</param>
/// <param name="IsShare">True when the left side is a quotient of two indicators of the same unit, i.e. a share
/// whose distance reads best in percentage points.</param>
public sealed record PartComparison(decimal Actual, BinaryOperator Operator, decimal Threshold, string? Unit, bool IsShare)
{
    /// <summary>
    /// True when the left side is a difference — <c>x - y</c>, <c>gap(x)</c>, or the <c>abs</c> of one — so that with
    /// <see cref="Unit"/> <c>%</c> its numbers are percentage points (procentenheter), not per cent.
    /// </summary>
    public bool IsDifference { get; init; }

    /// <summary>The compared left side as the rule file writes it (e.g. <c>budget_deviation_mnkr[service]</c>), when known.</summary>
    public string? Subject { get; init; }

    /// <summary>Whether the comparison held, in <see cref="PartResult.Comparisons"/>; null where not recorded (the deciding <see cref="PartResult.Comparison"/>).</summary>
    public bool? Holds { get; init; }

    /// <summary>
    /// How far <see cref="Actual"/> is from satisfying the comparison: zero when it holds (for a strict comparison
    /// that fails at equality, also zero, since any step across the threshold meets it).
    /// </summary>
    public decimal Distance => Operator switch
    {
        BinaryOperator.GreaterOrEqual or BinaryOperator.Greater => Math.Max(0m, Difference(Threshold, Actual)),
        BinaryOperator.LessOrEqual or BinaryOperator.Less => Math.Max(0m, Difference(Actual, Threshold)),
        BinaryOperator.Equal => Math.Abs(Difference(Actual, Threshold)),
        _ => 0m,
    };

    // Reported values may be as large as decimal allows; a gap beyond its range reads as the largest decimal.
    private static decimal Difference(decimal a, decimal b)
    {
        try
        {
            return a - b;
        }
        catch (OverflowException)
        {
            return a > b ? decimal.MaxValue : decimal.MinValue;
        }
    }
}
