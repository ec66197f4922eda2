using System.Text;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.RuleTests;
using Nrf.Goals.Tests.Cli;
using Nrf.Goals.Tests.RuleTests;
using static Nrf.Goals.Tests.Loading.TableRules;

namespace Nrf.Goals.Tests.Hardening;

/// <summary>
/// A report period and a cut-off date of two different reports are refused wherever they meet (issue 22): DÅ 04 cut at
/// 31 August was headed DÅ 04 and judged on values through August; DÅ 08 cut at 30 April dropped the summer's values.
/// One check (the values header's) serves YAML documents (<c>Corpus/values/period-*-as-of-*.yaml</c>), tables, a rule
/// test's case and the command line, which is blamed as the argument that gave the facts.
/// </summary>
public sealed class PeriodAgainstCutOffTests : IDisposable
{
    private const string Da04CutInAugust = "the report period is DÅ 04, but the cut-off date 2023-08-31 is in DÅ 08 (May–August), not in DÅ 04 (January–April), so the report would be headed one period and cut at another's date; give the period and cut-off date of one report: DÅ 04 with 2023-04-30, or DÅ 08 with 2023-08-31";
    private const string Da08CutInApril = "the report period is DÅ 08, but the cut-off date 2023-04-30 is in DÅ 04 (January–April), not in DÅ 08 (May–August), so the report would be headed one period and cut at another's date; give the period and cut-off date of one report: DÅ 08 with 2023-08-31, or DÅ 04 with 2023-04-30";
    private const string Rows = "resultat;2023;;-200;\r\nklart;2023;;ja;\r\n";
    private static readonly string Rules = RepositoryPaths.Rules("nrf/2023-2025.yaml");
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Load_TableWithPeriodRowDå08AndCutOffRowInApril_RefusedAtTheCutOffCell()
    {
        var errors = Errors(Csv("indikator;år;nedbrytning;värde;datum\r\nrapport;;;DÅ 08;\r\nper;;;2023-04-30;\r\n" + Rows), "delår.csv", Kommun);

        errors.Should().Equal($"delår.csv:3:7: {Da08CutInApril}");
    }

    [Theory]
    [InlineData("DÅ 04", "2023-01-31")]
    [InlineData("DÅ 04", "2023-04-30")]
    [InlineData("DÅ 08", "2023-05-31")]
    [InlineData("DÅ 08", "2023-08-31")]
    public void Load_CutOffInThePeriodsOwnTertial_Accepted(string period, string asOf)
    {
        var document = Load(Csv($"indikator;år;nedbrytning;värde;datum\r\nrapport;;;{period};\r\nper;;;{asOf};\r\n" + Rows), "delår.csv", Kommun);

        document.AsOf.Should().Be(DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));
        document.Period.Should().Be(period == "DÅ 04" ? ReportPeriod.Interim04 : ReportPeriod.Interim08);
    }

    [Fact]
    public void Load_OverridesThatDisagree_BlamedWhereTheyWereGiven()
    {
        var overrides = new ValuesHeaderOverrides { Period = ReportPeriod.Interim04, AsOf = new DateOnly(2023, 8, 31), At = new SourceLocation("--values delår.csv@DÅ04,2023-08-31", 1, 1) };

        Errors(Csv("indikator;år;nedbrytning;värde;datum\r\n" + Rows), "delår.csv", Kommun, overrides)
            .Should().Equal($"--values delår.csv@DÅ04,2023-08-31:1:1: {Da04CutInAugust}");
    }

    [Fact]
    public void Load_OverriddenPeriodAgainstTheDocumentsCutOff_BlamedAtTheCutOffAsWritten()
    {
        var yaml = "entity: nrf\nyear: 2023\nreport: interim\nasOf: 2023-08-31\nvalues:\n  rpo_count: 24\n";
        var overrides = new ValuesHeaderOverrides { Period = ReportPeriod.Interim04, At = new SourceLocation("--period DÅ04", 1, 1) };

        var act = () => ValuesLoader.Parse(yaml, "values.yaml", NrfRuleSet, overrides);

        act.Should().Throw<NrfGoalsException>().Which.Diagnostics.Select(d => d.ToString()).Should().Equal($"values.yaml:4:7: {Da04CutInAugust}");
    }

    [Fact]
    public void Report_ValuesArgumentWithDå04AndAnAugustCutOff_ExitTwoNamingTheArgument()
    {
        var table = _folder.File("delår.csv");
        File.WriteAllText(table, "indikator;år;nedbrytning;värde\r\nrpo_count;2023;;24\r\n");

        var (exit, output, error) = CliRunner.Run("report", "--rules", Rules, "--values", $"{table}@DÅ04,2023-08-31");

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be($"--values {table}@DÅ04,2023-08-31:1:1: {Da04CutInAugust}\n");
    }

    [Fact]
    public void Evaluate_PeriodAndAsOfOptionsThatDisagree_ExitTwoNamingTheOptions()
    {
        var (exit, output, error) = CliRunner.Run(
            "evaluate", "--rules", Rules, "--values", RepositoryPaths.Examples("nrf-2023-interim-da08.yaml"), "--period", "DÅ08", "--as-of", "2023-04-30");

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be($"--period DÅ08 --as-of 2023-04-30:1:1: {Da08CutInApril}\n");
    }

    [Fact]
    public void Evaluate_YearOptionOutsideTheValidity_BlamedOnTheOptionNotOnTheFilesYear()
    {
        var (exit, _, error) = CliRunner.Run("evaluate", "--rules", Rules, "--values", RepositoryPaths.Examples("nrf-2023-annual.yaml"), "--year", "2030");

        exit.Should().Be(2);
        error.Should().StartWith("--year 2030:1:1: the year 2030 is outside the rule set's validity 2023–2025\n");
    }

    [Fact]
    public void LoadRuleTest_CaseWhosePeriodDisagreesWithTheDocumentsCutOff_RefusedAtTheCase()
    {
        using var workspace = new RuleTestWorkspace();
        workspace.Write("da08.yaml", "entity: demo\nyear: 2023\nreport: interim\nperiod: DÅ08\nasOf: 2023-08-31\nvalues:\n  equity: 100\n");
        var path = workspace.Write("tiny.tests.yaml", "values: da08.yaml\ncases:\n  - {name: April, period: DÅ04, expect: {goals: {g2: met}}}\n");

        var act = () => new RuleTestLoader().Load(path);

        act.Should().Throw<NrfGoalsException>().Which.Diagnostics.Select(d => d.ToString()).Should().Equal($"{path}:3:27: {Da04CutInAugust}");
    }

    private static byte[] Csv(string text) => Encoding.UTF8.GetBytes(text);
}
