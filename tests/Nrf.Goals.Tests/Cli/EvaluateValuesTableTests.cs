using System.Text.Json;

namespace Nrf.Goals.Tests.Cli;

/// <summary><c>evaluate</c> with CSV/Excel values and the header options <c>--entity --year --report --period --as-of</c>.</summary>
public sealed class EvaluateValuesTableTests
{
    private static readonly string Rules = RepositoryPaths.Rules("nrf/2023-2025.yaml");
    private static readonly string YamlExample = RepositoryPaths.Examples("nrf-2023-annual.yaml");
    private static readonly string CsvExample = RepositoryPaths.Examples("nrf-2023-annual.csv");

    [Fact]
    public void Evaluate_CsvExample_PrintsExactlyWhatTheYamlExamplePrints()
    {
        // The table names no report; --period ÅR says what the YAML header says, so nothing is assumed.
        var fromCsv = CliRunner.Run("evaluate", "--rules", Rules, "--values", CsvExample, "--period", "ÅR");
        var fromYaml = CliRunner.Run("evaluate", "--rules", Rules, "--values", YamlExample);

        fromCsv.Exit.Should().Be(0);
        fromCsv.Err.Should().BeEmpty();
        fromCsv.Out.Should().Be(fromYaml.Out);
    }

    [Fact]
    public void Evaluate_CsvExampleWithoutPeriod_IsReadAsTheAnnualReportAndSaysSo()
    {
        var (exit, output, error) = CliRunner.Run("evaluate", "--rules", Rules, "--values", CsvExample, "--format", "text");

        exit.Should().Be(0);
        error.Should().Be($"{CsvExample}:1:1: warning: no report period given; read as the annual report (ÅR) 2023 — add a row 'rapport' with the period (DÅ 04, DÅ 08 or ÅR) "
            + "to the table, e.g. rapport;;;DÅ 08, or give it on the command line (evaluate --period DÅ08, report --values nrf-2023-annual.csv@DÅ08)\n");
        output.Should().Contain("årsredovisning 2023\nObs: värdena för 2023 anger inte vilken rapport de gäller och har lästs som årsredovisningen 2023 (ÅR).");
    }

    [Fact]
    public void Evaluate_HeaderOptions_OverrideTheYamlHeader()
    {
        var (exit, output, error) = CliRunner.Run("evaluate", "--rules", Rules, "--values", YamlExample, "--report", "interim", "--period", "DÅ08", "--as-of", "2023-08-31");

        exit.Should().Be(0);
        error.Should().BeEmpty();
        using var json = JsonDocument.Parse(output);
        (json.RootElement.GetProperty("year").GetInt32(), json.RootElement.GetProperty("report").GetString(), json.RootElement.GetProperty("period").GetString())
            .Should().Be((2023, "interim", "DÅ 08"));
    }

    [Fact]
    public void Evaluate_YearOptionOnCsv_ChangesTheAssessedYear()
    {
        var (exit, output, _) = CliRunner.Run("evaluate", "--rules", Rules, "--values", CsvExample, "--year", "2024");

        exit.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("year").GetInt32().Should().Be(2024);
        var mal9 = json.RootElement.GetProperty("goals").EnumerateArray().Single(g => g.GetProperty("id").GetString() == "mal-9");
        mal9.GetProperty("status").GetString().Should().Be("not-evaluable");
    }

    [Fact]
    public void Evaluate_BadHeaderOptions_ListEveryProblemAndExitTwo()
    {
        var (exit, output, error) = CliRunner.Run("evaluate", "--rules", Rules, "--values", CsvExample, "--year", "20x", "--report", "quarterly", "--period", "Q3", "--as-of", "31/08/2023");

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "nrf-goals: --year: '20x' is not a year like 2023",
            "nrf-goals: --report: 'quarterly' is not a report; use annual (årsredovisning) or interim (delårsrapport)",
            "nrf-goals: --period: 'Q3' is not a report period; use DÅ04, DÅ08 or ÅR",
            "nrf-goals: --as-of: '31/08/2023' is not a date written yyyy-mm-dd");
    }

    [Fact]
    public void Evaluate_EntityOptionForAnotherEntity_IsRefusedAtTheOption()
    {
        var (exit, _, error) = CliRunner.Run("evaluate", "--rules", Rules, "--values", CsvExample, "--entity", "region-norrbotten");

        // The option gave the entity, not the file (issue 22: a header fact given on the command line is blamed there).
        exit.Should().Be(2);
        error.Should().Be($"--entity region-norrbotten:1:1: these values are for 'region-norrbotten', but the rule set 'nrf-2023-2025' is for 'nrf'{Environment.NewLine}");
    }

    [Fact]
    public void Evaluate_BadCsvCell_PrintsFileLineColumnAndExitsTwo()
    {
        var dir = Directory.CreateTempSubdirectory("nrf-goals-csv-");
        try
        {
            var path = Path.Combine(dir.FullName, "värden.csv");
            File.WriteAllText(path, "indikator;år;nedbrytning;värde\r\nrpo_count;2023;;24\r\ncosts_tkr;2023;;60 980 tkr\r\n");

            var (exit, output, error) = CliRunner.Run("evaluate", "--rules", Rules, "--values", path);

            exit.Should().Be(2);
            output.Should().BeEmpty();
            error.Should().Be($"{path}:3:17: 'costs_tkr' for 2023 (column värde): '60 980 tkr' is not a number{Environment.NewLine}");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Evaluate_UnknownValuesExtension_IsAClearError()
    {
        var (exit, _, error) = CliRunner.Run("evaluate", "--rules", Rules, "--values", "values.txt");

        exit.Should().Be(2);
        error.Should().Be($"values.txt:1:1: '.txt' is not a values format; use .yaml, .yml, .json, .csv or .xlsx{Environment.NewLine}");
    }
}
