using Nrf.Goals.Diagnostics;
using Nrf.Goals.Loading;

namespace Nrf.Goals.Tables;

/// <summary>
/// One cell of a values table (CSV or Excel): its text, where it is, and how to name it in a message
/// ("column value" in a CSV file, "sheet Värden, cell D7" in a workbook). Excel's typed cells also carry their value.
/// </summary>
internal sealed record ValueCell(string Text, SourceLocation At, string Where)
{
    /// <summary>A numeric Excel cell, as Excel shows it (15 significant digits).</summary>
    public decimal? Number { get; init; }

    /// <summary>An Excel cell formatted as a date.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>An Excel TRUE/FALSE (SANT/FALSKT) cell.</summary>
    public bool? Flag { get; init; }

    /// <summary>An Excel cell formatted as per cent: <see cref="Number"/> is the stored fraction (0,155 for 15,5 %).</summary>
    public bool IsPercent { get; init; }

    /// <summary>True when the cell holds nothing.</summary>
    public bool IsEmpty => Number is null && Date is null && Flag is null && string.IsNullOrWhiteSpace(Text);

    /// <summary>Reports each cell holding a control character a report cannot show, at the cell (the check is <see cref="ValueText.ControlCharacter"/>).</summary>
    public static void ReportControlCharacters(IEnumerable<ValueCell> cells, DiagnosticBag bag)
    {
        foreach (var cell in cells)
        {
            if (ValueText.ControlCharacter(cell.Text) is { } problem)
            {
                bag.Error(cell.At, $"{problem} ({cell.Where})");
            }
        }
    }
}
