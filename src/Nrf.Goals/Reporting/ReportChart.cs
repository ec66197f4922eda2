using System.Collections.Immutable;

namespace Nrf.Goals.Reporting;

/// <summary>Actual against target for the goals whose deciding comparison has two numbers. Rendered by HTML only.</summary>
/// <param name="Title">The chart's title.</param>
/// <param name="Bars">One bar per goal part, in goal order.</param>
public sealed record ReportChart(string Title, ImmutableArray<ChartBar> Bars) : ReportBlock;
