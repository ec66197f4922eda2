namespace Nrf.Goals.Reports;

/// <summary>A paragraph of running text.</summary>
/// <param name="Text">The text.</param>
public sealed record ReportParagraph(string Text) : ReportBlock;
