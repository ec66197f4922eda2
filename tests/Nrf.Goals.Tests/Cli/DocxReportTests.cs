using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Nrf.Goals.Cli.Output;
using Nrf.Goals.Reporting;
using Nrf.Goals.Reports;
using Nrf.Goals.Tests.Reporting;
using Nrf.Goals.Words;

namespace Nrf.Goals.Tests.Cli;

public sealed class DocxReportTests : IClassFixture<ReportFixture>
{
    private readonly ReportFixture _f;

    public DocxReportTests(ReportFixture fixture) => _f = fixture;

    [Fact]
    public void Write_NotMetInterim_HeadingsParagraphTablesAndWhatIfAsInMarkdown()
    {
        var document = EvaluationReport.Build(_f.RuleSet, _f.Interim, ReportLanguage.Swedish);

        using var word = WordprocessingDocument.Open(new MemoryStream(DocxReport.Write(document)), false);
        var body = word.MainDocumentPart!.Document.Body!;

        var headings = body.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("Heading", StringComparison.Ordinal) == true)
            .Select(p => (p.ParagraphProperties!.ParagraphStyleId!.Val!.Value, p.InnerText)).ToList();
        headings.Should().Equal(
            ("Heading1", "God ekonomisk hushållning – delårsrapport DÅ 08 2023"),
            ("Heading2", "Verksamhetsmål"),
            ("Heading3", "Prognos mot målvärde – verksamhetsmål"),
            ("Heading2", "Ekonomiska mål"),
            ("Heading3", "Prognos/utfall mot målvärde – ekonomiska mål"),
            ("Heading2", "Vad skulle ändra bedömningen?"));
        body.Elements<Paragraph>().Select(p => p.InnerText).Should().Contain(
            "Av tio verksamhetsmål bedöms sex vara uppfyllda och fyra ej uppfyllda. Kravet att minst sju verksamhetsmål ska vara uppfyllda bedöms därmed inte nås. "
            + "Av tre ekonomiska mål bedöms två vara uppfyllda och ett ej uppfyllt. Kravet att samtliga ekonomiska mål ska vara uppfyllda bedöms därmed inte nås. "
            + "Sammantaget bedöms förbundet inte uppfylla kravet på god ekonomisk hushållning.");

        var tables = body.Elements<Table>().ToList();
        tables.Should().HaveCount(2);
        var operational = tables[0].Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).ToList();
        operational.Should().HaveCount(11);
        operational[0].Should().Equal("Mål", "Status", "Prognos helår", "Målvärde");
        operational[4].Should().Equal(
            "Skapa förutsättningar för sjukvårdsregional samverkan", "✘ Ej uppfyllt", "BG beslutsför vid 17 av 20 möten (85,0\u00A0%), mål minst 90\u00A0%",
            "BG beslutsför vid minst 90\u00A0% av planerade möten");
        tables[0].Elements<TableRow>().ElementAt(4).Elements<TableCell>().ElementAt(1).TableCellProperties!.Shading!.Fill!.Value.Should().Be("FBDCDC");
        tables[1].Elements<TableRow>().Should().HaveCount(4);

        var bullets = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.NumberingProperties is not null).Select(p => p.InnerText).ToList();
        bullets.Should().HaveCount(5);
        bullets[0].Should().EndWith("– 5,0\u00A0procentenheter från målet");
        bullets[4].Should().Be("Resultat, ej uppfyllt: intäkter 60\u00A0400\u00A0tkr, kostnader 60\u00A0800\u00A0tkr, beslutat underskott 0\u00A0tkr – 400\u00A0tkr från målet");
    }

    [Fact]
    public void Write_Trajectory_OneTableWithAColumnPerReport()
    {
        var document = TrajectoryReport.Build(_f.RuleSet, [_f.Interim, _f.Annual], ReportLanguage.Swedish);

        using var word = WordprocessingDocument.Open(new MemoryStream(DocxReport.Write(document)), false);
        var table = word.MainDocumentPart!.Document.Body!.Elements<Table>().Single();

        table.Elements<TableRow>().First().Elements<TableCell>().Select(c => c.InnerText).Should().Equal("Mål", "2023 DÅ 08", "2023 ÅR");
        table.Elements<TableRow>().Should().HaveCount(1 + 13 + 3);
    }

    [Fact]
    public void Write_NotMetInterim_NativeBarChartOfForecastAndTargetPerGoalWithTheNumbersInItsLabels()
    {
        var document = EvaluationReport.Build(_f.RuleSet, _f.Interim, ReportLanguage.Swedish);

        using var word = WordprocessingDocument.Open(new MemoryStream(DocxReport.Write(document)), false);
        var main = word.MainDocumentPart!;
        // One chart per category (issue 19: at most one per part of the plan, of the goals with a numeric target).
        main.ChartParts.Should().HaveCount(2);
        var reference = main.Document.Body!.Descendants<DocumentFormat.OpenXml.Drawing.Charts.ChartReference>().First();
        var chartPart = (ChartPart)main.GetPartById(reference.Id!.Value!);

        var bar = chartPart.ChartSpace!.Descendants<C.BarChart>().Single();
        bar.BarDirection!.Val!.Value.Should().Be(C.BarDirectionValues.Bar);
        var series = bar.Elements<C.BarChartSeries>().ToList();
        series.Select(s => s.SeriesText!.Descendants<C.StringPoint>().Single().InnerText).Should().Equal("Prognos", "Målvärde");
        var labels = series[0].GetFirstChild<C.CategoryAxisData>()!.Descendants<C.StringPoint>().Select(p => p.InnerText).ToList();
        labels.Should().Equal(
            "Skapa förutsättningar för sjukvårdsregional samverkan: ✘ 85,0\u00A0% (mål minst 90,0\u00A0%)",
            "Samordning kunskapsstyrning och nära vård: ✘ 1 (mål minst 2)");
        // Each goal on its own scale, the larger of value and target being 1: 85/90, and 1 meeting against 2.
        Values(series[0]).Should().Equal("0.944444", "0.5");
        Values(series[1]).Should().Equal("1", "1");
        // Not met in red, as the HTML chart colours them; the target bars dark grey.
        series[0].Elements<C.DataPoint>().Select(p => p.Descendants<DocumentFormat.OpenXml.Drawing.RgbColorModelHex>().Single().Val!.Value)
            .Should().Equal("C0392B", "C0392B");
        chartPart.ChartSpace.Descendants<C.ValueAxis>().Single().Delete!.Val!.Value.Should().BeTrue("goals have no common unit, so no value axis is shown");

        using var data = chartPart.EmbeddedPackagePart!.GetStream();
        using var book = SpreadsheetDocument.Open(data, false);
        var rows = book.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>()
            .Select(r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InnerText).ToArray()).ToList();
        rows.Should().HaveCount(3);
        rows[0].Should().Equal(string.Empty, "Prognos", "Målvärde");
        rows[1].Should().Equal("Skapa förutsättningar för sjukvårdsregional samverkan: ✘ 85,0\u00A0% (mål minst 90,0\u00A0%)", "0.944444", "1");
    }

    [Fact]
    public void Write_Trajectory_HasNoChart()
    {
        var document = TrajectoryReport.Build(_f.RuleSet, [_f.Interim, _f.Annual], ReportLanguage.Swedish);

        using var word = WordprocessingDocument.Open(new MemoryStream(DocxReport.Write(document)), false);

        word.MainDocumentPart!.ChartParts.Should().BeEmpty();
    }

    private static List<string> Values(C.BarChartSeries series) =>
        series.GetFirstChild<C.Values>()!.Descendants<C.NumericPoint>().Select(p => p.InnerText).ToList();
}
