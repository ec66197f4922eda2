using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Nrf.Goals.Tests.Reporting;

namespace Nrf.Goals.Tests.Cli;

public sealed class EvaluateReportFormatTests
{
    private static readonly string Rules = ReportFixture.RulesPath;
    private static readonly string Annual = ReportFixture.AnnualPath;
    private static readonly string Interim = ReportFixture.InterimPath;

    [Fact]
    public void Evaluate_FormatMd_PrintsTheGoldenSection()
    {
        var (exit, output, error) = CliRunner.Run("evaluate", "--rules", Rules, "--values", Annual, "--format", "md");

        exit.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().Be(File.ReadAllText(GoldenFile.Path("nrf-2023-annual.sv.md"), Encoding.UTF8));
    }

    [Fact]
    public void Evaluate_FormatHtmlToFile_WritesTheGoldenFileBytes()
    {
        using var temp = new TempFolder();
        var html = temp.File("new/folder/section.html");

        CliRunner.Run("evaluate", "--rules", Rules, "--values", Interim, "--format", "html", "--out", html).Exit.Should().Be(0);

        File.ReadAllBytes(html).Should().Equal(File.ReadAllBytes(GoldenFile.Path("nrf-2023-interim-da08.sv.html")));
    }

    [Fact]
    public void Evaluate_FormatDocx_WritesAWordDocument()
    {
        using var temp = new TempFolder();
        var docx = temp.File("section.docx");

        CliRunner.Run("evaluate", "--rules", Rules, "--values", Annual, "--format", "docx", "--out", docx, "--lang", "en").Exit.Should().Be(0);

        using var word = WordprocessingDocument.Open(docx, false);
        word.MainDocumentPart!.Document.Body!.InnerText.Should().StartWith("Sound financial management – annual report 2023");
    }

    [Fact]
    public void Evaluate_FormatText_AddsWhatIfWhenNotMet()
    {
        var (exit, output, _) = CliRunner.Run("evaluate", "--rules", Rules, "--values", Interim, "--format", "text");

        exit.Should().Be(0);
        output.Should().EndWith(
            "Ekonomiska mål: ytterligare ett mål behöver uppfyllas (två av tre uppfyllda, krav tre). Det gäller detta mål:\n"
            + "  - Resultat (mal-11), ej uppfyllt: Intäkter 60 400 tkr, kostnader 60 800 tkr, beslutat underskott 0 tkr – 400 tkr från målet\n");
    }

    [Fact]
    public void Evaluate_FormatJson_WhatIfIsTheLastKeyAndTheContractKeysStay()
    {
        var (_, output, _) = CliRunner.Run("evaluate", "--rules", Rules, "--values", Interim, "--format", "json");

        using var json = JsonDocument.Parse(output);
        json.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal("ruleSet", "entity", "year", "report", "period", "verdict", "goals", "groups", "warnings", "whatIf");
        var operational = json.RootElement.GetProperty("whatIf")[0];
        (operational.GetProperty("category").GetString(), operational.GetProperty("shortfall").GetInt32()).Should().Be(("operational", 1));
        var mal4 = operational.GetProperty("goals")[0];
        mal4.GetProperty("id").GetString().Should().Be("mal-4");
        var distance = mal4.GetProperty("distances")[0];
        (distance.GetProperty("actual").GetDecimal(), distance.GetProperty("operator").GetString(), distance.GetProperty("threshold").GetDecimal(), distance.GetProperty("distance").GetDecimal(), distance.GetProperty("text").GetString())
            .Should().Be((0.85m, ">=", 0.90m, 0.05m, "5,0 procentenheter från målet"));
    }

    [Fact]
    public void Evaluate_FormatJsonVerdictMet_WhatIfEmpty()
    {
        var (_, output, _) = CliRunner.Run("evaluate", "--rules", Rules, "--values", Annual);

        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("whatIf").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void Evaluate_UnknownFormat_ExitsTwoNamingTheFormats()
    {
        var (exit, output, error) = CliRunner.Run("evaluate", "--rules", Rules, "--values", Annual, "--format", "pdf");

        // A mistyped option is bad input like any other: exit 2, the choices on stderr, nothing on stdout.
        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith("nrf-goals: Argument 'pdf' not recognized. Must be one of:").And.Contain("'docx'")
            .And.EndWith("Run 'nrf-goals --help' or 'nrf-goals COMMAND --help' for the options." + Environment.NewLine);
    }

    [Fact]
    public void Evaluate_MissingValuesFile_ExitsTwo()
    {
        var (exit, _, error) = CliRunner.Run("evaluate", "--rules", Rules, "--values", "/no/such/values.yaml", "--format", "md");

        exit.Should().Be(2);
        error.Should().Contain("/no/such/values.yaml");
    }

    [Fact]
    public void Evaluate_ValuesIsAFolder_SaysSo()
    {
        var folder = RepositoryPaths.Examples(string.Empty).TrimEnd('/');

        var (exit, _, error) = CliRunner.Run("evaluate", "--rules", Rules, "--values", folder);

        exit.Should().Be(2);
        error.Should().Be($"{folder}:1:1: this is a folder, not a file\n");
    }

    [Fact]
    public void Evaluate_OutIsAFolder_SaysSoAndWritesNothing()
    {
        var folder = Path.Combine(Path.GetTempPath(), "nrf-goals-out-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var (exit, output, error) = CliRunner.Run("evaluate", "--rules", Rules, "--values", Annual, "--format", "html", "--out", folder);

            exit.Should().Be(2);
            output.Should().BeEmpty();
            error.Should().Be($"{folder}:1:1: --out names a folder; give a file name, e.g. report.html\n");
            Directory.EnumerateFileSystemEntries(folder).Should().BeEmpty();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
