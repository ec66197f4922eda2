using System.Collections.Immutable;
using System.Text.Json;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using Nrf.Goals.Cli.Output;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Reporting;
using Nrf.Goals.Reports;
using Nrf.Goals.RuleTests;
using Nrf.Goals.Words;

namespace Nrf.Goals.Tests.Cli;

/// <summary>
/// <c>evaluate</c> with a CSV file infers a delårsrapport from <c>--as-of</c> or a DÅ period; DOCX and JUnit output drop
/// control characters XML cannot hold instead of crashing.
/// </summary>
public sealed class TableReportKindAndControlCharacterTests
{
    private static readonly string Rules = RepositoryPaths.Rules("nrf/2023-2025.yaml");
    private static readonly string CsvExample = RepositoryPaths.Examples("nrf-2023-annual.csv");

    [Fact]
    public void Evaluate_CsvWithAsOfInAugust_IsAnInterimReportForDÅ08()
    {
        var (exit, output, error) = CliRunner.Run("evaluate", "--rules", Rules, "--values", CsvExample, "--as-of", "2023-08-31");

        exit.Should().Be(0);
        error.Should().BeEmpty();
        using var json = JsonDocument.Parse(output);
        (json.RootElement.GetProperty("report").GetString(), json.RootElement.GetProperty("period").GetString())
            .Should().Be(("interim", "DÅ 08"));
    }

    [Fact]
    public void Evaluate_CsvWithPeriodDÅ08_IsAnInterimReport()
    {
        var (exit, output, error) = CliRunner.Run("evaluate", "--rules", Rules, "--values", CsvExample, "--period", "DÅ08");

        exit.Should().Be(0);
        error.Should().BeEmpty();
        using var json = JsonDocument.Parse(output);
        (json.RootElement.GetProperty("report").GetString(), json.RootElement.GetProperty("period").GetString())
            .Should().Be(("interim", "DÅ 08"));
    }

    [Fact]
    public void Evaluate_CsvWithAsOfOn31December_StaysAnAnnualReport()
    {
        var (exit, output, _) = CliRunner.Run("evaluate", "--rules", Rules, "--values", CsvExample, "--as-of", "2023-12-31");

        exit.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        (json.RootElement.GetProperty("report").GetString(), json.RootElement.GetProperty("period").GetString())
            .Should().Be(("annual", "ÅR"));
    }

    [Fact]
    public void DocxWrite_ControlCharactersInTexts_AreDroppedNotACrash()
    {
        var document = new ReportDocument(
            "Rubrik\u0001",
            ReportLanguage.Swedish,
            [new ReportParagraph("a\u0001b\tc"), new ReportList(["x\u001Fy"])]);

        using var word = WordprocessingDocument.Open(new MemoryStream(DocxReport.Write(document)), false);

        word.MainDocumentPart!.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText)
            .Should().Equal("Rubrik", "ab\tc", "xy");
    }

    [Fact]
    public void JUnitWrite_ControlCharactersInFileAndErrors_AreDroppedNotACrash()
    {
        var errors = new[] { new Diagnostic(new SourceLocation("t\u0002.yaml", 3, 4), "bad\u0001 value") };
        var files = new List<(string, IReadOnlyList<RuleTestOutcome>, IReadOnlyList<Diagnostic>)> { ("t\u0002.yaml", [], errors) };

        var xml = XDocument.Parse(System.Text.Encoding.UTF8.GetString(JUnitReport.Write(files)));

        var suite = xml.Root!.Element("testsuite")!;
        suite.Attribute("name")!.Value.Should().Be("t.yaml");
        suite.Element("testcase")!.Element("error")!.Value.Should().Be("t.yaml:3:4: bad value");
    }
}
