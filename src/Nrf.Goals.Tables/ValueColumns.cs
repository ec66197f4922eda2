using Nrf.Goals.Diagnostics;

namespace Nrf.Goals.Tables;

/// <summary>Reads the header row of a values table: which column holds what, in English or Swedish.</summary>
internal static class ValueColumns
{
    /// <summary>The names a header cell may use for each column, compared without case.</summary>
    private static readonly (string Name, ValueColumn Column)[] Names =
    [
        ("indicator", ValueColumn.Indicator), ("indikator", ValueColumn.Indicator),
        ("year", ValueColumn.Year), ("år", ValueColumn.Year),
        ("breakdown", ValueColumn.Breakdown), ("nedbrytning", ValueColumn.Breakdown),
        ("value", ValueColumn.Value), ("värde", ValueColumn.Value),
        ("date", ValueColumn.Date), ("datum", ValueColumn.Date),
        ("comment", ValueColumn.Comment), ("kommentar", ValueColumn.Comment),
        ("assessedby", ValueColumn.AssessedBy), ("bedömd av", ValueColumn.AssessedBy),
        ("covers", ValueColumn.Covers), ("avser", ValueColumn.Covers),
    ];

    /// <summary>The expected header, for messages.</summary>
    public const string Expected = "indicator;year;breakdown;value (and date, comment, covers when needed; in Swedish indikator;år;nedbrytning;värde;datum;kommentar;avser)";

    /// <summary>
    /// Maps each header cell to its column; reports unknown, repeated and missing columns. Returns null when the header
    /// cannot be used.
    /// </summary>
    public static Dictionary<ValueColumn, int>? Read(IReadOnlyList<ValueCell> header, SourceLocation rowAt, DiagnosticBag bag)
    {
        var result = new Dictionary<ValueColumn, int>();
        var ok = true;
        for (var i = 0; i < header.Count; i++)
        {
            var cell = header[i];
            var text = cell.Text.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var match = Names.Where(n => string.Equals(n.Name, text, StringComparison.OrdinalIgnoreCase)).Select(n => (ValueColumn?)n.Column).FirstOrDefault();
            if (match is not { } column)
            {
                bag.Error(cell.At, $"the column '{text}' is not a column of a values table{Suggestions.DidYouMean(text.ToLowerInvariant(), Names.Select(n => n.Name))}; the columns are {Expected}");
                ok = false;
                continue;
            }

            if (result.ContainsKey(column))
            {
                bag.Error(cell.At, $"the column '{text}' appears twice in the header row");
                ok = false;
                continue;
            }

            result[column] = i;
        }

        if (!ok)
        {
            return null;
        }

        var missing = new[] { ValueColumn.Indicator, ValueColumn.Value }.Where(c => !result.ContainsKey(c)).ToArray();
        if (missing.Length > 0)
        {
            var found = string.Join(";", header.Select(c => c.Text));
            bag.Error(rowAt, $"the first row should name the columns {Expected}; the column{(missing.Length > 1 ? "s" : string.Empty)} {string.Join(" and ", missing.Select(m => m.ToString().ToLowerInvariant()))} {(missing.Length > 1 ? "are" : "is")} missing (found '{found}')");
            return null;
        }

        return result;
    }

    /// <summary>Builds the rows of a table from its cells, using the column map of the header row.</summary>
    public static ValueRow Row(int line, IReadOnlyList<ValueCell> cells, Dictionary<ValueColumn, int> columns, SourceLocation rowAt)
    {
        ValueCell? Cell(ValueColumn column) =>
            columns.TryGetValue(column, out var i) ? (i < cells.Count ? cells[i] : new ValueCell(string.Empty, rowAt, $"column {column.ToString().ToLowerInvariant()}")) : null;
        return new ValueRow(line, Cell(ValueColumn.Indicator)!, Cell(ValueColumn.Year), Cell(ValueColumn.Breakdown), Cell(ValueColumn.Value), Cell(ValueColumn.Date), Cell(ValueColumn.Comment), Cell(ValueColumn.AssessedBy)) { Covers = Cell(ValueColumn.Covers) };
    }
}
