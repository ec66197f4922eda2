using System.Collections.Immutable;

namespace Nrf.Goals.Reports;

/// <summary>
/// Actual against target for the goals whose deciding comparison has two numbers. HTML draws it as SVG, DOCX as a
/// native Word chart; Markdown leaves it out (the tables carry the same numbers).
/// </summary>
/// <param name="Title">The chart's title.</param>
/// <param name="Bars">One bar per goal part, in goal order.</param>
public sealed record ReportChart(string Title, ImmutableArray<ChartBar> Bars) : ReportBlock
{
    /// <summary>What the bars show, as the goal tables head it: <c>Prognos</c> in an interim report, <c>Utfall</c> in an annual one.</summary>
    public string ValueName { get; init; } = "Utfall";

    /// <summary>What the target marks are called: <c>Målvärde</c>.</summary>
    public string TargetName { get; init; } = "Målvärde";
}
