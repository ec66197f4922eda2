namespace Nrf.Goals.Reporting;

/// <summary>A heading below the document's title.</summary>
/// <param name="Text">The heading.</param>
internal sealed record ReportHeading(string Text) : ReportBlock;
