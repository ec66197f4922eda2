using Nrf.Goals.Kolada.Tests.Server;

namespace Nrf.Goals.Kolada.Tests;

/// <summary>The on-disk cache: a run repeated offline, damaged entries, refresh, and what is never kept.</summary>
public sealed class CacheTests : RecordedKoladaTests
{
    private protected override RecordedKolada Answering(RecordedKolada server) => server.WithVargarda();

    [Fact]
    public async Task A_second_run_gives_the_same_values_from_the_cache_with_the_server_stopped()
    {
        var first = await Fetch(KoladaCacheMode.ReadWrite);
        await Server.StopAsync();

        // A later clock: the fetch dates must be those of the cached answers, not of the second run.
        var later = new FixedClock(FixedClock.Instant.AddDays(40));
        var again = await Fetch(KoladaCacheMode.ReadWrite, later);
        var offline = await Fetch(KoladaCacheMode.Offline, later);

        again.Values.Should().Equal(first.Values);
        offline.Values.Should().Equal(first.Values);
        offline.ToYaml("vargarda", 2023).Should().Be(first.ToYaml("vargarda", 2023));
        Server.Requests.Should().Equal(Routes.Vargarda, Routes.Kpis, Routes.Data);
        Cache.Files().Select(Path.GetFileName).Should().BeEquivalentTo(
            new[] { Routes.Vargarda, Routes.Kpis, Routes.Data }.Select(r => Path.GetFileName(PathOf(r))));
    }

    [Fact]
    public async Task Offline_a_question_not_in_the_cache_is_refused_without_touching_the_network()
    {
        var act = () => Fetch(KoladaCacheMode.Offline);

        var e = (await act.Should().ThrowAsync<KoladaException>()).Which;
        e.Fault.Should().Be(KoladaFault.NotCached);
        e.Message.Should().Be($"offline, and the Kolada cache ({Cache.Path}) has no answer to {Address(Routes.Vargarda)}; run once online to fetch it");
        e.Address.Should().Be(Address(Routes.Vargarda));
        Server.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_cut_off_cache_entry_is_fetched_again_online_and_refused_offline()
    {
        await Fetch(KoladaCacheMode.ReadWrite);
        var path = PathOf(Routes.Data);
        var text = File.ReadAllText(path);
        File.WriteAllText(path, text[..(text.Length / 2)]);

        var offline = () => Fetch(KoladaCacheMode.Offline);
        var e = (await offline.Should().ThrowAsync<KoladaException>()).Which;
        e.Fault.Should().Be(KoladaFault.DamagedCache);
        e.Message.Should().Be($"offline, and the cache file {path} is damaged: it is not complete JSON; run online to fetch it again");

        var again = await Fetch(KoladaCacheMode.ReadWrite);
        again.Values.Should().HaveCount(15);
        Server.Count(Routes.Data).Should().Be(2);
        File.ReadAllText(path).Should().Be(text);
    }

    [Fact]
    public async Task An_edited_cache_entry_fails_its_checksum()
    {
        await Fetch(KoladaCacheMode.ReadWrite);
        var path = PathOf(Routes.Data);
        File.WriteAllText(path, File.ReadAllText(path).Replace("4.2", "9.9", StringComparison.Ordinal));

        var act = () => Fetch(KoladaCacheMode.Offline);

        (await act.Should().ThrowAsync<KoladaException>()).Which.Message.Should()
            .Be($"offline, and the cache file {path} is damaged: its pages do not match their checksum; run online to fetch it again");
    }

    [Fact]
    public async Task A_cache_entry_moved_to_another_question_is_recognised()
    {
        await Fetch(KoladaCacheMode.ReadWrite);
        File.Copy(PathOf(Routes.Kpis), PathOf(Routes.Data), overwrite: true);

        var act = () => Fetch(KoladaCacheMode.Offline);

        (await act.Should().ThrowAsync<KoladaException>()).Which.Message.Should()
            .Be($"offline, and the cache file {PathOf(Routes.Data)} is damaged: it holds the answer to another question ({Address(Routes.Kpis)}); run online to fetch it again");
    }

    [Fact]
    public async Task Refresh_asks_again_and_replaces_the_entry()
    {
        await Fetch(KoladaCacheMode.ReadWrite);
        Server.Answer(Routes.Data, Reply.Body(
            """{"values": [{"kpi": "N03101", "municipality": "1442", "period": "2021", "values": [{"count": 1, "gender": "T", "status": "", "value": 4.3}]}], "count": 1}"""));

        var refreshed = await Fetch(KoladaCacheMode.Refresh, new FixedClock(FixedClock.Instant.AddDays(1)));
        var offline = await Fetch(KoladaCacheMode.Offline);

        refreshed.Values.Single(v => v is { IndicatorId: "result_share_pct", Year: 2021 }).Should()
            .Be(new KoladaValue("result_share_pct", "N03101", 2021, "T", 4.3m, KoladaValueState.Reported, null, FixedClock.Instant.AddDays(1)));
        offline.Values.Should().Equal(refreshed.Values);
        Server.Count(Routes.Data).Should().Be(2);
        Server.Count(Routes.Vargarda).Should().Be(2);
    }

    [Fact]
    public async Task A_malformed_answer_is_never_kept()
    {
        Server.Answer(Routes.Data, Reply.Body("""{"values": [{"kpi": "N03101"}], "count": 1}"""));

        var online = () => Fetch(KoladaCacheMode.ReadWrite);
        (await online.Should().ThrowAsync<KoladaException>()).Which.Fault.Should().Be(KoladaFault.MalformedResponse);
        var offline = () => Fetch(KoladaCacheMode.Offline);

        (await offline.Should().ThrowAsync<KoladaException>()).Which.Should().Match<KoladaException>(e => e.Fault == KoladaFault.NotCached && e.Address == Address(Routes.Data));
        File.Exists(PathOf(Routes.Data)).Should().BeFalse();
    }

    [Fact]
    public async Task One_question_has_one_address_whatever_the_order_and_repetition_of_its_ids()
    {
        using var client = Client(KoladaCacheMode.ReadWrite);

        var first = await client.GetValuesAsync(["N03101", "N00945"], ["1442"], [2023, 2021, 2022]);
        var second = await client.GetValuesAsync(["N00945", "N03101", "N00945"], ["1442", "1442"], [2021, 2022, 2023, 2022]);

        second.Should().Equal(first);
        first.Should().HaveCount(12);
        Server.Requests.Should().Equal(Routes.Data);
    }

    [Fact]
    public async Task A_cache_folder_that_cannot_be_made_is_a_clear_fault()
    {
        var file = Path.Combine(Cache.Path, "a-file");
        File.WriteAllText(file, "not a folder");
        using var client = KoladaClient.Create(TestOptions.For(Server.BaseAddress, Path.Combine(file, "cache")), new FixedClock());

        var act = () => client.GetMunicipalitiesAsync(["1442"]);

        var e = (await act.Should().ThrowAsync<KoladaException>()).Which;
        e.Fault.Should().Be(KoladaFault.CacheNotWritable);
        e.Message.Should().StartWith($"the Kolada cache folder {Path.Combine(file, "cache")} cannot be written (");
    }

    private KoladaClient Client(KoladaCacheMode mode, TimeProvider? clock = null) =>
        KoladaClient.Create(TestOptions.For(Server.BaseAddress, Cache.Path, mode), clock ?? new FixedClock());

    private async Task<KoladaValueSet> Fetch(KoladaCacheMode mode, TimeProvider? clock = null)
    {
        using var client = Client(mode, clock);
        return await KoladaValues.FetchAsync(client, Routes.Indicators, "1442", [2021, 2022, 2023]);
    }

    private Uri Address(string route) => new(Server.BaseAddress.AbsoluteUri + route);

    private string PathOf(string route) => new ResponseCache(Cache.Path).PathOf(Address(route));
}
