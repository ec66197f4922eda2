using System.Globalization;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Nrf.Goals.Reports;
using Nrf.Goals.Words;

namespace Nrf.Goals.Cli.Output;

/// <summary>
/// A <see cref="ReportTable"/> as a plain table file: CSV as Swedish Excel opens it (<c>;</c> between columns, UTF-8 with
/// a byte order mark), or an Excel workbook with one sheet, its header row frozen and filtered so the reader can sort
/// and filter every column.
/// </summary>
internal static class TableFiles
{
    /// <summary>The sheet's name.</summary>
    public const string SheetName = "Jämförelse";

    public static byte[] Csv(ReportTable table)
    {
        // A title from a rule file that starts with '=' would run as a formula in Excel: such fields are escaped.
        var options = CsvWriterOptions.Default with { Separator = ';', WriteByteOrderMark = true, Injection = CsvInjection.Escape };
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, options, leaveOpen: true))
        {
            csv.WriteRecord([.. table.Headers.Select(DisplayText.Clean)]);
            foreach (var row in table.Rows)
            {
                csv.WriteRecord([.. row.Select(c => DisplayText.Clean(c.Text))]);
            }
        }

        return buffer.ToArray();
    }

    public static byte[] Xlsx(ReportTable table)
    {
        using var raw = new MemoryStream();
        using (var book = SpreadsheetDocument.Create(raw, SpreadsheetDocumentType.Workbook))
        {
            var workbook = book.AddWorkbookPart();
            var sheet = workbook.AddNewPart<WorksheetPart>("rIdSheet");
            var rows = new SheetData();
            rows.Append(Row(1, table.Headers));
            for (var i = 0; i < table.Rows.Length; i++)
            {
                rows.Append(Row((uint)(i + 2), table.Rows[i].Select(c => c.Text)));
            }

            var last = $"{Column(table.Headers.Length - 1)}{(table.Rows.Length + 1).ToString(CultureInfo.InvariantCulture)}";
            var frozen = new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            { WorkbookViewId = 0U });
            sheet.Worksheet = new Worksheet(frozen, rows, new AutoFilter { Reference = $"A1:{last}" });
            workbook.Workbook = new Workbook(
                new Sheets(new Sheet { Name = SheetName, SheetId = 1U, Id = "rIdSheet" }),
                new DefinedNames(new DefinedName($"'{SheetName}'!$A$1:${Column(table.Headers.Length - 1)}${(table.Rows.Length + 1).ToString(CultureInfo.InvariantCulture)}")
                {
                    Name = "_xlnm._FilterDatabase", LocalSheetId = 0U, Hidden = true,
                }));
        }

        return raw.ToArray();
    }

    private static Row Row(uint index, IEnumerable<string> texts)
    {
        var row = new Row { RowIndex = index };
        var column = 0;
        foreach (var text in texts)
        {
            row.Append(new Cell(new InlineString(new Text(DisplayText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve }))
            {
                CellReference = Column(column++) + index.ToString(CultureInfo.InvariantCulture),
                DataType = CellValues.InlineString,
            });
        }

        return row;
    }

    /// <summary>The column's letters: 0 → A, 25 → Z, 26 → AA.</summary>
    internal static string Column(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
