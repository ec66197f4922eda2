using Nrf.Goals.Results;
using Nrf.Goals.Words;

namespace Nrf.Goals.Reports;

/// <summary>One goal (part) in a <see cref="ReportChart"/>: the actual value as a bar, the target as a marker.</summary>
/// <param name="Label">The goal (and part) it shows.</param>
/// <param name="Actual">The actual value, on the same scale as <paramref name="Target"/>.</param>
/// <param name="Target">The target value.</param>
/// <param name="ActualText">The actual value as readers see it, e.g. <c>89,7 %</c>.</param>
/// <param name="TargetText">The target as readers see it, e.g. <c>≥ 90 %</c>.</param>
/// <param name="Status">The part's status (met, not met).</param>
public sealed record ChartBar(string Label, decimal Actual, decimal Target, string ActualText, string TargetText, GoalStatus Status)
{
    /// <summary>
    /// The actual value on the bar's own scale, where the larger of actual and target is 1 (goals measure different
    /// things, so every bar has its own scale); 0 for a value at or below zero.
    /// </summary>
    public decimal ActualOnScale => OnScale(Actual);

    /// <summary>The target on the bar's own scale (see <see cref="ActualOnScale"/>).</summary>
    public decimal TargetOnScale => OnScale(Target);

    /// <summary>The values as the chart writes them beside the bar: <c>✘ 85,0 % (mål minst 90 %)</c>.</summary>
    /// <param name="language">The language of the word for the target.</param>
    public string Caption(ReportLanguage language) =>
        $"{ReportWords.Symbol(Status)} {ActualText} ({(language == ReportLanguage.Swedish ? "mål" : "target")} {TargetText})";

    /// <summary>
    /// <paramref name="text"/> in at most <paramref name="most"/> characters, ending with "…" when shortened (never inside
    /// a surrogate pair): a chart has room for a goal's name, not for a paragraph; the table above it has the whole title.
    /// </summary>
    internal static string Shortened(string text, int most)
    {
        if (text.Length <= most)
        {
            return text;
        }

        var end = most - 1;
        if (char.IsLowSurrogate(text[end]))
        {
            end--;
        }

        return text[..end].TrimEnd() + "…";
    }

    // Dividing by the peak keeps every value at most 1: a product before the division would overflow decimal for values
    // near its maximum.
    private decimal OnScale(decimal value)
    {
        var peak = Math.Max(Math.Max(Actual, Target), 0m);
        return Math.Max(value, 0m) / (peak == 0m ? 1m : peak);
    }
}
