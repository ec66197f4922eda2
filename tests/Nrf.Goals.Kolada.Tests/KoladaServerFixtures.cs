using Nrf.Goals.Kolada.Tests.Server;

namespace Nrf.Goals.Kolada.Tests;

/// <summary>The routes of the recorded answers, as the client asks them (ids and years sorted).</summary>
internal static class Routes
{
    public const string Vargarda = "/municipality/1442";
    public const string AllMunicipalities = "/municipality";
    public const string AllMunicipalitiesPage2 = "/municipality?page=2&per_page=4";
    public const string Kpis = "/kpi/N00945,N03101";
    public const string Data = "/data/kpi/N00945,N03101/municipality/1442/year/2021,2022,2023";
    public const string Country = "/data/kpi/N03101/year/2023";
    public const string CountryPage2 = "/data/kpi/N03101/year/2023?page=2&per_page=2";
    public const string CountryPage3 = "/data/kpi/N03101/year/2023?page=3&per_page=2";
    public const string CountryResult = "/data/kpi/N03101/year/2021,2022,2023";
    public const string CountryHealth = "/data/kpi/N00945/year/2021,2022,2023";

    /// <summary>The three indicators of the main example: N03101's total, and N00945 by sex and as a total.</summary>
    public static readonly KoladaIndicator[] Indicators =
    [
        new("result_share_pct", "N03101", BySex: false),
        new("good_health_pct", "N00945", BySex: true),
        new("good_health_total_pct", "N00945", BySex: false),
    ];

    /// <summary>Vårgårda (1442): its metadata, the two KPIs' metadata and their values for 2021–2023.</summary>
    public static RecordedKolada WithVargarda(this RecordedKolada server) => server
        .Answer(Vargarda, Reply.Json("municipality-1442.json"))
        .Answer(Kpis, Reply.Json("kpi-N00945-N03101.json"))
        .Answer(Data, Reply.Json("data-N00945-N03101-1442-2021-2023.json"));

    /// <summary>Every kommun and region, in two pages.</summary>
    public static RecordedKolada WithMunicipalities(this RecordedKolada server) => server
        .Answer(AllMunicipalities, Reply.Json("municipality-page1.json"))
        .Answer(AllMunicipalitiesPage2, Reply.Json("municipality-page2.json"));

    /// <summary>N03101 for every entity in 2023, in three pages.</summary>
    public static RecordedKolada WithCountry(this RecordedKolada server) => server
        .Answer(Country, Reply.Json("data-N03101-2023-page1.json"))
        .Answer(CountryPage2, Reply.Json("data-N03101-2023-page2.json"))
        .Answer(CountryPage3, Reply.Json("data-N03101-2023-page3.json"));

    /// <summary>
    /// A country of six kommuner and two regions (the two municipality pages), the two KPIs' metadata, and each KPI's
    /// values for all of them in 2021–2023: what a comparison asks.
    /// </summary>
    public static RecordedKolada WithCountryOfSix(this RecordedKolada server) => server
        .WithMunicipalities()
        .Answer(Kpis, Reply.Json("kpi-N00945-N03101.json"))
        .Answer(CountryResult, Reply.Json("country-N03101-2021-2023.json"))
        .Answer(CountryHealth, Reply.Json("country-N00945-2021-2023.json"));
}
