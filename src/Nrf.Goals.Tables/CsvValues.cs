using System.Text;
using CsvHelper;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Loading;

namespace Nrf.Goals.Tables;

/// <summary>
/// Reads a values table from CSV as Swedish Excel saves it: <c>;</c> between columns, decimal comma, thousands grouped
/// by space or no-break space, UTF-8 with or without BOM or Windows-1252 ("CSV (semikolonavgränsad)"). CsvHelper does the
/// parsing; this class only finds where each cell starts so errors can point at it.
/// </summary>
internal static class CsvValues
{
    private const int WindowsLatin1 = 1252;

    /// <summary>The rows of the table after its header row; null when the file cannot be read as a values table.</summary>
    public static IReadOnlyList<ValueRow>? Read(byte[] bytes, string file, DiagnosticBag bag)
    {
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            // Excel's "Unicode text" is UTF-16 with tabs; read as 1252 it would give a column name full of NULs.
            bag.Error(new SourceLocation(file, 1, 1), "the file is UTF-16 text; save it as 'CSV UTF-8 (kommaavgränsad)' or 'CSV (semikolonavgränsad)'");
            return null;
        }

        var problems = new List<Diagnostic>();
        var rows = new List<ValueRow>();
        Dictionary<ValueColumn, int>? columns = null;
        string[] names = [];
        using var reader = CsvReader.FromText(Decode(bytes), Options(file, problems));
        while (reader.Read())
        {
            var record = Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray();
            var line = (int)reader.LineNumber;
            var starts = FieldStarts(reader.Current.ToString(), line);
            var rowAt = new SourceLocation(file, line, 1);
            if (columns is null)
            {
                names = record.Select(r => r.Trim()).ToArray();
                columns = Header(record, starts, rowAt, bag);
                if (columns is null)
                {
                    return null;
                }

                continue;
            }

            if (rows.Count >= InputLimits.MaxNodes)
            {
                bag.Error(rowAt, $"the file has more than {InputLimits.MaxNodes} rows");
                return null;
            }

            var cells = record.Select((f, i) => new ValueCell(f, At(starts, i, rowAt), i < names.Length && names[i].Length > 0 ? $"column {names[i]}" : $"column {i + 1}")).ToList();
            ValueCell.ReportControlCharacters(cells, bag);
            rows.Add(ValueColumns.Row(line, cells, columns, rowAt));
        }

        bag.AddRange(problems);
        if (columns is null)
        {
            bag.Error(new SourceLocation(file, 1, 1), $"the file is empty; its first row should name the columns {ValueColumns.Expected}");
            return null;
        }

        return rows;
    }

    /// <summary>CsvHelper's options for a Swedish Excel export; a malformed record is noted in <paramref name="problems"/>, at its line.</summary>
    private static CsvReaderOptions Options(string file, List<Diagnostic> problems) => CsvReaderOptions.Default with
    {
        Separator = ';',
        HasHeader = false,
        SkipEmptyLines = true,
        TrackLineNumbers = true,
        Mode = CsvMode.Rfc4180,
        OnMalformedRecord = bad => problems.Add(new Diagnostic(
            new SourceLocation(file, (int)Math.Max(1, bad.LineNumber), 1),
            bad.Reason == CsvMalformedReason.UnterminatedQuote
                ? "a quoted cell is never closed: a '\"' is missing, so the rest of the file would be one cell"
                : $"the quotes of this row are broken ({ValueTable.Shown(bad.RawRecord)}); put a cell that holds ';' or '\"' in quotes and double the quote inside (\"\")")),
    };

    /// <summary>The columns the header row names; null after reporting a header that cannot be used (or another separator than ';').</summary>
    private static Dictionary<ValueColumn, int>? Header(string[] record, List<(int Line, int Column)> starts, SourceLocation rowAt, DiagnosticBag bag)
    {
        if (record.Length == 1 && (record[0].Contains(',', StringComparison.Ordinal) || record[0].Contains('\t', StringComparison.Ordinal)))
        {
            var separator = record[0].Contains('\t', StringComparison.Ordinal) ? "tabs" : "','";
            bag.Error(rowAt, $"the columns are separated by {separator}; values tables use ';' as Swedish Excel writes them (save as 'CSV (semikolonavgränsad)' or 'CSV UTF-8')");
            return null;
        }

        var header = record.Select((f, i) => new ValueCell(f, At(starts, i, rowAt), $"column {i + 1}")).ToList();
        return ValueColumns.Read(header, rowAt, bag);
    }

    /// <summary>UTF-8 (a BOM is dropped) when the bytes are valid UTF-8; otherwise Windows-1252, what Swedish Excel writes for plain "CSV".</summary>
    internal static string Decode(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(WindowsLatin1)!.GetString(bytes);
        }
    }

    private static SourceLocation At(List<(int Line, int Column)> starts, int index, SourceLocation rowAt) =>
        index < starts.Count ? new SourceLocation(rowAt.File, starts[index].Line, starts[index].Column) : rowAt;

    /// <summary>
    /// Where each field of a raw record starts (line and column), for located errors. Quoted fields may hold ';' and line
    /// breaks; a doubled quote inside them is one quote.
    /// </summary>
    private static List<(int Line, int Column)> FieldStarts(string raw, int firstLine)
    {
        var starts = new List<(int, int)> { (firstLine, 1) };
        var (line, column) = (firstLine, 1);
        var quoted = false;
        var atFieldStart = true;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < raw.Length && raw[i + 1] == '"')
                {
                    i++;
                    column += 2;
                    continue;
                }

                quoted = c != '"';
            }
            else if (c == '"' && atFieldStart)
            {
                quoted = true;
            }
            else if (c == ';')
            {
                starts.Add((line, column + 1));
                atFieldStart = true;
                column++;
                continue;
            }

            atFieldStart = false;
            if (c == '\n')
            {
                (line, column) = (line + 1, 1);
            }
            else if (c != '\r')
            {
                column++;
            }
        }

        return starts;
    }
}
