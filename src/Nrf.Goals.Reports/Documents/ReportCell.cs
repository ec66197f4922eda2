using Nrf.Goals.Results;

namespace Nrf.Goals.Reports;

/// <summary>A table cell. A status cell's text always names the status (symbol and word), so colour is never the only signal.</summary>
/// <param name="Text">The text.</param>
/// <param name="Status">The goal status the cell shows, for formats that also colour it; null for other cells.</param>
public sealed record ReportCell(string Text, GoalStatus? Status = null);
