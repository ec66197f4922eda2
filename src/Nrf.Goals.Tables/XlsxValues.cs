using System.Globalization;
using System.IO.Compression;
using ExcelDataReader;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Loading;

namespace Nrf.Goals.Tables;

/// <summary>
/// Reads a values table from the first sheet of an Excel workbook (.xlsx) with ExcelDataReader: the same columns as a CSV
/// file. Numeric cells are read as Excel shows them (15 significant digits), text cells are read like CSV cells (Swedish decimal comma too),
/// date-formatted cells as dates; errors name the sheet and the cell (D7).
/// </summary>
internal static class XlsxValues
{
    static XlsxValues()
    {
        // ExcelDataReader's configuration defaults to Windows-1252 (for old .xls text), which .NET offers only once the
        // code-page provider is registered; registering it is process-wide and idempotent.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
    }

    /// <summary>The rows of the first sheet after its header row; null when the workbook cannot be read as a values table.</summary>
    public static IReadOnlyList<ValueRow>? Read(byte[] bytes, string file, DiagnosticBag bag)
    {
        try
        {
            using (var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read))
            {
                if (!XlsxPackageCheck.Check(archive, file, bag, out _))
                {
                    return null;
                }
            }

            using var stream = new MemoryStream(bytes, writable: false);
            using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
            return ReadRows(reader, file, bag);
        }
        catch (Exception e) when (e is ExcelDataReader.Exceptions.ExcelReaderException or InvalidDataException or IOException or ArgumentException or InvalidOperationException or FormatException or System.Xml.XmlException)
        {
            bag.Error(new SourceLocation(file, 1, 1), $"the file cannot be read as an Excel workbook (.xlsx): {e.Message.TrimEnd('.')}; save it from Excel as 'Excel-arbetsbok (*.xlsx)'");
            return null;
        }
    }

    /// <summary>The rows of the first sheet after its header row, the first row that is not empty.</summary>
    private static List<ValueRow>? ReadRows(IExcelDataReader reader, string file, DiagnosticBag bag)
    {
        var rows = new List<ValueRow>();
        var sheet = reader.Name;
        Dictionary<ValueColumn, int>? columns = null;
        string[]? names = null;
        var row = 0;
        while (reader.Read())
        {
            row++;
            var rowAt = new SourceLocation(file, row, 1);
            var cells = Cells(reader, file, row, $"sheet {sheet}", names);
            if (columns is null)
            {
                if (cells.All(c => c.IsEmpty))
                {
                    continue;
                }

                names = cells.Select(c => c.Text.Trim()).ToArray();
                columns = ValueColumns.Read(cells, rowAt, bag);
                if (columns is null)
                {
                    return null;
                }

                continue;
            }

            if (rows.Count >= InputLimits.MaxNodes)
            {
                bag.Error(rowAt, $"the sheet has more than {InputLimits.MaxNodes} rows");
                return null;
            }

            ValueCell.ReportControlCharacters(cells, bag);
            rows.Add(ValueColumns.Row(row, cells, columns, rowAt));
        }

        if (columns is null)
        {
            bag.Error(new SourceLocation(file, 1, 1), $"the first sheet ({sheet}) is empty; its first row should name the columns {ValueColumns.Expected}");
            return null;
        }

        return rows;
    }

    /// <summary>The cells of the current row, each named by its sheet and reference (and its column's name once the header is read).</summary>
    private static List<ValueCell> Cells(IExcelDataReader reader, string file, int row, string sheet, string[]? names)
    {
        var cells = new List<ValueCell>(reader.FieldCount);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            var reference = $"{ColumnLetters(i)}{row}";
            var named = names is not null && i < names.Length && names[i].Length > 0 ? $" ({names[i]})" : string.Empty;
            var cell = Cell(reader.GetValue(i), new SourceLocation(file, row, i + 1), $"{sheet}, cell {reference}{named}");
            if (cell.Number is not null && reader.GetNumberFormatString(i) is { } format && IsPercentFormat(format))
            {
                // Excel stores 15,5 % as 0,155; whether 15,5 is what the rule means depends on the indicator's unit,
                // which the table reader decides (TableCells).
                cell = cell with { IsPercent = true };
            }

            cells.Add(cell);
        }

        return cells;
    }

    /// <summary>True for a number format that shows the value as per cent: a '%' outside quoted literal text.</summary>
    private static bool IsPercentFormat(string format)
    {
        var quoted = false;
        for (var i = 0; i < format.Length; i++)
        {
            switch (format[i])
            {
                case '"':
                    quoted = !quoted;
                    break;
                case '\\':
                    i++;
                    break;
                case '%' when !quoted:
                    return true;
            }
        }

        return false;
    }

    private static ValueCell Cell(object? value, SourceLocation at, string where) => value switch
    {
        null => new ValueCell(string.Empty, at, where),
        double d when double.IsFinite(d) => new ValueCell(Shown(d), at, where) { Number = ValueText.TryNumber(Shown(d), out var n, out _) ? n : null },
        int i => new ValueCell(i.ToString(CultureInfo.InvariantCulture), at, where) { Number = i },
        bool b => new ValueCell(b ? "true" : "false", at, where) { Flag = b },
        DateTime t => new ValueCell(t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), at, where) { Date = DateOnly.FromDateTime(t) },
        string s => new ValueCell(s, at, where),
        _ => new ValueCell(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty, at, where),
    };

    /// <summary>
    /// The number as Excel shows it: 15 significant digits, so a formula =0.57*100, stored as 56.999999999999993, is 57
    /// as on screen and in a CSV saved from the sheet. A value decimal cannot hold exactly (1E-30) keeps its text and is
    /// refused by the table reader as too small or too precise, never read as 0.
    /// </summary>
    private static string Shown(double d) => d.ToString("G15", CultureInfo.InvariantCulture);

    /// <summary>Excel's column letters: 0 → A, 25 → Z, 26 → AA.</summary>
    internal static string ColumnLetters(int index)
    {
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}
