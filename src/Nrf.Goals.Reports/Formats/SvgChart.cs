using System.Globalization;
using System.Text;
using Nrf.Goals.Results;
using Nrf.Goals.Words;

namespace Nrf.Goals.Reports;

/// <summary>
/// An inline SVG bar chart of actual against target, one row per goal: the goal's name, a bar for the actual value,
/// a black marker at the target, and the values as text with the status symbol (so colour is never the only signal).
/// Each row has its own scale (goals measure different things); the marker shows where the target lies on it.
/// </summary>
internal static class SvgChart
{
    private const int Width = 660;
    private const int Track = 400;
    private const int RowHeight = 42;

    // What fits the chart's 660 units at the labels' 11 px.
    private const int MostLabelCharacters = 105;

    public static string Write(ReportChart chart, ReportLanguage language)
    {
        var height = chart.Bars.Length * RowHeight + 8;
        var s = new StringBuilder();
        s.Append($"<svg class=\"chart\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\">\n");
        s.Append($"<title>{HtmlText.Escape(chart.Title)}</title>\n");
        for (var i = 0; i < chart.Bars.Length; i++)
        {
            var bar = chart.Bars[i];
            var y = i * RowHeight + 4;
            // The larger value fills 1/1,15 of the track.
            var actualWidth = bar.ActualOnScale * (Track / 1.15m);
            var targetX = bar.TargetOnScale * (Track / 1.15m);
            s.Append($"<g class=\"bar {Css(bar.Status)}\">\n");
            // One line of the chart's width: a longer name is shortened, the table above the chart having it whole.
            s.Append($"<text x=\"0\" y=\"{y + 11}\" class=\"label\">{HtmlText.Escape(ChartBar.Shortened(bar.Label, MostLabelCharacters))}</text>\n");
            s.Append($"<rect x=\"0\" y=\"{y + 16}\" width=\"{Track}\" height=\"14\" class=\"track\"/>\n");
            s.Append($"<rect x=\"0\" y=\"{y + 16}\" width=\"{N(actualWidth)}\" height=\"14\" class=\"actual\"/>\n");
            s.Append($"<line x1=\"{N(targetX)}\" x2=\"{N(targetX)}\" y1=\"{y + 12}\" y2=\"{y + 34}\" class=\"target\"/>\n");
            s.Append($"<text x=\"{Track + 8}\" y=\"{y + 27}\" class=\"value\">{HtmlText.Escape(bar.Caption(language))}</text>\n");
            s.Append("</g>\n");
        }

        s.Append("</svg>\n");
        return s.ToString();
    }

    internal static string Css(GoalStatus status) => "st-" + GoalStatusNames.Name(status);

    private static string N(decimal value) => decimal.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
