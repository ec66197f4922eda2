using DocumentFormat.OpenXml.Packaging;
using Nrf.Goals.Tests.Reporting;

namespace Nrf.Goals.Tests.Cli;

public sealed class ReportCommandTests
{
    private static readonly string Rules = ReportFixture.RulesPath;
    private static readonly string Annual = ReportFixture.AnnualPath;
    private static readonly string Interim = ReportFixture.InterimPath;
    private static readonly string NextYear = ReportFixture.NextYearPath;

    [Fact]
    public void Report_TwoYears_PrintsTheTrajectoryAsMarkdownAndExitsZero()
    {
        var (exit, output, error) = CliRunner.Run("report", "--rules", Rules, "--values", NextYear, Annual);

        exit.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().StartWith("## Måluppfyllelse över tid – Norra sjukvårdsregionförbundet – god ekonomisk hushållning 2023–2025\n");
        output.Should().Contain("| Mål | 2023 ÅR | 2024 ÅR |\n");
        output.Should().Contain("| Likviditet \\(kr\\) | ✔ 980\u00A0000 | ✘ 450\u00A0000 |\n");
        output.Should().Contain("| God ekonomisk hushållning | ✔ uppfyllt | ✘ ej uppfyllt |\n");
        output.Should().NotContain("### Från");
    }

    [Fact]
    public void Report_InterimAndAnnualOfOneYear_SaysWhatChangedAndWhy()
    {
        var (exit, output, _) = CliRunner.Run("report", "--rules", Rules, "--values", Annual, Interim);

        exit.Should().Be(0);
        output.Should().Contain("### Från 2023 DÅ 08 till 2023 ÅR\n\nBedömningen av god ekonomisk hushållning ändrades från ej uppfyllt till uppfyllt. Tre mål bytte status:\n");
        output.Should().Contain("- Resultat: ej uppfyllt → uppfyllt. Ändrade värden: Intäkter: 60\u00A0400 → 61\u00A0250; Kostnader: 60\u00A0800 → 60\u00A0980.");
    }

    [Fact]
    public void Report_HtmlAndDocxToNewFolders_WritesBothFiles()
    {
        using var temp = new TempFolder();
        var html = temp.File("a/b/report.html");
        var docx = temp.File("c/report.docx");

        CliRunner.Run("report", "--rules", Rules, "--values", Interim, Annual, "--format", "html", "--out", html).Exit.Should().Be(0);
        CliRunner.Run("report", "--rules", Rules, "--values", Interim, Annual, "--format", "docx", "--out", docx, "--lang", "en").Exit.Should().Be(0);

        File.ReadAllText(html).Should().StartWith("<!DOCTYPE html>\n<html lang=\"sv\">").And.Contain("<th scope=\"col\">2023 DÅ 08</th>");
        using var word = WordprocessingDocument.Open(docx, false);
        word.MainDocumentPart!.Document.Body!.InnerText.Should().Contain("From 2023 DÅ 08 to 2023 ÅR");
        Directory.GetFiles(temp.Root, "*.tmp", SearchOption.AllDirectories).Should().BeEmpty();
    }

    [Fact]
    public void Report_StderrNotATerminal_NoProgress()
    {
        var (_, _, error) = CliRunner.Run(showProgress: false, "report", "--rules", Rules, "--values", Interim, Annual);

        error.Should().BeEmpty();
    }

    [Fact]
    public void Report_StderrATerminal_AnnouncesEachValuesFile()
    {
        var (exit, _, error) = CliRunner.Run(showProgress: true, "report", "--rules", Rules, "--values", Interim, Annual);

        exit.Should().Be(0);
        error.Should().Be($"nrf-goals: [1/2] {Interim}\nnrf-goals: [2/2] {Annual}\n".ReplaceLineEndings());
    }

    [Fact]
    public void Report_TwoFilesForTheSameReport_ExitsTwoNamingBoth()
    {
        var (exit, output, error) = CliRunner.Run("report", "--rules", Rules, "--values", Annual, Annual);

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be($"{Annual}:1:1: {Annual} is also the report 2023 ÅR; give one values file per year and report period\n".ReplaceLineEndings());
    }

    [Fact]
    public void Report_BrokenValuesFiles_ExitsTwoWithEveryFilesProblems()
    {
        using var temp = new TempFolder();
        var first = temp.File("first.yaml");
        var second = temp.File("second.yaml");
        File.WriteAllText(first, "entity: nrf\nyear: 2023\nreport: annual\nvalues:\n  bg_meetings_planned: tio\n");
        File.WriteAllText(second, "entity: nrf\nyear: 2024\nreport: annual\nvalues:\n  equity_sek: [1]\n");

        var (exit, output, error) = CliRunner.Run("report", "--rules", Rules, "--values", first, second);

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain($"{first}:5:").And.Contain($"{second}:5:").And.NotContain("   at ");
    }

    [Fact]
    public void Report_OutEqualsAnInput_ExitsTwoAndLeavesTheInputAlone()
    {
        using var temp = new TempFolder();
        var values = temp.File("values.yaml");
        File.Copy(Interim, values);
        var before = File.ReadAllBytes(values);

        var (exit, _, error) = CliRunner.Run("report", "--rules", Rules, "--values", values, Annual, "--out", values);

        exit.Should().Be(2);
        error.Should().Contain("--out names an input file");
        File.ReadAllBytes(values).Should().Equal(before);
    }

    [Fact]
    public void Report_DocxWithoutOut_ExitsTwo()
    {
        var (exit, output, error) = CliRunner.Run("report", "--rules", Rules, "--values", Annual, "--format", "docx");

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be("nrf-goals: --format docx writes a binary file; give --out FILE.docx\n".ReplaceLineEndings());
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("validate")]
    [InlineData("report")]
    public void Help_EveryCommand_PrintsUsageAndExitsZero(string command)
    {
        var (exit, output, _) = CliRunner.Run(command, "--help");

        exit.Should().Be(0);
        output.Should().Contain("Usage:").And.Contain(command);
    }

    [Fact]
    public void Help_Report_ListsItsOptions()
    {
        var (_, output, _) = CliRunner.Run("report", "--help");

        output.Should().Contain("--rules").And.Contain("--values").And.Contain("--format").And.Contain("--lang").And.Contain("--out");
    }
}
