using System.IO.Compression;
using System.Text;

namespace Nrf.Goals.Tests.Loading;

/// <summary>
/// Writes a workbook package part by part, so tests can make the damaged or hostile workbooks Excel never writes: a cell
/// at XFD1, a shared-string index that does not exist, a part that inflates far beyond its compressed size.
/// </summary>
internal static class XlsxRawFixture
{
    /// <summary>The XML of a sheet whose <c>sheetData</c> is <paramref name="rows"/> (written as <c>&lt;row&gt;</c> elements).</summary>
    public static string Sheet(string rows, string? dimension = null) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
        (dimension is null ? string.Empty : $"<dimension ref=\"{dimension}\"/>") + $"<sheetData>{rows}</sheetData></worksheet>";

    /// <summary>The XML of a shared-strings part holding <paramref name="texts"/>.</summary>
    public static string SharedStrings(IEnumerable<string> texts) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
        string.Concat(texts.Select(t => $"<si><t>{t}</t></si>")) + "</sst>";

    /// <summary>
    /// A workbook with one sheet named Blad1 holding <paramref name="sheetXml"/>, optional shared strings, and a
    /// styles part whose cell format 1 is per cent (built-in format 9, 0 %); <paramref name="extra"/> pads the styles part.
    /// </summary>
    public static byte[] Create(string sheetXml, string? sharedStringsXml = null, int stylesPadding = 0)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string name, string xml)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
                writer.Write(xml);
            }

            Part("[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
                "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" +
                "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>" +
                (sharedStringsXml is null ? string.Empty : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>") +
                "</Types>");
            Part("_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Part("xl/workbook.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" +
                "<sheets><sheet name=\"Blad1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Part("xl/_rels/workbook.xml.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>" +
                "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>" +
                (sharedStringsXml is null ? string.Empty : "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>") +
                "</Relationships>");
            Part("xl/styles.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
                "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"9\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>" + new string(' ', stylesPadding));
            Part("xl/worksheets/sheet1.xml", sheetXml);
            if (sharedStringsXml is not null)
            {
                Part("xl/sharedStrings.xml", sharedStringsXml);
            }
        }

        return stream.ToArray();
    }

    /// <summary>The header row of a values table as inline strings (row 1, columns A–D).</summary>
    public const string HeaderRow =
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>indicator</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>year</t></is></c>" +
        "<c r=\"C1\" t=\"inlineStr\"><is><t>breakdown</t></is></c><c r=\"D1\" t=\"inlineStr\"><is><t>value</t></is></c></row>";

    /// <summary>A data row: indicator (inline), year and a number value stored as <paramref name="value"/>, with style <paramref name="style"/>.</summary>
    public static string Row(int r, string indicator, string year, string value, int style = 0) =>
        $"<row r=\"{r}\"><c r=\"A{r}\" t=\"inlineStr\"><is><t>{indicator}</t></is></c><c r=\"B{r}\"><v>{year}</v></c>" +
        $"<c r=\"D{r}\" s=\"{style}\"><v>{value}</v></c></row>";
}
