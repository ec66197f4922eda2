using Nrf.Goals.Results;
using Nrf.Goals.Words;

namespace Nrf.Goals.Words;

/// <summary>
/// A number of a part's deciding comparison as readers see it, in the unit the goal's own explanation uses: a share as
/// per cent (<c>89,7 %</c>); a difference between two per-cent values — <c>gap(x)</c>, <c>x - y</c> — in percentage
/// points (<c>14 procentenheter</c>, as "Skillnaden mellan flickor och pojkar är 14 procentenheter"); otherwise with
/// the indicator's unit (<c>60 400 tkr</c>) or none for a count. The chart and the trajectory table both write it.
/// </summary>
public static class ComparedNumber
{
    /// <summary><paramref name="value"/> (the part's actual value or target) in the unit of <paramref name="part"/>'s comparison.</summary>
    public static string Text(PartResult part, decimal value, ReportLanguage language) =>
        Comparison(part).IsShare ? NumberText.Percent(value)
        : Unit(part, language) is { } unit ? $"{NumberText.Format(value)} {unit}"
        : NumberText.Format(value);

    /// <summary>The number alone, for a table that names the unit once: a share as per cent without the sign (<c>89,7</c>).</summary>
    public static string Number(PartResult part, decimal value)
    {
        // NumberText.Percent is the one place that writes a share; the table names its "%" once, in the goal's cell.
        return Comparison(part).IsShare ? NumberText.Percent(value)[..^2] : NumberText.Format(value);
    }

    /// <summary>The unit of the part's comparison: <c>%</c>, <c>procentenheter</c>, <c>tkr</c>; null for a count.</summary>
    public static string? Unit(PartResult part, ReportLanguage language)
    {
        var c = Comparison(part);
        return c.IsShare ? "%"
            : c.Unit == "%" && c.IsDifference ? PercentagePoints(language)
            : c.Unit is null or "antal" ? null
            : c.Unit;
    }

    private static PartComparison Comparison(PartResult part) =>
        part.Comparison ?? throw new ArgumentException("The part has no comparison.", nameof(part));

    /// <summary>"procentenheter" or "percentage points": the unit of a difference between two per-cent values.</summary>
    public static string PercentagePoints(ReportLanguage language) =>
        language == ReportLanguage.Swedish ? "procentenheter" : "percentage points";
}
