using System.Text.Json;

namespace Nrf.Goals.Tests.Cli;

public sealed class EvaluateCommandTests
{
    private static readonly string Rules = RepositoryPaths.Rules("nrf/2023-2025.yaml");
    private static readonly string Example = RepositoryPaths.Examples("nrf-2023-annual.yaml");

    [Fact]
    public void Evaluate_ShippedExample_PrintsTheJsonContractAndExitsZero()
    {
        var (exit, output, error) = CliRunner.Run("evaluate", "--rules", Rules, "--values", Example, "--format", "json");

        exit.Should().Be(0);
        error.Should().BeEmpty();
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        root.GetProperty("ruleSet").GetString().Should().Be("nrf-2023-2025");
        root.GetProperty("entity").GetString().Should().Be("nrf");
        root.GetProperty("year").GetInt32().Should().Be(2023);
        root.GetProperty("report").GetString().Should().Be("annual");
        var verdict = root.GetProperty("verdict");
        verdict.GetProperty("status").GetString().Should().Be("met");
        var operational = verdict.GetProperty("operational");
        (operational.GetProperty("met").GetInt32(), operational.GetProperty("partlyMet").GetInt32(), operational.GetProperty("notMet").GetInt32(),
            operational.GetProperty("notEvaluable").GetInt32(), operational.GetProperty("total").GetInt32(), operational.GetProperty("required").GetInt32(),
            operational.GetProperty("status").GetString()).Should().Be((8, 0, 2, 0, 10, 7, "met"));
        var financial = verdict.GetProperty("financial");
        (financial.GetProperty("met").GetInt32(), financial.GetProperty("total").GetInt32(), financial.GetProperty("required").GetInt32(), financial.GetProperty("status").GetString())
            .Should().Be((3, 3, 3, "met"));
        var goals = root.GetProperty("goals").EnumerateArray().ToList();
        goals.Select(g => g.GetProperty("id").GetString()).Should().Equal(Enumerable.Range(1, 13).Select(i => $"mal-{i}"));
        goals.Select(g => g.GetProperty("status").GetString()).Should().Equal(
            "met", "met", "met", "not-met", "met", "not-met", "met", "met", "met", "met", "met", "met", "met");
        var mal4 = goals[3];
        mal4.GetProperty("title").GetString().Should().Be("Skapa förutsättningar för sjukvårdsregional samverkan");
        mal4.GetProperty("category").GetString().Should().Be("operational");
        mal4.GetProperty("explanation").GetString().Should().Be("BG beslutsför vid 26 av 29 möten (89,7 %), mål minst 90 %");
        goals[11].GetProperty("explanation").GetString().Should().Be("Lägsta saldo under året 980 000 kr, mål minst 500 000 kr");
    }

    [Fact]
    public void Evaluate_SameInputsTwice_ByteIdenticalOutput()
    {
        var first = CliRunner.Run("evaluate", "--rules", Rules, "--values", Example).Out;
        var second = CliRunner.Run("evaluate", "--rules", Rules, "--values", Example).Out;

        second.Should().Be(first);
    }

    [Fact]
    public void Evaluate_BrokenValuesFile_ExitsTwoWithLocatedMessagesAndNoStackTrace()
    {
        var values = Path.Combine(Path.GetTempPath(), $"nrf-bad-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(values, "entity: nrf\nyear: 2023\nreport: annual\nvalues:\n  bg_meetings_planned: tio\n  equity_sek: 2023-02-30\n");
        try
        {
            var (exit, output, error) = CliRunner.Run("evaluate", "--rules", Rules, "--values", values);

            exit.Should().Be(2);
            output.Should().BeEmpty();
            error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(
                $"{values}:5:24: 'bg_meetings_planned': 'tio' is not a number",
                $"{values}:6:15: 'equity_sek': '2023-02-30' is not a number");
        }
        finally
        {
            File.Delete(values);
        }
    }

    [Fact]
    public void Evaluate_MissingRulesFile_ExitsTwoNamingTheFile()
    {
        var (exit, _, error) = CliRunner.Run("evaluate", "--rules", "no/such/rules.yaml", "--values", Example);

        exit.Should().Be(2);
        error.Should().Be("no/such/rules.yaml:1:1: the file does not exist\n");
    }

    [Fact]
    public void Evaluate_OutIsAnInputFile_RefusedAndInputUntouched()
    {
        var before = File.ReadAllText(Example);

        var (exit, _, error) = CliRunner.Run("evaluate", "--rules", Rules, "--values", Example, "--out", Example);

        exit.Should().Be(2);
        error.Should().Be($"{Example}:1:1: --out names an input file (symbolic links followed); choose another file so the input is not overwritten\n");
        File.ReadAllText(Example).Should().Be(before);
    }

    [Fact]
    public void Evaluate_OutInAMissingFolder_CreatesTheFolderAndWritesTheJson()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"nrf-out-{Guid.NewGuid():N}");
        var file = Path.Combine(folder, "sub", "result.json");
        try
        {
            var (exit, output, _) = CliRunner.Run("evaluate", "--rules", Rules, "--values", Example, "--out", file);

            exit.Should().Be(0);
            output.Should().BeEmpty();
            File.ReadAllText(file).Should().Be(CliRunner.Run("evaluate", "--rules", Rules, "--values", Example).Out);
            Directory.GetFiles(Path.GetDirectoryName(file)!).Should().Equal(file);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void Validate_ShippedRules_ExitsZero()
    {
        var (exit, output, _) = CliRunner.Run("validate", Rules);

        exit.Should().Be(0);
        output.Should().Be($"{Rules}: ok (13 goals, 20 indicators)\n");
    }
}
