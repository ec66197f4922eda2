using System.IO.Compression;
using System.Text;
using Nrf.Goals.Cli.Output;
using Nrf.Goals.Loading;
using Nrf.Goals.Reporting;
using Nrf.Goals.Reports;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Tests.RuleTests;
using Nrf.Goals.Words;

namespace Nrf.Goals.Tests.Cli;

/// <summary>
/// A bidi override in a goal title or test case name is not written to a terminal, Markdown, HTML, DOCX or JUnit:
/// with it, "%09" would show as "90%" (issue 15).
/// </summary>
public sealed class BidiOutputTests
{
    private const string Override = "\u202E";

    private static readonly string Rules = $$"""
        id: demo
        title: Demo
        entity: demo
        validity: {from: 2024, to: 2024}
        policy: {operational: all, financial: all}
        indicators:
          - {id: a, title: A, unit: antal}
        goals:
          - {id: g1, title: "Mål {{Override}}%09{{"\u2066"}}", category: operational, criterion: a >= 1}
          - {id: f1, title: F1, category: financial, criterion: a >= 0}
        """;

    [Theory]
    [InlineData("md")]
    [InlineData("html")]
    [InlineData("docx")]
    public void Render_GoalTitleWithBidiControls_WritesTheTitleWithoutThem(string format)
    {
        var ruleSet = RuleSetLoader.Parse(Rules);
        var result = new NRulesCompiler().Compile(ruleSet).Evaluate(ValuesLoader.Parse("entity: demo\nyear: 2024\nreport: annual\nvalues: {a: 1}\n", "values.yaml", ruleSet));

        var bytes = ReportOutput.Render(EvaluationReport.Build(ruleSet, result, ReportLanguage.Swedish), format);

        var text = format == "docx" ? DocumentXml(bytes) : Encoding.UTF8.GetString(bytes);
        text.Should().Contain("Mål %09").And.NotContain(Override).And.NotContain("\u2066");
    }

    [Fact]
    public void Write_TextSummaryOfGoalWithBidiOverride_ShowsTheTitleWithoutIt()
    {
        var ruleSet = RuleSetLoader.Parse(Rules);
        var result = new NRulesCompiler().Compile(ruleSet).Evaluate(ValuesLoader.Parse("entity: demo\nyear: 2024\nreport: annual\nvalues: {a: 1}\n", "values.yaml", ruleSet));

        var summary = TextSummary.Write(ruleSet, result, ReportLanguage.Swedish);

        summary.Should().Contain("Mål %09:").And.NotContain(Override).And.NotContain("\u2066");
    }

    [Theory]
    [InlineData("text")]
    [InlineData("junit")]
    public void Test_CaseNameWithBidiOverride_IsPrintedWithoutIt(string format)
    {
        using var workspace = new RuleTestWorkspace();
        var path = workspace.Write("tiny.tests.yaml", $"cases:\n  - name: \"equity {Override}%09\"\n    set: {{equity: 100}}\n    expect: {{goals: {{g2: met}}}}\n");

        var (exit, output, error) = CliRunner.Run("test", path, "--format", format);

        exit.Should().Be(0, error);
        output.Should().Contain("equity %09").And.NotContain(Override);
    }

    private static string DocumentXml(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
