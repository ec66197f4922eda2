using System.Collections.Immutable;

namespace Nrf.Goals.Reporting;

/// <summary>
/// A report, independent of the output format: <see cref="EvaluationReport"/> or <see cref="TrajectoryReport"/> builds
/// it, and <see cref="MarkdownReport"/>, <see cref="HtmlReport"/> and <see cref="DocxReport"/> render the same document,
/// so the formats say the same thing.
/// </summary>
public sealed record ReportDocument
{
    // The blocks are the writers' business, not the public contract: a new kind of block then changes no public API.
    internal ReportDocument(string title, ReportLanguage language, ImmutableArray<ReportBlock> blocks)
    {
        Title = title;
        Language = language;
        Blocks = blocks;
    }

    /// <summary>The document's title (the section heading).</summary>
    public string Title { get; }

    /// <summary>The language the generated text is in.</summary>
    public ReportLanguage Language { get; }

    /// <summary>Headings, paragraphs, tables, lists and charts, in reading order.</summary>
    internal ImmutableArray<ReportBlock> Blocks { get; init; }
}
