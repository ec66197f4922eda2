using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Nrf.Goals.Reporting;
using Nrf.Goals.Results;
using Nrf.Goals.Words;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Nrf.Goals.Reports;

/// <summary>
/// A <see cref="ReportChart"/> as a native Word chart, so that no drawing library is needed and the chart can be
/// restyled and its data edited in Word: a horizontal bar chart with the value (prognos or utfall) and the target as two
/// bars per goal, each goal on its own scale as in the HTML report (the larger of the two fills the bar). The value axis
/// is hidden because it has no unit common to all goals; the numbers are written in each goal's label, with the
/// status symbol, as the HTML chart writes them. The bars' data are embedded as a workbook ("Redigera data" works).
/// </summary>
internal static class DocxChart
{
    private const string Sheet = "Data";

    // EMU per twentieth of a point: 914 400 EMU an inch, 1 440 twips an inch.
    private const long EmuPerTwip = 635;

    /// <summary>Adds the chart's part to <paramref name="main"/> and returns the paragraph that shows it.</summary>
    /// <param name="main">The document's main part.</param>
    /// <param name="chart">The chart.</param>
    /// <param name="language">The report's language (the word for the target in labels).</param>
    /// <param name="number">The chart's number in the document, from 1; names its part and drawing.</param>
    /// <param name="textWidth">The width to fill, in twentieths of a point.</param>
    public static W.Paragraph Add(MainDocumentPart main, ReportChart chart, ReportLanguage language, int number, int textWidth)
    {
        var id = $"rIdChart{number.ToString(CultureInfo.InvariantCulture)}";
        var part = main.AddNewPart<ChartPart>(id);
        var data = part.AddEmbeddedPackagePart(EmbeddedPackagePartType.Xlsx);
        // A fixed id: the SDK names the relationship with random characters, so two runs would differ.
        part.ChangeIdOfPart(data, "rIdData");
        using (var stream = new MemoryStream(DocxReport.Normalize(Workbook(chart, language))))
        {
            data.FeedData(stream);
        }

        part.ChartSpace = ChartSpace(chart, language);
        var width = textWidth * EmuPerTwip;
        // A row per goal, tall enough for a label of two lines at 8 pt, plus room for the legend.
        var height = (chart.Bars.Length * 460L + 900L) * EmuPerTwip;
        var drawing = new W.Drawing(new DW.Inline(
            new DW.Extent { Cx = width, Cy = height },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = (uint)number, Name = $"Chart {number.ToString(CultureInfo.InvariantCulture)}", Description = ChartBar.Shortened(DisplayText.Clean(chart.Title), MostLabelCharacters) },
            new DW.NonVisualGraphicFrameDrawingProperties(),
            new A.Graphic(new A.GraphicData(new C.ChartReference { Id = id }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        });
        return new W.Paragraph(new W.ParagraphProperties(new W.KeepLines()), new W.Run(drawing));
    }

    /// <summary>How to read the chart, for the paragraph below it.</summary>
    public static string Legend(ReportChart chart, ReportLanguage language) => language == ReportLanguage.Swedish
        ? $"{chart.ValueName} och {chart.TargetName.ToLowerInvariant()} per mål. Varje mål har sin egen skala: det större av de två fyller stapeln. Talen står efter målets namn. ✔ uppfyllt, ✘ ej uppfyllt."
        : $"{chart.ValueName} and {chart.TargetName.ToLowerInvariant()} per goal. Each goal has its own scale: the larger of the two fills the bar. The numbers follow the goal's name. ✔ met, ✘ not met.";

    /// <summary>
    /// The most characters of a text in the chart's data (a goal's label, the chart's name): far within Excel's 32 767 a
    /// cell, and more than a chart can show; a longer title is shortened with an ellipsis, its numbers kept.
    /// </summary>
    internal const int MostLabelCharacters = 250;

    /// <summary>
    /// The label under which a bar stands: the goal and its numbers, <c>Likviditet: ✔ 980 000 kr (mål minst 500 000 kr)</c>;
    /// a goal's name too long for a chart is shortened with an ellipsis, the numbers after it kept whole.
    /// </summary>
    internal static string Label(ChartBar bar, ReportLanguage language)
    {
        var numbers = DisplayText.Clean(bar.Caption(language));
        var room = Math.Max(20, MostLabelCharacters - numbers.Length - 2);
        return $"{ChartBar.Shortened(DisplayText.Clean(bar.Label), room)}: {numbers}";
    }

    private static C.ChartSpace ChartSpace(ReportChart chart, ReportLanguage language)
    {
        var rows = chart.Bars.Length;
        var labels = chart.Bars.Select(b => Label(b, language)).ToList();
        var plotArea = new C.PlotArea(
            new C.Layout(),
            new C.BarChart(
                new C.BarDirection { Val = C.BarDirectionValues.Bar },
                new C.BarGrouping { Val = C.BarGroupingValues.Clustered },
                new C.VaryColors { Val = false },
                Series(0, chart.ValueName, "B", labels, chart.Bars.Select(b => b.ActualOnScale).ToList(), chart.Bars.Select(b => Colour(b.Status)).ToList()),
                Series(1, chart.TargetName, "C", labels, chart.Bars.Select(b => b.TargetOnScale).ToList(), [.. Enumerable.Repeat("404040", rows)]),
                new C.GapWidth { Val = 60 },
                new C.AxisId { Val = 1U },
                new C.AxisId { Val = 2U }),
            new C.CategoryAxis(
                new C.AxisId { Val = 1U },
                // Goals top to bottom in the order of the tables; a bar chart otherwise starts at the bottom.
                new C.Scaling(new C.Orientation { Val = C.OrientationValues.MaxMin }),
                new C.Delete { Val = false },
                new C.AxisPosition { Val = C.AxisPositionValues.Left },
                new C.MajorTickMark { Val = C.TickMarkValues.None },
                new C.MinorTickMark { Val = C.TickMarkValues.None },
                new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                TextProperties(800),
                new C.CrossingAxis { Val = 2U },
                new C.Crosses { Val = C.CrossesValues.AutoZero },
                new C.AutoLabeled { Val = true },
                new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
                new C.LabelOffset { Val = (ushort)100 },
                // Every goal's label, even where the chart is tight: a skipped label leaves a bar nobody can name.
                new C.TickLabelSkip { Val = 1 },
                new C.TickMarkSkip { Val = 1 },
                new C.NoMultiLevelLabels { Val = true }),
            new C.ValueAxis(
                new C.AxisId { Val = 2U },
                // As in the HTML chart, the larger value fills 1/1,15 of the room, leaving space at the end.
                new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }, new C.MaxAxisValue { Val = 1.15 }, new C.MinAxisValue { Val = 0 }),
                // Every goal has its own scale, so an axis with numbers would mislead.
                new C.Delete { Val = true },
                new C.AxisPosition { Val = C.AxisPositionValues.Bottom },
                new C.NumberingFormat { FormatCode = "General", SourceLinked = false },
                new C.MajorTickMark { Val = C.TickMarkValues.None },
                new C.MinorTickMark { Val = C.TickMarkValues.None },
                new C.TickLabelPosition { Val = C.TickLabelPositionValues.None },
                new C.CrossingAxis { Val = 1U },
                new C.Crosses { Val = C.CrossesValues.AutoZero },
                new C.CrossBetween { Val = C.CrossBetweenValues.Between }));
        return new C.ChartSpace(
            new C.EditingLanguage { Val = language == ReportLanguage.Swedish ? "sv-SE" : "en-GB" },
            new C.RoundedCorners { Val = false },
            new C.Chart(
                // The title is the heading above the chart, as in the HTML report.
                new C.AutoTitleDeleted { Val = true },
                plotArea,
                new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Bottom }, new C.Overlay { Val = false }, TextProperties(800)),
                new C.PlotVisibleOnly { Val = true },
                new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap }),
            new C.ExternalData(new C.AutoUpdate { Val = false }) { Id = "rIdData" });
    }

    private static C.BarChartSeries Series(uint index, string name, string column, IReadOnlyList<string> labels, IReadOnlyList<decimal> values, IReadOnlyList<string> colours)
    {
        var last = (labels.Count + 1).ToString(CultureInfo.InvariantCulture);
        var series = new C.BarChartSeries(
            new C.Index { Val = index },
            new C.Order { Val = index },
            new C.SeriesText(new C.StringReference(new C.Formula($"{Sheet}!${column}$1"), StringCache([ChartBar.Shortened(DisplayText.Clean(name), MostLabelCharacters)]))),
            Fill(colours[0]),
            new C.InvertIfNegative { Val = false });
        // A bar per goal in its status's colour, as the HTML chart colours them.
        for (var i = 0; i < colours.Count; i++)
        {
            series.Append(new C.DataPoint(new C.Index { Val = (uint)i }, new C.InvertIfNegative { Val = false }, new C.Bubble3D { Val = false }, Fill(colours[i])));
        }

        series.Append(
            new C.CategoryAxisData(new C.StringReference(new C.Formula($"{Sheet}!$A$2:$A${last}"), StringCache(labels))),
            new C.Values(new C.NumberReference(new C.Formula($"{Sheet}!${column}$2:${column}${last}"), NumberCache(values))));
        return series;
    }

    private static C.StringCache StringCache(IReadOnlyList<string> texts)
    {
        var cache = new C.StringCache(new C.PointCount { Val = (uint)texts.Count });
        for (var i = 0; i < texts.Count; i++)
        {
            cache.Append(new C.StringPoint(new C.NumericValue(texts[i])) { Index = (uint)i });
        }

        return cache;
    }

    private static C.NumberingCache NumberCache(IReadOnlyList<decimal> values)
    {
        var cache = new C.NumberingCache(new C.FormatCode("General"), new C.PointCount { Val = (uint)values.Count });
        for (var i = 0; i < values.Count; i++)
        {
            cache.Append(new C.NumericPoint(new C.NumericValue(Number(values[i]))) { Index = (uint)i });
        }

        return cache;
    }

    private static C.ChartShapeProperties Fill(string colour) =>
        new(new A.SolidFill(new A.RgbColorModelHex { Val = colour }));

    /// <summary>A run of chart text in <paramref name="hundredths"/> of a point.</summary>
    private static C.TextProperties TextProperties(int hundredths) =>
        new(new A.BodyProperties(), new A.ListStyle(), new A.Paragraph(new A.ParagraphProperties(new A.DefaultRunProperties { FontSize = hundredths })));

    // The HTML chart's bar colours (HtmlReport's .chart .st-* .actual).
    private static string Colour(GoalStatus status) => status switch
    {
        GoalStatus.Met => "2F8F4E",
        GoalStatus.PartlyMet => "C99700",
        GoalStatus.NotMet => "C0392B",
        _ => "7A8597",
    };

    private static string Number(decimal value) => decimal.Round(value, 6).ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>The chart's data as a workbook: labels in column A, the value in B and the target in C, headed in row 1.</summary>
    private static byte[] Workbook(ReportChart chart, ReportLanguage language)
    {
        using var raw = new MemoryStream();
        using (var book = SpreadsheetDocument.Create(raw, SpreadsheetDocumentType.Workbook))
        {
            var workbook = book.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rIdBook");
            var sheet = workbook.AddNewPart<WorksheetPart>("rIdSheet");
            var rows = new SheetData(new Row(TextCell("A1", string.Empty), TextCell("B1", ChartBar.Shortened(chart.ValueName, MostLabelCharacters)), TextCell("C1", ChartBar.Shortened(chart.TargetName, MostLabelCharacters))) { RowIndex = 1U });
            for (var i = 0; i < chart.Bars.Length; i++)
            {
                var bar = chart.Bars[i];
                var r = (i + 2).ToString(CultureInfo.InvariantCulture);
                rows.Append(new Row(TextCell("A" + r, Label(bar, language)), NumberCell("B" + r, bar.ActualOnScale), NumberCell("C" + r, bar.TargetOnScale)) { RowIndex = (uint)(i + 2) });
            }

            sheet.Worksheet = new Worksheet(rows);
            workbook.Workbook = new Workbook(new Sheets(new Sheet { Name = Sheet, SheetId = 1U, Id = "rIdSheet" }));
        }

        return raw.ToArray();
    }

    private static Cell TextCell(string reference, string text) =>
        new(new InlineString(new Text(DisplayText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve })) { CellReference = reference, DataType = CellValues.InlineString };

    private static Cell NumberCell(string reference, decimal value) =>
        new(new CellValue(Number(value))) { CellReference = reference };
}
