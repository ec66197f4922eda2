using System.Globalization;
using System.IO.Compression;
using System.Xml;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Loading;

namespace Nrf.Goals.Tables;

/// <summary>
/// Checks an Excel workbook's package before ExcelDataReader reads it, because the reader trusts it: a 2 KB file with one
/// cell at XFD1 and a row at 20 000 makes it materialise 16 384 fields of every row, a small compressed shared-strings
/// part inflates to gigabytes, and a shared-string cell whose index is missing is read as the index number. Every part
/// the reader opens is inflated here no further than its limit, and the first sheet and the shared strings are walked
/// once as XML: bounded time and memory, whatever the file claims.
/// </summary>
internal static class XlsxPackageCheck
{
    /// <summary>Most columns of the first sheet (A–BL); a values table needs seven.</summary>
    public const int MaxColumns = 64;

    /// <summary>Highest row number of the first sheet.</summary>
    public const int MaxRows = 200_000;

    /// <summary>Most shared strings (distinct texts) in a workbook.</summary>
    public const int MaxSharedStrings = 200_000;

    /// <summary>Largest uncompressed size of the first sheet's part (its XML), in bytes (64 MiB).</summary>
    public const long MaxSheetPartBytes = 64L * 1024 * 1024;

    /// <summary>Largest uncompressed size of any other part the reader opens (workbook, styles, shared strings), in bytes (16 MiB).</summary>
    public const long MaxOtherPartBytes = 16L * 1024 * 1024;

    /// <summary>Most entries in the package.</summary>
    public const int MaxEntries = 1_000;

    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>
    /// Returns true when ExcelDataReader may read <paramref name="archive"/>; otherwise reports why at the place (cell or
    /// file) and returns false. <paramref name="sheetName"/> is the first sheet's name, for messages.
    /// </summary>
    public static bool Check(ZipArchive archive, string file, DiagnosticBag bag, out string sheetName)
    {
        sheetName = "1";
        var fileAt = new SourceLocation(file, 1, 1);
        if (archive.Entries.Count > MaxEntries)
        {
            bag.Error(fileAt, $"the workbook has {archive.Entries.Count} parts; the limit is {MaxEntries}");
            return false;
        }

        var workbook = Find(archive, "xl/workbook.xml");
        var relationships = Find(archive, "xl/_rels/workbook.xml.rels");
        var styles = Find(archive, "xl/styles.xml");
        var shared = Find(archive, "xl/sharedStrings.xml");
        if (workbook is null || relationships is null)
        {
            // Not a workbook ExcelDataReader can open either; its own message says so.
            return true;
        }

        foreach (var small in new[] { workbook, relationships, styles }.OfType<ZipArchiveEntry>())
        {
            if (!WithinSize(small, MaxOtherPartBytes, file, bag))
            {
                return false;
            }
        }

        var sheetPath = FirstSheet(workbook, relationships, out sheetName);
        var sharedCount = 0;
        if (shared is not null && !CountSharedStrings(shared, file, bag, out sharedCount))
        {
            return false;
        }

        var sheet = sheetPath is null ? null : Find(archive, sheetPath);
        return sheet is null || CheckSheet(sheet, sheetName, shared is null ? null : sharedCount, file, bag);
    }

    private static ZipArchiveEntry? Find(ZipArchive archive, string path) =>
        archive.Entries.FirstOrDefault(e => string.Equals(e.FullName.TrimStart('/'), path, StringComparison.OrdinalIgnoreCase));

    /// <summary>Inflates <paramref name="entry"/> and counts its bytes, stopping at <paramref name="limit"/> (the header's size can lie).</summary>
    private static bool WithinSize(ZipArchiveEntry entry, long limit, string file, DiagnosticBag bag)
    {
        if (entry.Length <= limit)
        {
            using var stream = new CappedStream(entry.Open(), limit);
            stream.CopyTo(Stream.Null);
            if (!stream.Exceeded)
            {
                return true;
            }
        }

        bag.Error(new SourceLocation(file, 1, 1), TooLarge(entry, limit));
        return false;
    }

    private static string TooLarge(ZipArchiveEntry entry, long limit) =>
        $"the part {entry.FullName} of the workbook is larger than {limit} bytes uncompressed; the limit guards against a compressed bomb";

    /// <summary>The path of the first sheet's part, the one ExcelDataReader reads, and the sheet's name.</summary>
    private static string? FirstSheet(ZipArchiveEntry workbook, ZipArchiveEntry relationships, out string name)
    {
        name = "1";
        string? id = null;
        using (var reader = XmlReader.Create(workbook.Open(), Settings))
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet")
                {
                    name = reader.GetAttribute("name") ?? name;
                    id = reader.GetAttribute("id", RelationshipsNamespace);
                    break;
                }
            }
        }

        if (id is null)
        {
            return null;
        }

        using var rels = XmlReader.Create(relationships.Open(), Settings);
        while (rels.Read())
        {
            if (rels.NodeType == XmlNodeType.Element && rels.LocalName == "Relationship" && rels.GetAttribute("Id") == id && rels.GetAttribute("Target") is { } target)
            {
                return target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
            }
        }

        return null;
    }

    private static bool CountSharedStrings(ZipArchiveEntry entry, string file, DiagnosticBag bag, out int count)
    {
        count = 0;
        if (entry.Length > MaxOtherPartBytes)
        {
            bag.Error(new SourceLocation(file, 1, 1), TooLarge(entry, MaxOtherPartBytes));
            return false;
        }

        using var stream = new CappedStream(entry.Open(), MaxOtherPartBytes);
        using var reader = XmlReader.Create(stream, Settings);
        while (ReadWithin(reader, stream))
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si" && ++count > MaxSharedStrings)
            {
                bag.Error(new SourceLocation(file, 1, 1), $"the workbook has more than {MaxSharedStrings} shared strings (distinct texts); the limit is {MaxSharedStrings}");
                return false;
            }
        }

        if (stream.Exceeded)
        {
            bag.Error(new SourceLocation(file, 1, 1), TooLarge(entry, MaxOtherPartBytes));
            return false;
        }

        return true;
    }

    /// <summary>
    /// Walks the first sheet's XML: its declared dimension, every row number and cell reference against the limits, and
    /// every shared-string cell's index against the shared strings the workbook has.
    /// </summary>
    private static bool CheckSheet(ZipArchiveEntry entry, string sheet, int? sharedCount, string file, DiagnosticBag bag)
    {
        if (entry.Length > MaxSheetPartBytes)
        {
            bag.Error(new SourceLocation(file, 1, 1), TooLarge(entry, MaxSheetPartBytes));
            return false;
        }

        using var stream = new CappedStream(entry.Open(), MaxSheetPartBytes);
        using var reader = XmlReader.Create(stream, Settings);
        var row = 0;
        var column = 0;
        string? sharedCell = null;
        var ok = true;
        while (ReadWithin(reader, stream))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "dimension" when reader.GetAttribute("ref") is { } range:
                    // ExcelDataReader sizes every row by the declared dimension, so a false one costs as much as real cells.
                    foreach (var corner in range.Split(':'))
                    {
                        var (dr, dc) = CellReference.TryParse(corner, out var r0, out var c0) ? (r0, c0) : (int.MaxValue, int.MaxValue);
                        if (!Within(dr, dc, $"the sheet's declared size ({range})", sheet, file, bag))
                        {
                            return false;
                        }
                    }

                    break;
                case "row":
                    var rowText = reader.GetAttribute("r");
                    row = rowText is null ? row + 1 : long.TryParse(rowText, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? (int)Math.Min(n, int.MaxValue) : int.MaxValue;
                    column = 0;
                    if (!Within(row, 1, $"row {rowText ?? row.ToString(CultureInfo.InvariantCulture)}", sheet, file, bag))
                    {
                        return false;
                    }

                    break;
                case "c":
                    var reference = reader.GetAttribute("r");
                    if (reference is not null)
                    {
                        // A reference that cannot be read counts as beyond the limits: the reader's reading of it is unknown.
                        (row, column) = CellReference.TryParse(reference, out var cr, out var cc) ? (cr, cc) : (int.MaxValue, int.MaxValue);
                    }
                    else
                    {
                        column++;
                        reference = XlsxValues.ColumnLetters(column - 1) + row.ToString(CultureInfo.InvariantCulture);
                    }

                    if (!Within(row, column, $"a cell at {reference}", sheet, file, bag))
                    {
                        return false;
                    }

                    sharedCell = reader.GetAttribute("t") == "s" ? reference : null;
                    break;
                case "v" when sharedCell is not null:
                    var at = sharedCell;
                    var (atRow, atColumn) = (row, column);
                    sharedCell = null;
                    var text = reader.ReadElementContentAsString().Trim();
                    if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || sharedCount is null || index >= sharedCount)
                    {
                        // ExcelDataReader would read the index itself as the cell's number.
                        bag.Error(new SourceLocation(file, Math.Max(1, atRow), Math.Max(1, atColumn)),
                            $"sheet {sheet}, cell {at}: the cell refers to shared text number {text}, which the workbook does not have ({sharedCount ?? 0} shared texts); the file is damaged, save it again from Excel");
                        ok = false;
                    }

                    break;
            }
        }

        if (stream.Exceeded)
        {
            bag.Error(new SourceLocation(file, 1, 1), TooLarge(entry, MaxSheetPartBytes));
            return false;
        }

        return ok;
    }

    /// <summary>Reads the next node; false at the end of the part or where the cap cut it off (the XML then ends early).</summary>
    private static bool ReadWithin(XmlReader reader, CappedStream stream)
    {
        try
        {
            return reader.Read() && !stream.Exceeded;
        }
        catch (XmlException) when (stream.Exceeded)
        {
            return false;
        }
    }

    private static bool Within(int row, int column, string what, string sheet, string file, DiagnosticBag bag)
    {
        if (column > MaxColumns)
        {
            bag.Error(new SourceLocation(file, Math.Max(1, row), Math.Max(1, column)), $"sheet {sheet}: {what} is beyond column {XlsxValues.ColumnLetters(MaxColumns - 1)}; a values table is read from at most {MaxColumns} columns, so delete the cells to the right");
            return false;
        }

        if (row > MaxRows)
        {
            bag.Error(new SourceLocation(file, Math.Max(1, row), Math.Max(1, column)), $"sheet {sheet}: {what} is beyond row {MaxRows}; a values table is read from at most {MaxRows} rows");
            return false;
        }

        return true;
    }

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        CloseInput = true,
    };
}
