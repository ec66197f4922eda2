using Microsoft.Extensions.DependencyInjection;
using Nrf.Goals.Kolada.Tests.Server;

namespace Nrf.Goals.Kolada.Tests;

/// <summary>The metadata routes, the country-wide fetch, and paging through <c>next_page</c>.</summary>
public sealed class MetadataAndPagingTests : RecordedKoladaTests
{
    private static readonly DateTimeOffset Fetched = FixedClock.Instant;

    [Fact]
    public async Task A_KPI_for_every_entity_comes_in_one_question_through_three_pages()
    {
        Server.WithCountry();
        using var client = Client();

        var values = await client.GetCountryValuesAsync("N03101", [2023]);

        values.Should().Equal(
            new KoladaDataPoint("N03101", "0114", 2023, "T", 1.9m, "", 1, Fetched),
            new KoladaDataPoint("N03101", "0180", 2023, "T", 3.4m, "", 1, Fetched),
            new KoladaDataPoint("N03101", "1442", 2023, "T", null, "", 1, Fetched),
            new KoladaDataPoint("N03101", "1443", 2023, "T", 2.25m, "", 1, Fetched),
            new KoladaDataPoint("N03101", "G37411", 2023, "T", 2.05m, "", 7, Fetched));
        Server.Requests.Should().Equal(Routes.Country, Routes.CountryPage2, Routes.CountryPage3);
        Cache.Files().Should().ContainSingle();
    }

    [Fact]
    public async Task Every_kommun_and_region_comes_through_two_pages()
    {
        Server.WithMunicipalities();
        using var client = Client();

        var all = await client.GetMunicipalitiesAsync();

        all.Select(m => $"{m.Id} {m.Title} {m.Type}").Should().Equal(
            "0114 Upplands Väsby Kommun", "0180 Stockholm Kommun", "0980 Gotland Kommun", "09 Region Gotland Region",
            "1442 Vårgårda Kommun", "1443 Bollebygd Kommun", "2580 Luleå Kommun", "25 Region Norrbotten Region");
        Server.Requests.Should().Equal(Routes.AllMunicipalities, Routes.AllMunicipalitiesPage2);
    }

    [Fact]
    public async Task Municipality_groups_come_with_their_members()
    {
        Server.Answer("/municipality_groups", Reply.Json("municipality_groups.json"));
        using var client = Client();

        var groups = await client.GetMunicipalityGroupsAsync();

        groups.Select(g => (g.Id, g.Title, string.Join(",", g.Members.Select(m => $"{m.Id} {m.Title}")))).Should().Equal(
            ("G37411", "Exempel: liknande kommuner, övergripande, Vårgårda", "1443 Bollebygd,1442 Vårgårda"),
            ("G10001", "Exempel: grupp utan medlemmar", string.Empty));
    }

    [Fact]
    public async Task KPI_metadata_gives_title_area_and_the_gender_split()
    {
        Server.Answer(Routes.Kpis, Reply.Json("kpi-N00945-N03101.json"));
        using var client = Client();

        var kpis = await client.GetKpisAsync(["N03101", "N00945"]);

        kpis.Should().Equal(
            new KoladaKpi("N00945", "Exempel: andel invånare med gott självskattat hälsotillstånd, (%)", "Inspelat exempel för testerna, inte Koladas nyckeltal.", "Befolkning", "K", true),
            new KoladaKpi("N03101", "Årets resultat som andel av skatt och generella statsbidrag, kommun, (%)",
                "Inspelat exempel för testerna: titeln som den uppges i andras kod, inte verifierad mot Kolada.", "Kommunal ekonomi", "K", false));
    }

    [Fact]
    public async Task Paging_stops_at_the_most_pages_the_client_follows()
    {
        Server.WithCountry();
        var options = TestOptions.For(Server.BaseAddress, Cache.Path);
        options.MaxPages = 2;
        using var client = KoladaClient.Create(options);

        var e = (await client.Invoking(c => c.GetCountryValuesAsync("N03101", [2023])).Should().ThrowAsync<KoladaException>()).Which;

        e.Fault.Should().Be(KoladaFault.TooManyPages);
        e.Message.Should().Be($"Kolada's answer to {Url(Routes.Country)} runs to more than 2 pages, the most the client follows (MaxPages); ask for fewer KPIs, kommuner or years at a time");
        Server.Requests.Should().Equal(Routes.Country, Routes.CountryPage2);
        Cache.Files().Should().BeEmpty();
    }

    [Fact]
    public async Task Pages_that_lead_back_are_refused()
    {
        Server.WithCountry().Answer(Routes.CountryPage2, Reply.Body(
            """{"values": [], "next_page": "{base}/data/kpi/N03101/year/2023"}""".Replace("{base}", Server.BaseAddress.AbsoluteUri, StringComparison.Ordinal)));
        using var client = Client();

        var e = (await client.Invoking(c => c.GetCountryValuesAsync("N03101", [2023])).Should().ThrowAsync<KoladaException>()).Which;

        e.Fault.Should().Be(KoladaFault.TooManyPages);
        e.Message.Should().Be($"the pages of Kolada's answer to {Url(Routes.Country)} go round in a circle: page 2 leads back to {Url(Routes.Country)}");
    }

    [Fact]
    public async Task A_next_page_on_another_host_is_asked_of_the_base_address()
    {
        Server.WithCountry().Answer(Routes.Country, Reply.Body(
            """{"values": [], "next_page": "https://elsewhere.invalid/v2/data/kpi/N03101/year/2023?page=2&per_page=2"}"""));
        using var client = Client();

        var values = await client.GetCountryValuesAsync("N03101", [2023]);

        values.Select(v => v.MunicipalityId).Should().Equal("1442", "1443", "G37411");
        Server.Requests.Should().Equal(Routes.Country, Routes.CountryPage2, Routes.CountryPage3);
    }

    [Fact]
    public async Task A_next_page_outside_the_API_is_malformed()
    {
        Server.Answer(Routes.Country, Reply.Body("""{"values": [], "next_page": "http://127.0.0.1/admin?page=2"}"""));
        using var client = Client();

        var e = (await client.Invoking(c => c.GetCountryValuesAsync("N03101", [2023])).Should().ThrowAsync<KoladaException>()).Which;

        e.Fault.Should().Be(KoladaFault.MalformedResponse);
        e.Message.Should().Be($"the answer from Kolada for {Url(Routes.Country)} is not what the API documents: its next_page 'http://127.0.0.1/admin?page=2' is not an address under {Server.BaseAddress}");
    }

    [Fact]
    public async Task Per_page_is_asked_for_when_set()
    {
        Server.Answer("/municipality/1442?per_page=2", Reply.Json("municipality-1442.json"));
        var options = TestOptions.For(Server.BaseAddress, Cache.Path);
        options.PerPage = 2;
        using var client = KoladaClient.Create(options);

        (await client.GetMunicipalitiesAsync(["1442"])).Should().ContainSingle();
        Server.Requests.Should().Equal("/municipality/1442?per_page=2");
    }

    [Fact]
    public async Task Ids_that_are_not_letters_and_digits_never_reach_the_address()
    {
        using var client = Client();

        await client.Invoking(c => c.GetValuesAsync(["N03101/../x"], ["1442"], [2023])).Should().ThrowAsync<ArgumentException>()
            .WithMessage("'N03101/../x' is not a Kolada KPI id: an id is letters and digits, e.g. N03101");
        await client.Invoking(c => c.GetValuesAsync(["N03101"], ["1442"], [23])).Should().ThrowAsync<ArgumentException>()
            .WithMessage("23 is not a year; Kolada's periods are four-digit years");
        await client.Invoking(c => c.GetValuesAsync(["N03101"], [], [2023])).Should().ThrowAsync<ArgumentException>()
            .WithMessage("no municipality id was given");
        Server.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task The_client_registered_in_a_container_asks_the_configured_address()
    {
        Server.Answer(Routes.Vargarda, Reply.Json("municipality-1442.json"));
        var services = new ServiceCollection();
        services.AddKolada(o =>
        {
            o.BaseAddress = Server.BaseAddress;
            o.CacheFolder = Cache.Path;
            o.RetryDelay = TimeSpan.FromMilliseconds(10);
        });
        using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<KoladaClient>();

        (await client.GetMunicipalitiesAsync(["1442"])).Single().Title.Should().Be("Vårgårda");
        client.BaseAddress.Should().Be(Server.BaseAddress);
        client.CacheFolder.Should().Be(Cache.Path);
    }

    [Fact]
    public void The_default_cache_folder_follows_XDG_CACHE_HOME()
    {
        var before = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        try
        {
            Environment.SetEnvironmentVariable("XDG_CACHE_HOME", "/var/cache/someone");
            KoladaOptions.DefaultCacheFolder.Should().Be(Path.Combine("/var/cache/someone", "nrf-goals", "kolada"));
            Environment.SetEnvironmentVariable("XDG_CACHE_HOME", null);
            KoladaOptions.DefaultCacheFolder.Should().Be(OperatingSystem.IsWindows()
                ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "nrf-goals", "kolada")
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "nrf-goals", "kolada"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("XDG_CACHE_HOME", before);
        }
    }

    private KoladaClient Client() => KoladaClient.Create(TestOptions.For(Server.BaseAddress, Cache.Path), new FixedClock());

    private string Url(string route) => Server.BaseAddress.AbsoluteUri + route;
}
