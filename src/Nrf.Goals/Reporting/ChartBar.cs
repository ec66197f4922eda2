using Nrf.Goals.Results;

namespace Nrf.Goals.Reporting;

/// <summary>One goal (part) in a <see cref="ReportChart"/>: the actual value as a bar, the target as a marker.</summary>
/// <param name="Label">The goal (and part) it shows.</param>
/// <param name="Actual">The actual value, on the same scale as <paramref name="Target"/>.</param>
/// <param name="Target">The target value.</param>
/// <param name="ActualText">The actual value as readers see it, e.g. <c>89,7 %</c>.</param>
/// <param name="TargetText">The target as readers see it, e.g. <c>≥ 90 %</c>.</param>
/// <param name="Status">The part's status (met, not met).</param>
public sealed record ChartBar(string Label, decimal Actual, decimal Target, string ActualText, string TargetText, GoalStatus Status);
