namespace Nrf.Goals.Reports;

/// <summary>A heading below the document's title.</summary>
/// <param name="Text">The heading.</param>
public sealed record ReportHeading(string Text) : ReportBlock;
