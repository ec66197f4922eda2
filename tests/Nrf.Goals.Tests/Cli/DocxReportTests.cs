using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Nrf.Goals.Cli.Output;
using Nrf.Goals.Reporting;
using Nrf.Goals.Tests.Reporting;

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
            ("Heading2", "Finansiella mål"),
            ("Heading2", "Vad skulle ändra bedömningen?"));
        body.Elements<Paragraph>().Select(p => p.InnerText).Should().Contain(
            "Av tio verksamhetsmål bedöms sex vara uppfyllda och fyra ej uppfyllda. Kravet att minst sju verksamhetsmål ska vara uppfyllda bedöms därmed inte nås. "
            + "Av tre finansiella mål bedöms två vara uppfyllda och ett ej uppfyllt. Kravet att samtliga finansiella mål ska vara uppfyllda bedöms därmed inte nås. "
            + "Sammantaget bedöms förbundet inte uppfylla kravet på god ekonomisk hushållning.");

        var tables = body.Elements<Table>().ToList();
        tables.Should().HaveCount(2);
        var operational = tables[0].Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).ToList();
        operational.Should().HaveCount(11);
        operational[0].Should().Equal("Mål", "Status", "Prognos", "Målvärde", "Kommentar");
        operational[4].Should().Equal(
            "Skapa förutsättningar för sjukvårdsregional samverkan", "✘ Ej uppfyllt", "BG beslutsför vid 17 av 20 möten (85,0\u00A0%), mål ≥ 90\u00A0%",
            "BG beslutsför vid minst 90\u00A0% av planerade möten", string.Empty);
        tables[0].Elements<TableRow>().ElementAt(4).Elements<TableCell>().ElementAt(1).TableCellProperties!.Shading!.Fill!.Value.Should().Be("FBDCDC");
        tables[1].Elements<TableRow>().Should().HaveCount(4);

        var bullets = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.NumberingProperties is not null).Select(p => p.InnerText).ToList();
        bullets.Should().HaveCount(5);
        bullets[0].Should().EndWith("– 5,0\u00A0procentenheter från målet");
        bullets[4].Should().Be("Resultat, ej uppfyllt: Intäkter 60\u00A0400\u00A0tkr, kostnader 60\u00A0800\u00A0tkr, beslutat underskott 0\u00A0tkr – 400\u00A0tkr från målet");
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
}
