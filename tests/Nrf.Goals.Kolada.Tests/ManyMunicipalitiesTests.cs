using Nrf.Goals.Kolada.Tests.Server;
using Nrf.Goals.Loading;

namespace Nrf.Goals.Kolada.Tests;

/// <summary>Values for many kommuner at once: one question per KPI for the whole country, each kommun's values mapped from it.</summary>
public sealed class ManyMunicipalitiesTests : RecordedKoladaTests
{
    private static readonly KoladaIndicator[] Indicators =
    [
        new("result_share_pct", "N03101", BySex: false),
        new("good_health_pct", "N00945", BySex: true),
    ];

    private protected override RecordedKolada Answering(RecordedKolada server) => server.WithCountryOfSix();

    [Fact]
    public async Task Every_kommun_gets_its_values_from_one_question_per_KPI()
    {
        using var client = Client();
        var kommuner = (await client.GetMunicipalitiesAsync()).Where(m => m.Type == KoladaMunicipalityType.Kommun).ToList();
        var progress = new Recorder();

        var sets = await KoladaValues.FetchManyAsync(client, Indicators, kommuner, [2021, 2022, 2023], progress);

        sets.Select(s => s.Municipality.Title).Should().Equal("Upplands Väsby", "Stockholm", "Gotland", "Vårgårda", "Bollebygd", "Luleå");
        Server.Requests.Should().Equal(Routes.AllMunicipalities, Routes.AllMunicipalitiesPage2, Routes.Kpis, Routes.CountryHealth, Routes.CountryResult);
        progress.Seen.Should().Equal(new KoladaProgress(1, 2, "N00945"), new KoladaProgress(2, 2, "N03101"));

        Result(sets, "0114").Should().Equal((2021, "T", 2.5m, KoladaValueState.Reported), (2022, "T", 3.1m, KoladaValueState.Reported), (2023, "T", 1.9m, KoladaValueState.Reported));
        Result(sets, "0980")[2].Should().Be((2023, "T", 2.8m, KoladaValueState.Uncertain));
        Result(sets, "1442")[2].Should().Be((2023, "T", (decimal?)null, KoladaValueState.Missing));
        Result(sets, "2580").Should().OnlyContain(v => v.State == KoladaValueState.Missing);
        var lulea = sets.Single(s => s.Municipality.Id == "2580").Values.Where(v => v.IndicatorId == "good_health_pct" && v.Year == 2023);
        lulea.Select(v => (v.Key, v.Value, v.State)).Should().Equal(("K", null, KoladaValueState.Missing), ("M", 65m, KoladaValueState.Reported), ("T", 66m, KoladaValueState.Reported));
        sets.Should().OnlyContain(s => s.Values.Length == 3 + 9 && s.Years.SequenceEqual(new[] { 2021, 2022, 2023 }));
    }

    [Fact]
    public async Task A_second_run_offline_reads_everything_from_the_cache()
    {
        using (var online = Client())
        {
            await KoladaValues.FetchManyAsync(online, Indicators, await online.GetMunicipalitiesAsync(), [2021, 2022, 2023]);
        }

        var asked = Server.Requests.Count;
        using var offline = Client(KoladaCacheMode.Offline);
        var sets = await KoladaValues.FetchManyAsync(offline, Indicators, await offline.GetMunicipalitiesAsync(), [2023, 2022, 2021]);

        Server.Requests.Should().HaveCount(asked);
        sets.Should().HaveCount(8);
        sets.Single(s => s.Municipality.Id == "1443").Values.First(v => v.Year == 2023).Value.Should().Be(2.25m);
    }

    [Fact]
    public async Task A_kommun_twice_or_none_is_refused_before_Kolada_is_asked()
    {
        using var client = Client();
        var vargarda = new KoladaMunicipality("1442", "Vårgårda", KoladaMunicipalityType.Kommun);

        var twice = () => KoladaValues.FetchManyAsync(client, Indicators, [vargarda, vargarda], [2023]);
        var none = () => KoladaValues.FetchManyAsync(client, Indicators, [], [2023]);

        (await twice.Should().ThrowAsync<ArgumentException>()).WithMessage("the kommun or region '1442' is given twice*");
        (await none.Should().ThrowAsync<ArgumentException>()).WithMessage("no kommun or region was given*");
        Server.Requests.Should().BeEmpty();
    }

    [Fact]
    public void The_rule_sets_indicators_with_a_KPI_are_taken_by_sex_where_they_are_broken_down_by_sex()
    {
        var ruleSet = RuleSetLoader.Parse(
            "id: r\ntitle: R\nvalidity: {from: 2021, to: 2025}\npolicy: {operational: all, financial: all}\n" +
            "indicators:\n" +
            "  - {id: result_share_pct, title: Resultat, unit: '%', kolada: N03102}\n" +
            "  - {id: own, title: Egen}\n" +
            "  - {id: good_health_pct, title: Hälsa, unit: '%', by: sex, kolada: N00945}\n" +
            "goals:\n  - {id: g, title: G, category: financial, criterion: 'result_share_pct + own >= good_health_pct[K]'}\n",
            "r.yaml");

        KoladaIndicator.Of(ruleSet).Should().Equal(new KoladaIndicator("result_share_pct", "N03102", false), new KoladaIndicator("good_health_pct", "N00945", true));
    }

    private static List<(int Year, string Key, decimal? Value, KoladaValueState State)> Result(IEnumerable<KoladaValueSet> sets, string id) =>
        sets.Single(s => s.Municipality.Id == id).Values.Where(v => v.IndicatorId == "result_share_pct").Select(v => (v.Year, v.Key, v.Value, v.State)).ToList();

    private KoladaClient Client(KoladaCacheMode mode = KoladaCacheMode.ReadWrite) => KoladaClient.Create(TestOptions.For(Server.BaseAddress, Cache.Path, mode), new FixedClock());

    private sealed class Recorder : IProgress<KoladaProgress>
    {
        public List<KoladaProgress> Seen { get; } = [];

        public void Report(KoladaProgress value) => Seen.Add(value);
    }
}
