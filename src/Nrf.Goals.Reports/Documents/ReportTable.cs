using System.Collections.Immutable;

namespace Nrf.Goals.Reports;

/// <summary>A table with a header row.</summary>
/// <param name="Headers">The column headers.</param>
/// <param name="Rows">The rows; each has one cell per header.</param>
public sealed record ReportTable(ImmutableArray<string> Headers, ImmutableArray<ImmutableArray<ReportCell>> Rows) : ReportBlock
{
    /// <summary>Column widths in per cent of the text width, one per header; empty to let the format decide.</summary>
    public ImmutableArray<int> ColumnWidths { get; init; } = ImmutableArray<int>.Empty;

    /// <summary>
    /// Whether the reader may sort the rows by a column: HTML gives each header a button (a small inline script, the
    /// only one), other formats show the rows in their order.
    /// </summary>
    public bool Sortable { get; init; }
}
