using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Nrf.Goals.Cli.Output;
using Nrf.Goals.Loading;
using Nrf.Goals.Reporting;
using Nrf.Goals.Reports;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Tests.Reporting;
using Nrf.Goals.Words;

namespace Nrf.Goals.Tests.Cli;

/// <summary>Every kind of DOCX the tool writes is schema-valid for Office 2007 and current Word, with fitting column widths.</summary>
public sealed class DocxValidityTests : IClassFixture<ReportFixture>
{
    private readonly ReportFixture _f;

    public DocxValidityTests(ReportFixture fixture) => _f = fixture;

    /// <summary>Every shape: the evaluate sections (with a chart), trajectories of two and ten reports, a plan with groups.</summary>
    public static TheoryData<string> Documents => ["interim-sv", "interim-en", "annual-sv", "trajectory-sv", "trajectory-en", "trajectory-ten-sv", "groups-sv"];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Write_EveryReportKind_ValidatesWithZeroErrorsForOffice2007AndCurrent(string name)
    {
        var bytes = DocxReport.Write(Build(name));

        foreach (var version in new[] { FileFormatVersions.Office2007, FileFormatVersions.Microsoft365 })
        {
            using var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);
            var errors = new OpenXmlValidator(version).Validate(word).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
            errors.Should().BeEmpty($"{name} must be valid for {version}");
        }
    }

    [Theory]
    [InlineData("interim-sv")]
    [InlineData("annual-sv")]
    [InlineData("interim-en")]
    public void Write_ReportWithChart_EmbedsAValidWorkbookWithTheChartsData(string name)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(DocxReport.Write(Build(name))), false);
        word.MainDocumentPart!.ChartParts.Should().NotBeEmpty();
        foreach (var chart in word.MainDocumentPart!.ChartParts)
        {
            using var data = chart.EmbeddedPackagePart!.GetStream();
            using var book = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(data, false);

            foreach (var version in new[] { FileFormatVersions.Office2007, FileFormatVersions.Microsoft365 })
            {
                new OpenXmlValidator(version).Validate(book).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").Should().BeEmpty();
            }
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Write_EveryTable_HasAGridOfItsPagesTextWidthBeforeItsRowsAndCellWidths(string name)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(DocxReport.Write(Build(name))), false);

        foreach (var table in word.MainDocumentPart!.Document.Body!.Elements<Table>())
        {
            table.ChildElements[1].Should().BeOfType<TableGrid>("w:tblGrid comes after w:tblPr and before the rows");
            var columns = Grid(table);
            columns.Should().HaveCount(table.Elements<TableRow>().First().Elements<TableCell>().Count());
            var page = SectionOf(table).GetFirstChild<PageSize>()!;
            columns.Sum().Should().Be((int)page.Width!.Value - 2268, "the table fills the text width between 2 cm margins, in twentieths of a point");
            table.GetFirstChild<TableProperties>()!.TableLayout!.Type!.Value.Should().Be(TableLayoutValues.Fixed);
        }
    }

    /// <summary>
    /// Calibri at the tables' 9 pt averages about 4,3 pt (86 twentieths) a character; a cell's margins take 160. A
    /// column narrower than its longest word (a number with its unit is one: its spaces do not break) breaks it mid-word.
    /// </summary>
    [Theory]
    [MemberData(nameof(Documents))]
    public void Write_EveryColumn_HoldsItsLongestWord(string name)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(DocxReport.Write(Build(name))), false);

        foreach (var table in word.MainDocumentPart!.Document.Body!.Elements<Table>())
        {
            var columns = Grid(table);
            var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
            for (var i = 0; i < columns.Count; i++)
            {
                var longest = rows.SelectMany(r => r[i].Split(' ', '-')).MaxBy(w => w.Length)!;
                columns[i].Should().BeGreaterThanOrEqualTo((longest.Length * 86) + 160, $"column {i} of {name} must hold '{longest}'");
            }
        }
    }

    [Fact]
    public void Write_TrajectoryOfTenReports_MakesTheWholeDocumentLandscapeWithColumnsForItsNumbers()
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(DocxReport.Write(Build("trajectory-ten-sv"))), false);
        var body = word.MainDocumentPart!.Document.Body!;

        var table = body.Elements<Table>().First();
        var page = body.Elements<SectionProperties>().Single().GetFirstChild<PageSize>()!;
        // Issue 19: before, the table had a landscape section of its own between upright pages; now the document turns.
        (page.Width!.Value, page.Height!.Value, page.Orient!.Value).Should().Be((16838U, 11906U, PageOrientationValues.Landscape));
        Grid(table).Should().HaveCount(11);
        // The longest words: the goal column's "universitetssjukvården" and a report column's "3 100 000" (the unit is named once, in the goal's cell).
        Grid(table)[0].Should().BeGreaterThanOrEqualTo((22 * 86) + 160);
        Grid(table).Skip(1).Should().OnlyContain(w => w >= (9 * 86) + 160);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Write_EveryReportKind_HasOneSectionAndSoOneOrientation(string name)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(DocxReport.Write(Build(name))), false);
        var body = word.MainDocumentPart!.Document.Body!;

        body.Descendants<SectionProperties>().Should().ContainSingle("a section break would turn the page or start a new one in the middle of the report")
            .Which.Parent.Should().BeSameAs(body);
        body.Descendants<Break>().Should().BeEmpty("no forced page break leaves half a page empty");
    }

    [Fact]
    public void Write_InterimSection_GoalColumnHoldsTheLongestWordOfNrfsTitles()
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(DocxReport.Write(Build("interim-sv"))), false);

        var columns = Grid(word.MainDocumentPart!.Document.Body!.Elements<Table>().First());

        columns[0].Should().BeGreaterThanOrEqualTo((22 * 86) + 160, "'universitetssjukvården' (mål 6) is 22 characters");
        columns.Sum().Should().Be(9638);
    }

    private static List<int> Grid(Table table) =>
        table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    /// <summary>The section a table is in: the next paragraph that ends a section, else the body's last section.</summary>
    private static SectionProperties SectionOf(Table table) =>
        table.ElementsAfter().OfType<Paragraph>().Select(p => p.ParagraphProperties?.GetFirstChild<SectionProperties>()).FirstOrDefault(s => s is not null)
        ?? table.Parent!.Elements<SectionProperties>().Last();

    [Fact]
    public void Write_Interim_LanguageSvSeAndTableStyleRunPropertiesBeforeTableProperties()
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(DocxReport.Write(Build("interim-sv"))), false);

        var styles = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.GetFirstChild<Languages>()!.Val!.Value.Should().Be("sv-SE");
        var grid = styles.Elements<Style>().Single(s => s.StyleId == "TableGrid");
        grid.ChildElements.Select(e => e.LocalName).Should().ContainInOrder("name", "rPr", "tblPr");
    }

    /// <summary>Ten reports over four years (DÅ 08 and ÅR each year, DÅ 04 in two): the widest trajectory table in practice.</summary>
    private List<Nrf.Goals.Results.EvaluationResult> TenReports() =>
    [
        .. new[] { 2023, 2024, 2025, 2026 }.SelectMany(y => new[] { _f.Interim with { Year = y }, _f.Annual with { Year = y } }),
        _f.Interim with { Year = 2025, Period = Nrf.Goals.Model.ReportPeriod.Interim04 },
        _f.Interim with { Year = 2026, Period = Nrf.Goals.Model.ReportPeriod.Interim04 },
    ];

    private ReportDocument Build(string name)
    {
        switch (name)
        {
            case "interim-sv":
                return EvaluationReport.Build(_f.RuleSet, _f.Interim, ReportLanguage.Swedish);
            case "interim-en":
                return EvaluationReport.Build(_f.RuleSet, _f.Interim, ReportLanguage.English);
            case "annual-sv":
                return EvaluationReport.Build(_f.RuleSet, _f.Annual, ReportLanguage.Swedish);
            case "trajectory-sv":
                return TrajectoryReport.Build(_f.RuleSet, [_f.Interim, _f.Annual], ReportLanguage.Swedish);
            case "trajectory-en":
                return TrajectoryReport.Build(_f.RuleSet, [_f.Annual, _f.Next], ReportLanguage.English);
            case "trajectory-ten-sv":
                return TrajectoryReport.Build(_f.RuleSet, TenReports(), ReportLanguage.Swedish);
            default:
                var ruleSet = RuleSetLoader.Load(RepositoryPaths.Rules("region-norrbotten/rs-plan-2020.yaml"));
                var result = new NRulesCompiler().Compile(ruleSet).Evaluate(ValuesLoader.Load(RepositoryPaths.Examples("region-norrbotten-2020-dap08.yaml"), ruleSet));
                result.Groups.Should().NotBeEmpty("the groups table is one of the shapes checked");
                return EvaluationReport.Build(ruleSet, result, ReportLanguage.Swedish);
        }
    }
}
