using Nrf.Goals.Expressions;
using Nrf.Goals.Expressions.Functions;
using Nrf.Goals.Model;
using Nrf.Goals.Words;

namespace Nrf.Goals.Reports;

/// <summary>
/// How a node's number is written: in its indicator's unit and decimals (<c>−45,2 mnkr</c>, <c>16,0 %</c>); a quotient
/// of two indicators of one unit as a share (<c>85,0 %</c>); a difference of two per-cent values in percentage points
/// (<c>14 procentenheter</c>). A number written in the criterion takes the shape of what it is compared with.
/// </summary>
internal sealed record NumberShape(string? Unit, string? RawUnit, int Decimals, bool IsShare, bool IsPoints)
{
    /// <summary>A number with no indicator behind it (a literal alone), written as the rule file writes it.</summary>
    public static NumberShape Bare { get; } = new(null, null, 0, false, false);

    /// <summary>The shape of <paramref name="e"/>, or null for a literal, which takes another's.</summary>
    public static NumberShape? Of(Expr e, RuleSet ruleSet, IndicatorDecimals decimals) => e switch
    {
        NumberLiteral => null,
        IndicatorRef r => Plain(r.Indicator, ruleSet, decimals),
        UnaryExpr u => Of(u.Operand, ruleSet, decimals),
        CallExpr { Arguments: [var x] } c when FunctionLibrary.Find(c.Function)?.IsDifference == true && Of(x, ruleSet, decimals) is { } s => s with { IsPoints = s.RawUnit == "%", Unit = s.RawUnit == "%" ? null : s.Unit },
        CallExpr c => c.Arguments.Select(a => Of(a, ruleSet, decimals)).FirstOrDefault(s => s is not null),
        BinaryExpr b => Combine(b.Operator, Of(b.Left, ruleSet, decimals), Of(b.Right, ruleSet, decimals)),
        _ => null,
    };

    /// <summary>The number written in this shape: <c>16,0 %</c>, <c>85,0 %</c> for a share, <c>14 procentenheter</c>.</summary>
    public string Write(decimal value, ReportLanguage language)
    {
        if (IsShare)
        {
            return NumberText.Percent(value);
        }

        var number = IndicatorDecimals.Format(value, Decimals);
        return IsPoints ? $"{number} {ComparedNumber.PercentagePoints(language)}"
            : Unit is null ? number
            : $"{number} {Unit}";
    }

    /// <summary>The number alone, for a table that names the unit once (<see cref="UnitName"/>): <c>89,7</c> for a share of 0,897.</summary>
    public string WriteNumber(decimal value) =>
        IsShare ? IndicatorDecimals.Format(value * 100m, 1) : IndicatorDecimals.Format(value, Decimals);

    /// <summary>The unit <see cref="WriteNumber"/> leaves out: <c>%</c>, <c>procentenheter</c>, <c>tkr</c>; null for a count.</summary>
    public string? UnitName(ReportLanguage language) => IsShare ? "%" : IsPoints ? ComparedNumber.PercentagePoints(language) : Unit;

    /// <summary>
    /// How far a value is from its target, always with a unit: a share's or a per cent's distance in percentage points
    /// (<c>5,0 procentenheter</c>), a count's in items (<c>2 st</c>), otherwise in the indicator's unit (<c>45,2 mnkr</c>).
    /// </summary>
    public string WriteDistance(decimal distance, ReportLanguage language)
    {
        var points = ComparedNumber.PercentagePoints(language);
        if (IsShare)
        {
            return $"{IndicatorDecimals.Format(distance >= decimal.MaxValue / 100m ? decimal.MaxValue : distance * 100m, 1)} {points}";
        }

        var number = IndicatorDecimals.Format(distance, Decimals);
        return IsPoints || RawUnit == "%" ? $"{number} {points}"
            : Unit is null ? $"{number} {(language == ReportLanguage.Swedish ? "st" : distance == 1m ? "item" : "items")}"
            : $"{number} {Unit}";
    }

    /// <summary>Whether <paramref name="value"/> in this shape is the whole (a share or per cent of 100): "mål 100 %", not "mål minst 100 %".</summary>
    public bool IsWhole(decimal value) => (IsShare && value == 1m) || (Unit == "%" && value == 100m);

    private static NumberShape Plain(string indicator, RuleSet ruleSet, IndicatorDecimals decimals)
    {
        var unit = ruleSet.FindIndicator(indicator)?.Unit;
        return new NumberShape(UnitText.Shown(unit), unit, decimals.Of(indicator), false, false);
    }

    private static NumberShape? Combine(BinaryOperator op, NumberShape? left, NumberShape? right)
    {
        if (left is null || right is null)
        {
            return left ?? right;
        }

        return op switch
        {
            BinaryOperator.Divide when left.RawUnit == right.RawUnit && !left.IsShare && !right.IsShare => left with { IsShare = true, IsPoints = false },
            BinaryOperator.Subtract when left.RawUnit == "%" && right.RawUnit == "%" && !left.IsShare && !right.IsShare =>
                left with { IsPoints = true, Unit = null, Decimals = Math.Max(left.Decimals, right.Decimals) },
            // A sum of two per cents (women's share and men's) is no share of anything: it is written as the figure it is.
            BinaryOperator.Add when left.RawUnit == "%" && right.RawUnit == "%" && !left.IsShare && !right.IsShare =>
                left with { Unit = null, Decimals = Math.Max(left.Decimals, right.Decimals) },
            BinaryOperator.Add or BinaryOperator.Subtract => left with { Decimals = Math.Max(left.Decimals, right.Decimals) },
            _ => left,
        };
    }
}
