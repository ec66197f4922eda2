using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Nrf.Goals.Tests.Loading;

/// <summary>
/// Writes a small .xlsx workbook with DocumentFormat.OpenXml, so tests make their Excel fixtures themselves (no binary
/// file in the repository). Cells: string → text, decimal/int → number, bool → TRUE/FALSE, DateOnly → a date-formatted number.
/// </summary>
internal static class XlsxFixture
{
    /// <summary>A number cell formatted as per cent (Excel's built-in 0.00 %): <paramref name="Fraction"/> 0.155 shows as 15,50 %.</summary>
    public readonly record struct PercentCell(decimal Fraction);

    /// <summary>A workbook whose first sheet, named <paramref name="sheetName"/>, holds <paramref name="rows"/> from A1 (null rows stay empty, null cells are skipped).</summary>
    public static byte[] Create(string sheetName, params object?[]?[] rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font()) { Count = 1 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None })) { Count = 1 },
                new Borders(new Border()) { Count = 1 },
                new CellFormats(
                    new CellFormat(),
                    new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 10, ApplyNumberFormat = true }) { Count = 3 });
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            var sheetData = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                if (rows[r] is not { } cells)
                {
                    continue;
                }

                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < cells.Length; c++)
                {
                    if (cells[c] is { } value)
                    {
                        row.Append(Cell($"{(char)('A' + c)}{r + 1}", value));
                    }
                }

                sheetData.Append(row);
            }

            worksheetPart.Worksheet = new Worksheet(sheetData);
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = 1, Name = sheetName });
            workbookPart.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Cell Cell(string reference, object value) => value switch
    {
        string s => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(s) { Space = SpaceProcessingModeValues.Preserve }) },
        bool b => new Cell { CellReference = reference, DataType = CellValues.Boolean, CellValue = new CellValue(b ? "1" : "0") },
        DateOnly d => new Cell { CellReference = reference, StyleIndex = 1, CellValue = new CellValue((d.DayNumber - new DateOnly(1899, 12, 30).DayNumber).ToString(CultureInfo.InvariantCulture)) },
        decimal m => new Cell { CellReference = reference, CellValue = new CellValue(m.ToString(CultureInfo.InvariantCulture)) },
        PercentCell p => new Cell { CellReference = reference, StyleIndex = 2, CellValue = new CellValue(p.Fraction.ToString(CultureInfo.InvariantCulture)) },
        int i => new Cell { CellReference = reference, CellValue = new CellValue(i.ToString(CultureInfo.InvariantCulture)) },
        double x => new Cell { CellReference = reference, CellValue = new CellValue(x.ToString("R", CultureInfo.InvariantCulture)) },
        _ => throw new ArgumentException($"No cell for {value.GetType().Name}.", nameof(value)),
    };
}
