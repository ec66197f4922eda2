using Nrf.Goals.Kolada.Tests.Server;

namespace Nrf.Goals.Kolada.Tests.Cli;

/// <summary>
/// Every way Kolada can fail, seen from the command line: a clear message and exit 2, no stack trace, and no values file
/// written — an earlier one is left as it was — for <c>values kolada</c>; <c>evaluate</c> prints nothing on stdout.
/// </summary>
public sealed class KoladaFaultCommandTests : IAsyncLifetime
{
    private const string Earlier = "entity: vargarda\nyear: 2022\nreport: annual\nvalues: {}\n";

    private readonly TempFolder _folder = new();
    private RecordedKolada _server = null!;
    private string _rules = null!;
    private string _out = null!;

    public async Task InitializeAsync()
    {
        _server = (await RecordedKolada.StartAsync()).WithVargarda();
        _rules = Path.Combine(_folder.Path, "vargarda.yaml");
        File.WriteAllText(_rules, KoladaCli.RulesText);
        _out = Path.Combine(_folder.Path, "values.yaml");
        File.WriteAllText(_out, Earlier);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public void No_network()
    {
        var refusing = TestOptions.Refusing();

        var error = Fails(new KoladaCli(refusing, Cache), []);

        error.Should().StartWith($"nrf-goals: Kolada could not be reached at {refusing}/municipality/1442: ");
        error.Should().EndWith("; check the network connection (or run offline from the cache)\n");
    }

    [Fact]
    public void A_timeout()
    {
        _server.Answer(Routes.Vargarda, Reply.Json("municipality-1442.json") with { Delay = TimeSpan.FromSeconds(10) });

        var error = Fails(Cli, ["--kolada-timeout", "0.3"]);

        error.Should().Be($"nrf-goals: Kolada did not answer {_server.BaseAddress}/municipality/1442 in time (300 ms a try, 1 try, 60.3 s in all); try again later\n");
    }

    [Fact]
    public void A_server_error_after_retries()
    {
        _server.Answer(Routes.Data, Reply.Code(503));

        var error = Fails(Cli, ["--kolada-retries", "1"]);

        error.Should().Be($"nrf-goals: Kolada answered HTTP 503 Service Unavailable to {_server.BaseAddress}{Routes.Data} on each of 2 tries; try again later\n");
        _server.Count(Routes.Data).Should().Be(4, "values kolada and evaluate each try twice");
    }

    [Fact]
    public void A_malformed_answer()
    {
        _server.Answer(Routes.Data, Reply.Body("""{"values": [{"kpi": "N03101", "municipality": "1442", "period": "2023", "values": "none"}]}"""));

        var error = Fails(Cli, []);

        error.Should().Be($"nrf-goals: the answer from Kolada for {_server.BaseAddress}{Routes.Data} is not what the API documents: values[0]: 'values' should be a list, not the text \"none\"\n");
    }

    [Fact]
    public void A_truncated_answer()
    {
        _server.Answer(Routes.Data, Reply.Json("data-N00945-N03101-1442-2021-2023.json") with { CutAt = 400 });

        var error = Fails(Cli, []);

        error.Should().Be($"nrf-goals: the answer from Kolada for {_server.BaseAddress}{Routes.Data} is not what the API documents: it is not valid JSON (line 13, byte 8); it may have been cut off\n");
    }

    [Fact]
    public void A_KPI_that_does_not_exist()
    {
        _server.Answer(Routes.Kpis, Reply.Json("kpi-N03101.json"));

        var error = Fails(Cli, []);

        error.Should().Be("nrf-goals: Kolada has no KPI 'N00945' (asked for the indicator 'good_health_pct')\n");
        _server.Count(Routes.Data).Should().Be(0);
    }

    private string Cache => Path.Combine(_folder.Path, "cache");

    private KoladaCli Cli => new(_server.BaseAddress, Cache);

    /// <summary>
    /// Runs <c>values kolada</c> and <c>evaluate --values kolada:1442</c> with <paramref name="options"/>: both must fail
    /// with exit 2, the same one-line message, nothing on stdout and the earlier values file unchanged.
    /// </summary>
    private string Fails(KoladaCli cli, string[] options)
    {
        var values = cli.Run(["values", "kolada", "--rules", _rules, "--municipality", "1442", "--years", "2021-2023", "--out", _out, .. options]);
        var evaluate = cli.Run(["evaluate", "--rules", _rules, "--values", "kolada:1442", "--year", "2023", .. options]);

        values.Exit.Should().Be(2, values.Err);
        values.Out.Should().BeEmpty();
        values.Err.Should().NotContain("   at ").And.NotContain("Exception");
        values.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(1);
        File.ReadAllText(_out).Should().Be(Earlier);
        Directory.GetFiles(_folder.Path).Should().BeEquivalentTo([_rules, _out]);
        evaluate.Should().Be((2, string.Empty, values.Err));
        return values.Err;
    }
}
