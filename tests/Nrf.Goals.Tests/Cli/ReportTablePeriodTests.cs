using System.Text;
using Nrf.Goals.Loading;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Tables;
using Nrf.Goals.Tests.Reporting;

namespace Nrf.Goals.Tests.Cli;

/// <summary>
/// <c>report</c> compares a DÅ 08 table with an ÅR table (issue 13, item 1): the tables say their period in a
/// <c>rapport</c> row or after <c>@</c> on the command line, and a table that says nothing is read as ÅR aloud.
/// </summary>
public sealed class ReportTablePeriodTests
{
    private static readonly string Rules = ReportFixture.RulesPath;
    private static readonly string InterimCsv = RepositoryPaths.Examples("nrf-2023-interim-da08.csv");
    private static readonly string AnnualCsv = RepositoryPaths.Examples("nrf-2023-annual-ar.csv");
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    [Fact]
    public void ExamplePair_IsWindows1252WithSemicolonsDecimalCommaNoBreakSpacesAndÅÄÖComments()
    {
        var bytes = File.ReadAllBytes(InterimCsv);
        var text = Windows1252.GetString(bytes);

        bytes.Should().Contain((byte)0xA0).And.Contain((byte)0xE5).And.Contain((byte)0xF6);
        text.Should().StartWith("indikator;år;nedbrytning;värde;datum;kommentar\r\nrapport;;;DÅ 08;;\r\nper;;;2023-08-31;;\r\n");
        text.Should().Contain("national_group_share_pct;2023;norrbotten;15,5;;\r\n").And.Contain("revenue_tkr;2023;;60\u00A0400;;");
        Windows1252.GetString(File.ReadAllBytes(AnnualCsv)).Should().StartWith("indikator;år;nedbrytning;värde;datum;kommentar\r\nrapport;;;ÅR;;\r\n");
    }

    [Theory]
    [InlineData("nrf-2023-interim-da08.csv", "nrf-2023-interim-da08.yaml")]
    [InlineData("nrf-2023-annual-ar.csv", "nrf-2023-annual.yaml")]
    public void ExamplePair_EvaluatesAsTheYamlExample(string csv, string yaml)
    {
        var ruleSet = RuleSetLoader.Load(Rules);
        var compiled = new NRulesCompiler().Compile(ruleSet);

        var fromCsv = compiled.Evaluate(ValuesTables.Load(RepositoryPaths.Examples(csv), ruleSet));
        var fromYaml = compiled.Evaluate(ValuesTables.Load(RepositoryPaths.Examples(yaml), ruleSet));

        (fromCsv.Report, fromCsv.Period).Should().Be((fromYaml.Report, fromYaml.Period));
        fromCsv.Goals.Select(g => (g.Id, g.Status, g.Explanation)).Should().Equal(fromYaml.Goals.Select(g => (g.Id, g.Status, g.Explanation)));
        fromCsv.Verdict.Status.Should().Be(fromYaml.Verdict.Status);
        fromCsv.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Report_ExampleCsvPair_ComparesDå08WithÅrAndQuotesTheComments()
    {
        var (exit, output, error) = CliRunner.Run("report", "--rules", Rules, "--values", AnnualCsv, InterimCsv);

        exit.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().Contain("| Mål | 2023 DÅ 08 | 2023 ÅR |\n");
        output.Should().Contain("| Resultat \\(tkr\\) | ✘ 60\u00A0400 | ✔ 61\u00A0250 |\n");
        output.Should().Contain("Nu: intäkter 61\u00A0250\u00A0tkr, kostnader 60\u00A0980\u00A0tkr, beslutat underskott 0\u00A0tkr. Kommentar: Utfall enligt årsbokslutet.\n");
        output.Should().NotContain("Obs:");
    }

    [Fact]
    public void Report_TwoTablesWithoutPeriod_SaysWhatWasAssumedAndHowToGiveThePeriod()
    {
        using var temp = new TempFolder();
        var interim = Stripped(InterimCsv, temp.File("da08.csv"));
        var annual = Stripped(AnnualCsv, temp.File("ar.csv"));

        var (exit, output, error) = CliRunner.Run("report", "--rules", Rules, "--values", interim, annual);

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain($"{interim}:1:1: warning: no report period given; read as the annual report (ÅR) 2023 — add a row 'rapport'");
        error.Should().Contain($"{annual}:1:1: {interim} is also the report 2023 ÅR; give one values file per year and report period; "
            + $"{interim} gives no report period and was read as ÅR: write --values {interim}@DÅ08 (or @DÅ04), or add the row rapport;;;DÅ 08 to the table");
    }

    [Fact]
    public void Report_PeriodAfterAt_AppliesToThatFileAlone_AndTheOtherIsAssumedAloud()
    {
        using var temp = new TempFolder();
        var interim = Stripped(InterimCsv, temp.File("da08.csv"));
        var annual = Stripped(AnnualCsv, temp.File("ar.csv"));

        var (exit, output, error) = CliRunner.Run("report", "--rules", Rules, "--values", interim + "@DÅ08,2023-08-31", annual);

        exit.Should().Be(0);
        output.Should().Contain("| Mål | 2023 DÅ 08 | 2023 ÅR |\n");
        output.Should().Contain("\n\nObs: värdena för 2023 anger inte vilken rapport de gäller och har lästs som årsredovisningen 2023 \\(ÅR\\). Gäller de en delårsrapport är talen prognoser, inte utfall.\n\n");
        error.Should().StartWith($"{annual}:1:1: warning: no report period given; read as the annual report (ÅR) 2023").And.NotContain(interim);
    }

    [Fact]
    public void Report_NotAPeriodAfterAt_IsAnErrorNamingTheArgument()
    {
        var (exit, output, error) = CliRunner.Run("report", "--rules", Rules, "--values", "da08.csv@DÅ09", AnnualCsv);

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be("nrf-goals: --values da08.csv@DÅ09: 'DÅ09' after @ is neither a report period (DÅ04, DÅ08, ÅR) nor a cut-off date (yyyy-mm-dd), or is given twice; write e.g. da08.csv@DÅ08 or da08.csv@DÅ08,2023-08-31\n");
    }

    /// <summary>A copy of an example table without its rapport and per rows: a table as it was before it could name its report.</summary>
    private static string Stripped(string example, string copy)
    {
        var lines = Windows1252.GetString(File.ReadAllBytes(example)).Split("\r\n").Where(l => !l.StartsWith("rapport;", StringComparison.Ordinal) && !l.StartsWith("per;", StringComparison.Ordinal));
        File.WriteAllBytes(copy, Windows1252.GetBytes(string.Join("\r\n", lines)));
        return copy;
    }
}
