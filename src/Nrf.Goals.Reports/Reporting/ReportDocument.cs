using System.Collections.Immutable;

namespace Nrf.Goals.Reporting;

/// <summary>
/// A report as a sequence of blocks, independent of the output format: Markdown, HTML and DOCX writers render the same
/// document, so the three formats say the same thing.
/// </summary>
/// <param name="Title">The document's title (the section heading).</param>
/// <param name="Language">The language the generated text is in.</param>
/// <param name="Blocks">Headings, paragraphs, tables, lists and charts, in reading order.</param>
public sealed record ReportDocument(string Title, ReportLanguage Language, ImmutableArray<ReportBlock> Blocks);
