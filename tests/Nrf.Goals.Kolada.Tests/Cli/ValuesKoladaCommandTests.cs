using System.Text.Json;
using Nrf.Goals.Kolada.Tests.Server;

namespace Nrf.Goals.Kolada.Tests.Cli;

/// <summary><c>nrf-goals values kolada</c> and <c>evaluate --values kolada:…</c> against the recorded Kolada on 127.0.0.1.</summary>
public sealed class ValuesKoladaCommandTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private RecordedKolada _server = null!;
    private KoladaCli _cli = null!;
    private string _rules = null!;

    public async Task InitializeAsync()
    {
        _server = (await RecordedKolada.StartAsync()).WithVargarda();
        _cli = new KoladaCli(_server.BaseAddress, Path.Combine(_folder.Path, "cache"));
        _rules = Path.Combine(_folder.Path, "vargarda.yaml");
        File.WriteAllText(_rules, KoladaCli.RulesText);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    private string Out => Path.Combine(_folder.Path, "out", "vargarda-2023.yaml");

    [Fact]
    public void Values_kolada_writes_the_document_that_evaluate_reads_unchanged()
    {
        var (exit, output, error) = _cli.Run("values", "kolada", "--rules", _rules, "--municipality", "1442", "--years", "2021-2023", "--out", Out);

        (exit, output, error).Should().Be((0, string.Empty, string.Empty));
        var yaml = File.ReadAllText(Out);
        yaml.Should().StartWith($"# Values from Kolada (RKA) for Vårgårda (kommun 1442), 2021–2023, from {_server.BaseAddress}.\n");
        yaml.Should().Contain("entity: vargarda\nyear: 2023\nreport: annual\nvalues:\n");
        yaml.Should().Contain("    2023: {missing: saknas i Kolada} # N03101 2023 T, fetched ");
        yaml.Should().Contain("      K: 75.0 # N00945 2023 K, fetched ");
        Directory.GetFiles(Path.GetDirectoryName(Out)!).Should().Equal(Out);

        var evaluated = KoladaCli.Plain("evaluate", "--rules", _rules, "--values", Out, "--format", "json");
        var oneStep = _cli.Run("evaluate", "--rules", _rules, "--values", "kolada:1442", "--year", "2023", "--format", "json");

        evaluated.Exit.Should().Be(0, evaluated.Err);
        oneStep.Should().Be(evaluated);
        using var json = JsonDocument.Parse(evaluated.Out);
        var goals = json.RootElement.GetProperty("goals").EnumerateArray().ToList();
        goals.Select(g => (g.GetProperty("id").GetString(), g.GetProperty("status").GetString(), g.GetProperty("explanation").GetString())).Should().Equal(
            ("resultat", "not-evaluable", "Kan inte bedömas: saknas i Kolada (result_share_pct 2023)."),
            ("halsa", "met", "good_health_pct[K] = 75 ≥ 70"));
        goals[0].GetProperty("reason").GetString().Should().Be("saknas i Kolada (result_share_pct 2023)");
        json.RootElement.GetProperty("verdict").GetProperty("status").GetString().Should().Be("undetermined");
    }

    [Fact]
    public void Report_and_test_read_the_written_document_unchanged()
    {
        _cli.Run("values", "kolada", "--rules", _rules, "--municipality", "1442", "--years", "2021-2023", "--out", Out).Exit.Should().Be(0);
        var tests = Path.Combine(_folder.Path, "vargarda.tests.yaml");
        File.WriteAllText(tests,
            "values: out/vargarda-2023.yaml\n" +
            "cases:\n" +
            "  - name: the result Kolada lacks cannot be assessed\n" +
            "    expect:\n" +
            "      goals: {resultat: not-evaluable, halsa: met}\n" +
            "      explanations: {resultat: saknas i Kolada}\n" +
            "  - name: the result met once the analyst gives it\n" +
            "    set: {result_share_pct: {2023: 2.1}}\n" +
            "    expect:\n" +
            "      goals: {resultat: met}\n" +
            "      verdict: met\n");

        var report = KoladaCli.Plain("report", "--rules", _rules, "--values", Out);
        var test = KoladaCli.Plain("test", tests);

        report.Exit.Should().Be(0, report.Err);
        report.Out.Should().Contain("| Resultat \\(%\\) | ? ej bedömt |\n| Hälsa kvinnor \\(%\\) | ✔ 75,0 |\n");
        test.Exit.Should().Be(0, test.Out + test.Err);
        test.Out.Should().Contain("2 passed");
    }

    [Fact]
    public void Values_kolada_without_out_prints_the_document_and_a_name_finds_the_kommun()
    {
        _server.WithMunicipalities();

        var (exit, output, error) = _cli.Run("values", "kolada", "--rules", _rules, "--municipality", "vårgårda", "--year", "2023");

        (exit, error).Should().Be((0, string.Empty));
        output.Should().Contain("entity: vargarda\nyear: 2023\n");
        _server.Requests.Should().Contain(Routes.Data);
    }

    [Fact]
    public void Evaluate_from_Kolada_as_text_reads_the_reason()
    {
        var (exit, output, error) = _cli.Run("evaluate", "--rules", _rules, "--values", "kolada:1442", "--years", "2021-2023", "--format", "text");

        (exit, error).Should().Be((0, string.Empty));
        output.Should().Contain("Kan inte bedömas: saknas i Kolada (result_share_pct 2023).");
    }

    [Fact]
    public void A_misspelt_kommun_gets_did_you_mean_and_exit_2()
    {
        _server.WithMunicipalities();

        var (exit, output, error) = _cli.Run("values", "kolada", "--rules", _rules, "--municipality", "Vargårda", "--years", "2023");

        (exit, output).Should().Be((2, string.Empty));
        error.Should().Be("nrf-goals: Kolada has no kommun or region named 'Vargårda' (did you mean 'Vårgårda'?)\n");
    }

    [Fact]
    public void A_rule_set_for_another_kommun_is_not_given_its_figures()
    {
        _server.Answer("/municipality/1443", Reply.Body("""{"values": [{"id": "1443", "title": "Bollebygd", "type": "K"}], "count": 1}"""))
            .Answer("/data/kpi/N00945,N03101/municipality/1443/year/2021,2022,2023", Reply.Body("""{"values": [], "count": 0}"""));

        var (exit, _, error) = _cli.Run("values", "kolada", "--rules", _rules, "--municipality", "1443", "--years", "2021-2023", "--out", Out);
        var confirmed = _cli.Run("values", "kolada", "--rules", _rules, "--municipality", "1443", "--years", "2021-2023", "--entity", "vargarda");

        (exit, error).Should().Be((2, "nrf-goals: the rule set 'vargarda-test' is for 'vargarda', but Kolada's 1443 is Bollebygd; give --entity vargarda if Bollebygd's values are meant for it\n"));
        File.Exists(Out).Should().BeFalse();
        confirmed.Exit.Should().Be(0, confirmed.Err);
        confirmed.Out.Should().Contain("    2021: {missing: saknas i Kolada} # N03101 2021 T, fetched ");
    }

    [Fact]
    public void A_rule_set_without_Kolada_KPIs_is_refused_and_indicators_without_one_are_named()
    {
        var plain = Path.Combine(_folder.Path, "plain.yaml");
        File.WriteAllText(plain, KoladaCli.RulesText.Replace(", kolada: N03101", string.Empty, StringComparison.Ordinal).Replace(", kolada: N00945", string.Empty, StringComparison.Ordinal));
        var half = Path.Combine(_folder.Path, "half.yaml");
        File.WriteAllText(half, KoladaCli.RulesText.Replace(", kolada: N00945", string.Empty, StringComparison.Ordinal));
        _server.Answer("/kpi/N03101", Reply.Json("kpi-N03101.json"))
            .Answer("/data/kpi/N03101/municipality/1442/year/2021,2022,2023", Reply.Json("data-N00945-N03101-1442-2021-2023.json"));

        var none = _cli.Run("values", "kolada", "--rules", plain, "--municipality", "1442", "--years", "2021-2023");
        var some = _cli.Run("evaluate", "--rules", half, "--values", "kolada:1442", "--year", "2023", "--format", "text");

        none.Should().Be((2, string.Empty, "nrf-goals: no indicator of the rule set 'vargarda-test' names a Kolada KPI; give those that come from Kolada one, e.g. kolada: N03102\n"));
        some.Exit.Should().Be(0);
        some.Err.Should().Be("nrf-goals: warning: good_health_pct names no Kolada KPI (kolada:), so Kolada gives no values for it; goals that read it are not evaluable unless the values are added\n");
        some.Out.Should().Contain("Kan inte bedömas: värde saknas för good_health_pct[K] 2023.");
    }

    [Theory]
    [InlineData(new[] { "--years", "2023-2021" }, "nrf-goals: --years: '2023-2021' is not a span of years such as 2021-2023, a list such as 2021,2023, or one year")]
    [InlineData(new[] { "--years", "2021-2022", "--year", "2023" }, "nrf-goals: --year 2023 is not one of --years 2021-2022; the year assessed must be fetched too")]
    [InlineData(new string[0], "nrf-goals: give the year assessed (--year 2023) or the years to fetch from Kolada (--years 2021-2023)")]
    [InlineData(new[] { "--year", "2023", "--kolada-offline", "--kolada-refresh" }, "nrf-goals: --kolada-offline: --kolada-offline never asks Kolada and --kolada-refresh always does; give one of them")]
    [InlineData(new[] { "--year", "2023", "--kolada-timeout", "0" }, "nrf-goals: --kolada-timeout: '0' is not a number of seconds from 0.001 to 3600")]
    public void Options_that_cannot_be_read_are_refused_before_Kolada_is_asked(string[] options, string expected)
    {
        var (exit, output, error) = _cli.Run(["values", "kolada", "--rules", _rules, "--municipality", "1442", .. options]);

        (exit, output, error).Should().Be((2, string.Empty, expected + "\n"));
        _server.Requests.Should().BeEmpty();
    }

    [Fact]
    public void A_base_address_without_its_version_segment_is_refused()
    {
        var (exit, _, error) = KoladaCli.Plain("evaluate", "--rules", _rules, "--values", "kolada:1442", "--year", "2023", "--kolada-url", "http://127.0.0.1:9/api", "--kolada-cache", _folder.Path);

        (exit, error).Should().Be((2, "nrf-goals: --kolada-url: 'http://127.0.0.1:9/api' does not end in the API's version segment; write the address with it, e.g. http://127.0.0.1:9/v2\n"));
    }

    [Fact]
    public void Offline_with_an_empty_cache_is_a_clear_error_and_after_one_run_online_it_needs_no_network()
    {
        var cold = _cli.Run("values", "kolada", "--rules", _rules, "--municipality", "1442", "--years", "2021-2023", "--kolada-offline");
        var online = _cli.Run("values", "kolada", "--rules", _rules, "--municipality", "1442", "--years", "2021-2023");
        var asked = _server.Requests.Count;
        var offline = _cli.Run("values", "kolada", "--rules", _rules, "--municipality", "1442", "--years", "2021-2023", "--kolada-offline");

        cold.Exit.Should().Be(2);
        cold.Err.Should().StartWith($"nrf-goals: offline, and the Kolada cache ({Path.Combine(_folder.Path, "cache")}) has no answer to {_server.BaseAddress}/municipality/1442; run once online to fetch it");
        online.Exit.Should().Be(0);
        offline.Should().Be(online);
        _server.Requests.Should().HaveCount(asked);
    }

    [Fact]
    public void Flagged_values_are_used_when_asked()
    {
        var (exit, output, _) = _cli.Run("values", "kolada", "--rules", _rules, "--municipality", "1442", "--years", "2021-2023", "--kolada-use-uncertain");

        exit.Should().Be(0);
        output.Should().Contain("      T: 73.2 # N00945 2023 T, fetched ");
        output.Should().Contain("Kolada status 'preliminär': uncertain\n");
    }
}
