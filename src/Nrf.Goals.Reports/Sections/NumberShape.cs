using Nrf.Goals.Expressions;
using Nrf.Goals.Expressions.Functions;
using Nrf.Goals.Model;
using Nrf.Goals.Words;

namespace Nrf.Goals.Reports;

/// <summary>
/// How a node's number is written: in its unit (<see cref="UnitDerivation"/>) and its indicators' decimals
/// (<c>−45,2 mnkr</c>, <c>16,0 %</c>); a share of one unit in another as per cent (<c>85,0 %</c>); a difference of two
/// per-cent values in percentage points (<c>14 procentenheter</c>); a number whose unit is not known without one. A
/// number written in the criterion takes the shape of what it is compared with.
/// </summary>
internal sealed record NumberShape(string? Unit, string? RawUnit, int Decimals, bool IsShare, bool IsPoints)
{
    /// <summary>A number with no indicator behind it (a literal alone), written as the rule file writes it.</summary>
    public static NumberShape Bare { get; } = new(null, null, 0, false, false);

    /// <summary>
    /// The shape of <paramref name="e"/>, a number of <paramref name="part"/>, or null for a literal, which takes another's:
    /// its unit as the language derives it (<see cref="UnitDerivation"/>, or the rule file's <c>unit:</c>), written in its
    /// indicators' decimals; a number whose unit is not known is written without one.
    /// </summary>
    public static NumberShape? Of(Expr e, CriterionPart part, RuleSet ruleSet, IndicatorDecimals decimals)
    {
        if (e is NumberLiteral)
        {
            return null;
        }

        var places = DecimalsOf(e, decimals) ?? 0;
        if (UnitDerivation.Of(e, part, ruleSet.FindIndicator) is not { } unit)
        {
            return new NumberShape(null, null, places, false, false);
        }

        if (unit.IsFraction)
        {
            return new NumberShape(UnitText.Shown(unit.Unit), unit.Unit, places, true, false);
        }

        if (unit.Unit == "%")
        {
            // A per cent computed from amounts (a * 100 / b) has no indicator's decimals of its own: one, as a share has.
            var ofPerCents = ExprNodes.Walk(e).OfType<IndicatorRef>().Any(r => ruleSet.FindIndicator(r.Indicator)?.Unit?.Trim() == "%");
            // Women's share plus men's is no per cent of anything a reader knows: it is written as the figure it is.
            return unit.IsDifference ? new NumberShape(null, "%", places, false, true)
                : e is BinaryExpr { Operator: BinaryOperator.Add } && ofPerCents ? new NumberShape(null, "%", places, false, false)
                : new NumberShape("%", "%", ofPerCents ? places : 1, false, false);
        }

        return new NumberShape(UnitText.Shown(unit.Unit), unit.Unit, places, false, false);
    }

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

    /// <summary>The decimals a node's number is written with: its indicator's; the larger of a sum's or difference's two; otherwise the left operand's.</summary>
    private static int? DecimalsOf(Expr e, IndicatorDecimals decimals) => e switch
    {
        IndicatorRef r => decimals.Of(r.Indicator),
        UnaryExpr u => DecimalsOf(u.Operand, decimals),
        CallExpr c => c.Arguments.Select(a => DecimalsOf(a, decimals)).FirstOrDefault(d => d is not null),
        BinaryExpr { Operator: BinaryOperator.Add or BinaryOperator.Subtract } b => Max(DecimalsOf(b.Left, decimals), DecimalsOf(b.Right, decimals)),
        BinaryExpr b => DecimalsOf(b.Left, decimals) ?? DecimalsOf(b.Right, decimals),
        _ => null,
    };

    private static int? Max(int? a, int? b) => a is { } x && b is { } y ? Math.Max(x, y) : a ?? b;
}
