namespace Nrf.Goals.Reporting;

/// <summary>A paragraph of running text.</summary>
/// <param name="Text">The text.</param>
internal sealed record ReportParagraph(string Text) : ReportBlock;
