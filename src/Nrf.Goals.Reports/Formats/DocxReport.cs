using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Nrf.Goals.Reporting;
using Nrf.Goals.Results;
using Nrf.Goals.Words;

namespace Nrf.Goals.Reports;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as a Word document (DOCX) to paste into the report template: headings in the
/// built-in styles "heading 1/2" (so they take the template's look when pasted), paragraphs, bulleted lists and tables
/// with status cells shaded and named in words, and the chart as a native Word chart (<see cref="DocxChart"/>).
/// In Nrf.Goals.Reports, so that the core package does not depend on DocumentFormat.OpenXml.
/// </summary>
public static class DocxReport
{
    private const int BulletNumbering = 1;

    // A4 in twentieths of a point, and its 2 cm margins.
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int Margin = 1134;

    // The width tables are laid out in: A4 less the two margins, upright and on its side.
    private const int TextWidth = PageWidth - (2 * Margin);
    private const int LandscapeTextWidth = PageHeight - (2 * Margin);

    // A fixed zip timestamp: System.IO.Packaging stamps entries with the current time, which would make two runs differ.
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The document as the bytes of a .docx file, the same bytes for the same document.</summary>
    public static byte[] Write(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var raw = new MemoryStream();
        using (var package = WordprocessingDocument.Create(raw, WordprocessingDocumentType.Document))
        {
            // An explicit id: the SDK would otherwise name the relationship with random characters, so two runs would differ.
            var main = package.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdMain");
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = Styles(document.Language);
            main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = Numbering();
            var body = new Body();
            var charts = 0;
            // One orientation for the whole document, so that pasted into the report it never turns a page on its side
            // between two tables: landscape only when some table does not fit an upright page even at its narrowest.
            var landscape = document.Blocks.OfType<ReportTable>().Any(t => DocxColumnWidths.Fit(t, TextWidth) is null);
            var width = landscape ? LandscapeTextWidth : TextWidth;
            body.Append(Heading(document.Title, 1));
            foreach (var block in document.Blocks)
            {
                switch (block)
                {
                    case ReportHeading h:
                        body.Append(Heading(h.Text, 2));
                        break;
                    case ReportParagraph p:
                        body.Append(new Paragraph(new Run(new Text(DisplayText.Clean(p.Text)) { Space = SpaceProcessingModeValues.Preserve })));
                        break;
                    case ReportList l:
                        foreach (var item in l.Items)
                        {
                            body.Append(new Paragraph(
                                new ParagraphProperties(new ParagraphStyleId { Val = "ListParagraph" }, new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = BulletNumbering })),
                                new Run(new Text(DisplayText.Clean(item)) { Space = SpaceProcessingModeValues.Preserve })));
                        }

                        break;
                    case ReportTable t:
                        // A table wider than the page at its narrowest (or than Word's 63 columns) is split into tables of
                        // the first column and as many others as fit, one below the other.
                        foreach (var part in DocxColumnWidths.Split(t, width))
                        {
                            body.Append(Table(part, DocxColumnWidths.Fit(part, width) ?? Squeezed(part, width)));
                            body.Append(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0" })));
                        }

                        break;
                    case ReportChart c:
                        body.Append(Heading(c.Title, 3));
                        body.Append(DocxChart.Add(main, c, document.Language, ++charts, width));
                        body.Append(new Paragraph(new Run(new Text(DisplayText.Clean(DocxChart.Legend(c, document.Language))))));
                        break;
                }
            }

            body.Append(Section(landscape));
            main.Document = new Document(body);
        }

        return Normalize(raw.ToArray());
    }

    /// <summary>A4 with 2 cm margins, upright or on its side.</summary>
    private static SectionProperties Section(bool landscape) => new(
        landscape
            ? new PageSize { Width = PageHeight, Height = PageWidth, Orient = PageOrientationValues.Landscape }
            : new PageSize { Width = PageWidth, Height = PageHeight },
        new PageMargin { Top = Margin, Bottom = Margin, Left = Margin, Right = Margin, Header = 567U, Footer = 567U, Gutter = 0U });

    /// <summary>Even the page is too narrow for the words of one column beside the first: equal columns, the first twice as wide.</summary>
    private static int[] Squeezed(ReportTable t, int width)
    {
        var share = width / (t.Headers.Length + 1);
        return [width - (share * (t.Headers.Length - 1)), .. Enumerable.Repeat(share, t.Headers.Length - 1)];
    }

    private static Paragraph Heading(string text, int level) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = $"Heading{level}" }), new Run(new Text(DisplayText.Clean(text))));

    private static Table Table(ReportTable t, int[] widths)
    {
        // Fixed layout with explicit widths: without them LibreOffice squeezes columns until words break mid-word.
        // The schema wants w:tblGrid after w:tblPr and before the rows; w:tblLook's firstRow attribute is not in
        // Office 2007's schema, so only the hex value is written (04A0: header row formatting, no column banding).
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = "TableGrid" },
                new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "04A0" }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        for (var i = 0; i < t.Headers.Length; i++)
        {
            header.Append(Cell(t.Headers[i], widths[i], bold: true, fill: "EEF1F5", keepWithNext: true));
        }

        table.Append(header);
        foreach (var row in t.Rows)
        {
            var tableRow = new TableRow(new TableRowProperties(new CantSplit()));
            for (var i = 0; i < row.Length; i++)
            {
                var cell = row[i];
                tableRow.Append(Cell(cell.Text, widths[i], bold: cell.Status is not null, fill: cell.Status is { } s ? Fill(s) : null));
            }

            table.Append(tableRow);
        }

        return table;
    }

    // keepWithNext, for the header row: kept on the page of the first row, so that no page ends with a header alone.
    private static TableCell Cell(string text, int width, bool bold, string? fill, bool keepWithNext = false)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (fill is not null)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
        }

        var run = new Run(new Text(DisplayText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
        if (bold)
        {
            run.PrependChild(new RunProperties(new Bold()));
        }

        var paragraph = keepWithNext
            ? new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "0", After = "0" })
            : new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0" });
        return new TableCell(properties, new Paragraph(paragraph, run));
    }

    private static string Fill(GoalStatus status) => status switch
    {
        GoalStatus.Met => "DCF1E2",
        GoalStatus.PartlyMet => "FFF1C2",
        GoalStatus.NotMet => "FBDCDC",
        GoalStatus.NotEvaluable => "E9ECF1",
        _ => "E1ECFA",
    };

    private static Styles Styles(ReportLanguage language)
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri" },
                    new FontSize { Val = "21" },
                    new Languages { Val = language == ReportLanguage.Swedish ? "sv-SE" : "en-GB" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            HeadingStyle(1, "32"),
            HeadingStyle(2, "26"),
            HeadingStyle(3, "22"),
            new Style(new StyleName { Val = "List Paragraph" }, new BasedOn { Val = "Normal" }, new StyleParagraphProperties(new Indentation { Left = "720" }))
            {
                Type = StyleValues.Paragraph,
                StyleId = "ListParagraph",
            },
            new Style(
                new StyleName { Val = "Table Grid" },
                // The schema orders a style's rPr before its tblPr.
                new StyleRunProperties(new FontSize { Val = "18" }),
                new StyleTableProperties(
                    new TableBorders(
                        new TopBorder { Val = BorderValues.Single, Size = 4U, Color = "C9CED6" },
                        new LeftBorder { Val = BorderValues.Single, Size = 4U, Color = "C9CED6" },
                        new BottomBorder { Val = BorderValues.Single, Size = 4U, Color = "C9CED6" },
                        new RightBorder { Val = BorderValues.Single, Size = 4U, Color = "C9CED6" },
                        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U, Color = "C9CED6" },
                        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U, Color = "C9CED6" }),
                    new TableCellMarginDefault(
                        new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                        new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                        new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                        new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })))
            {
                Type = StyleValues.Table,
                StyleId = "TableGrid",
            });
        return styles;
    }

    private static Style HeadingStyle(int level, string halfPoints) =>
        new(
            new StyleName { Val = $"heading {level}" },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "80" }, new OutlineLevel { Val = level - 1 }),
            new StyleRunProperties(new Bold(), new FontSize { Val = halfPoints }))
        {
            Type = StyleValues.Paragraph,
            StyleId = $"Heading{level}",
        };

    private static Numbering Numbering() =>
        new(
            new AbstractNum(
                new Level(
                    new NumberingFormat { Val = NumberFormatValues.Bullet },
                    new LevelText { Val = "•" },
                    new LevelJustification { Val = LevelJustificationValues.Left },
                    new PreviousParagraphProperties(new Indentation { Left = "360", Hanging = "360" }))
                { LevelIndex = 0 })
            { AbstractNumberId = 0 },
            new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = BulletNumbering });

    /// <summary>Rewrites a package (the document, an embedded workbook) with fixed entry times so that the same document gives the same bytes.</summary>
    internal static byte[] Normalize(byte[] package)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}
