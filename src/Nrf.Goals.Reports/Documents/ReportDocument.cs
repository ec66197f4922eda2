using System.Collections.Immutable;
using Nrf.Goals.Words;

namespace Nrf.Goals.Reports;

/// <summary>
/// A report, independent of the output format: <see cref="EvaluationReport"/> or <see cref="TrajectoryReport"/> builds
/// it, and <see cref="MarkdownReport"/>, <see cref="HtmlReport"/> and <see cref="DocxReport"/> render the same document,
/// so the formats say the same thing.
/// </summary>
public sealed record ReportDocument
{
    /// <summary>A document of <paramref name="blocks"/> under <paramref name="title"/>.</summary>
    /// <param name="title">The document's title (the section heading).</param>
    /// <param name="language">The language the generated text is in.</param>
    /// <param name="blocks">Headings, paragraphs, tables, lists and charts, in reading order.</param>
    public ReportDocument(string title, ReportLanguage language, ImmutableArray<ReportBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(title);
        Title = title;
        Language = language;
        Blocks = blocks;
    }

    /// <summary>The document's title (the section heading).</summary>
    public string Title { get; }

    /// <summary>The language the generated text is in.</summary>
    public ReportLanguage Language { get; }

    /// <summary>
    /// Headings, paragraphs, tables, lists and charts, in reading order: what a renderer of another format walks. The kinds
    /// of block are closed (<see cref="ReportBlock"/> has no public constructor), so a renderer can handle every one.
    /// </summary>
    public ImmutableArray<ReportBlock> Blocks { get; init; }
}
