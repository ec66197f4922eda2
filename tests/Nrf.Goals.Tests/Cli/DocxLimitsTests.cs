using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Nrf.Goals.Loading;
using Nrf.Goals.Reports;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Tests.Reporting;
using Nrf.Goals.Words;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace Nrf.Goals.Tests.Cli;

/// <summary>
/// A DOCX stays within what Word and Excel document as their limits, whatever a rule file or a trajectory holds
/// (issue 22): an Excel cell holds at most 32 767 characters, a Word table at most 63 columns.
/// </summary>
public sealed class DocxLimitsTests : IClassFixture<ReportFixture>
{
    private const int ExcelCellCharacters = 32_767;
    private const int WordTableColumns = 63;

    private readonly ReportFixture _f;

    public DocxLimitsTests(ReportFixture fixture) => _f = fixture;

    [Fact]
    public void Write_GoalTitleOf44000Characters_ChartDataIsShortenedWithAnEllipsisAndKeepsItsNumbers()
    {
        var title = string.Concat(Enumerable.Repeat("Mycket lång målrubrik ", 2000));
        title.Length.Should().Be(44_000);
        var ruleSet = RuleSetLoader.Parse($$"""
            id: lang
            title: Lång titel
            entity: test
            validity: {from: 2023, to: 2023}
            policy: {operational: {atLeast: 1}, financial: report-only}
            indicators:
              - {id: motesantal, title: Antal möten, unit: antal}
            goals:
              - {id: g1, title: "{{title}}", category: operational, criterion: "motesantal >= 2"}
            """, "lang.yaml");
        var result = new NRulesCompiler().Compile(ruleSet).Evaluate(ValuesLoader.Parse("entity: test\nyear: 2023\nreport: annual\nvalues:\n  motesantal: 1\n", "v.yaml", ruleSet));

        var bytes = DocxReport.Write(EvaluationReport.Build(ruleSet, result, ReportLanguage.Swedish));

        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var chart = word.MainDocumentPart!.ChartParts.Single();
        var label = chart.ChartSpace!.Descendants<DocumentFormat.OpenXml.Drawing.Charts.CategoryAxisData>().First()
            .Descendants<DocumentFormat.OpenXml.Drawing.Charts.StringPoint>().Single().InnerText;
        label.Length.Should().BeLessThanOrEqualTo(250);
        label.Should().StartWith("Mycket lång målrubrik Mycket").And.EndWith("…: ✘ 1 (mål minst 2)");
        using var data = chart.EmbeddedPackagePart!.GetStream();
        using var book = SpreadsheetDocument.Open(data, false);
        var cells = book.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<S.Cell>().Select(c => c.InnerText).ToList();
        cells.Should().OnlyContain(c => c.Length <= ExcelCellCharacters);
        cells.Should().Contain(label, "the workbook holds the label the chart shows");
        foreach (var version in new[] { FileFormatVersions.Office2007, FileFormatVersions.Microsoft365 })
        {
            new OpenXmlValidator(version).Validate(word).Should().BeEmpty();
            new OpenXmlValidator(version).Validate(book).Should().BeEmpty();
        }
    }

    [Fact]
    public void Write_TrajectoryOf70Reports_TablesOfTheGoalColumnAndTenReportsEachWithinAnUprightPage()
    {
        // Before: one table of 71 columns about 1,8 mm wide.
        var reports = Enumerable.Range(2023, 70).Select(y => _f.Annual with { Year = y }).ToList();

        var document = TrajectoryReport.Build(_f.RuleSet, reports, ReportLanguage.Swedish);
        var bytes = DocxReport.Write(document);

        var tables = document.Blocks.OfType<ReportTable>().ToList();
        tables.Should().HaveCount(7);
        tables.Should().OnlyContain(t => t.Headers.Length == 11 && t.Headers[0] == "Mål");
        tables.SelectMany(t => t.Headers.Skip(1)).Should().Equal(Enumerable.Range(2023, 70).Select(y => $"{y} ÅR"));
        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var body = word.MainDocumentPart!.Document.Body!;
        body.Elements<Table>().Should().HaveCount(7);
        foreach (var table in body.Elements<Table>())
        {
            var grid = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            grid.Count.Should().BeLessThanOrEqualTo(WordTableColumns);
            grid.Skip(1).Should().OnlyContain(w => w >= (9 * 86) + 160, "a report column holds '3 100 000', its longest number");
        }

        new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(word).Should().BeEmpty();
    }

    [Fact]
    public void Write_TableOf100ColumnsBuiltByAnApplication_IsSplitUnderItsFirstColumnWithinWordsLimit()
    {
        // A ReportDocument's blocks are public: an application may give the writer a table no report section makes.
        var headers = Enumerable.Range(0, 100).Select(i => i == 0 ? "Namn" : $"K{i}").ToArray();
        var row = headers.Select(h => new ReportCell(h == "Namn" ? "Rad" : "1")).ToArray();
        var document = new ReportDocument("Bred tabell", ReportLanguage.Swedish, [new ReportTable([.. headers], [[.. row]])]);

        using var word = WordprocessingDocument.Open(new MemoryStream(DocxReport.Write(document)), false);

        var tables = word.MainDocumentPart!.Document.Body!.Elements<Table>().ToList();
        tables.Should().HaveCountGreaterThan(1);
        tables.Should().OnlyContain(t => t.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count() <= WordTableColumns);
        tables.Should().OnlyContain(t => t.Elements<TableRow>().First().Elements<TableCell>().First().InnerText == "Namn");
        tables.SelectMany(t => t.Elements<TableRow>().First().Elements<TableCell>().Skip(1).Select(c => c.InnerText))
            .Should().Equal(headers.Skip(1), "every column once, in order");
    }
}
