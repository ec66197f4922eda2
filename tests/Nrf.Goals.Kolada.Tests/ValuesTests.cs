using Nrf.Goals.Kolada.Tests.Server;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;

namespace Nrf.Goals.Kolada.Tests;

/// <summary>N03101 and N00945 for Vårgårda (1442), 2021–2023: the values, their provenance, and the values document.</summary>
public sealed class ValuesTests : RecordedKoladaTests
{
    private static readonly DateTimeOffset Fetched = FixedClock.Instant;
    private protected override RecordedKolada Answering(RecordedKolada server) => server.WithVargarda();

    [Fact]
    public async Task Values_by_sex_and_total_come_back_with_their_provenance_and_missing_ones_stay_missing()
    {
        var set = await Fetch();

        set.Municipality.Should().Be(new KoladaMunicipality("1442", "Vårgårda", KoladaMunicipalityType.Kommun));
        set.Years.Should().Equal(2021, 2022, 2023);
        set.Kpis.Select(k => (k.Id, k.IsDividedByGender)).Should().Equal(("N00945", true), ("N03101", false));
        set.Values.Should().Equal(
            V("result_share_pct", "N03101", 2021, "T", 4.2m),
            V("result_share_pct", "N03101", 2022, "T", -0.85m),
            V("result_share_pct", "N03101", 2023, "T", null, KoladaValueState.Missing),
            V("good_health_pct", "N00945", 2021, "K", 73.0m),
            V("good_health_pct", "N00945", 2021, "M", 70.1m),
            V("good_health_pct", "N00945", 2021, "T", 71.5m),
            V("good_health_pct", "N00945", 2022, "K", null, KoladaValueState.Missing),
            V("good_health_pct", "N00945", 2022, "M", 71.0m),
            V("good_health_pct", "N00945", 2022, "T", 72.4m),
            V("good_health_pct", "N00945", 2023, "K", 75.0m),
            V("good_health_pct", "N00945", 2023, "M", 71.4m),
            V("good_health_pct", "N00945", 2023, "T", 73.2m, KoladaValueState.Uncertain, "preliminär"),
            V("good_health_total_pct", "N00945", 2021, "T", 71.5m),
            V("good_health_total_pct", "N00945", 2022, "T", 72.4m),
            V("good_health_total_pct", "N00945", 2023, "T", 73.2m, KoladaValueState.Uncertain, "preliminär"));
        set.Values.Where(v => v.State != KoladaValueState.Reported).Select(v => v.Reason).Should().Equal(
            "saknas i Kolada", "saknas i Kolada", "osäkert i Kolada (status 'preliminär')", "osäkert i Kolada (status 'preliminär')");
        set.Values.Where(v => v.State == KoladaValueState.Reported).Should().OnlyContain(v => v.Reason == null);
    }

    [Fact]
    public async Task The_values_document_has_each_value_with_its_provenance_and_says_why_one_is_missing()
    {
        var set = await Fetch();

        set.ToYaml("vargarda", 2023).Should().Be(
            $$"""
            # Values from Kolada (RKA) for Vårgårda (kommun 1442), 2021–2023, from {{Server.BaseAddress}}.
            # Beside each value: its KPI, year, key (T totalt, K kvinnor, M män), fetch date and any status Kolada flags.
            # A value Kolada lacks is {missing: saknas i Kolada}, one it flags {missing: osäkert i Kolada …}: a goal that needs it is not evaluable.
            entity: vargarda
            year: 2023
            report: annual
            values:
              # result_share_pct: Kolada N03101, Årets resultat som andel av skatt och generella statsbidrag, kommun, (%)
              result_share_pct:
                2021: 4.2 # N03101 2021 T, fetched 2025-03-14
                2022: -0.85 # N03101 2022 T, fetched 2025-03-14
                2023: {missing: saknas i Kolada} # N03101 2023 T, fetched 2025-03-14
              # good_health_pct: Kolada N00945, Exempel: andel invånare med gott självskattat hälsotillstånd, (%)
              good_health_pct:
                2021:
                  K: 73.0 # N00945 2021 K, fetched 2025-03-14
                  M: 70.1 # N00945 2021 M, fetched 2025-03-14
                  T: 71.5 # N00945 2021 T, fetched 2025-03-14
                2022:
                  K: {missing: saknas i Kolada} # N00945 2022 K, fetched 2025-03-14
                  M: 71.0 # N00945 2022 M, fetched 2025-03-14
                  T: 72.4 # N00945 2022 T, fetched 2025-03-14
                2023:
                  K: 75.0 # N00945 2023 K, fetched 2025-03-14
                  M: 71.4 # N00945 2023 M, fetched 2025-03-14
                  T: {missing: osäkert i Kolada (status 'preliminär')} # N00945 2023 T, fetched 2025-03-14, Kolada status 'preliminär'; its value 73.2 is not used
              # good_health_total_pct: Kolada N00945, Exempel: andel invånare med gott självskattat hälsotillstånd, (%)
              good_health_total_pct:
                2021: 71.5 # N00945 2021 T, fetched 2025-03-14
                2022: 72.4 # N00945 2022 T, fetched 2025-03-14
                2023: {missing: osäkert i Kolada (status 'preliminär')} # N00945 2023 T, fetched 2025-03-14, Kolada status 'preliminär'; its value 73.2 is not used

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Flagged_values_are_written_as_numbers_with_their_flag_when_asked()
    {
        var set = await Fetch();

        var yaml = set.ToYaml("vargarda", 2023, useUncertain: true);

        yaml.Should().Contain("# A value Kolada lacks is {missing: saknas i Kolada}: a goal that needs it is not evaluable. A value Kolada flags is used.\n");
        yaml.Should().Contain("      T: 73.2 # N00945 2023 T, fetched 2025-03-14, Kolada status 'preliminär': uncertain\n");
        yaml.Should().Contain("    2023: 73.2 # N00945 2023 T, fetched 2025-03-14, Kolada status 'preliminär': uncertain\n");
        yaml.Should().Contain("    2023: {missing: saknas i Kolada} # N03101 2023 T, fetched 2025-03-14\n");
        ValuesLoader.Parse(yaml, "v.yaml", RuleSet).Values["good_health_total_pct"].Years[2023].Should().Be(73.2m);
    }

    [Fact]
    public async Task The_loader_reads_the_written_document_against_a_rule_set_with_the_same_values_and_reasons()
    {
        var set = await Fetch();
        var path = Path.Combine(Cache.Path, "out", "vargarda-2023.yaml");

        set.WriteYaml(path, "vargarda", 2023);
        var document = ValuesLoader.Load(path, RuleSet);

        document.Entity.Should().Be("vargarda");
        document.Year.Should().Be(2023);
        document.Report.Should().Be(Values.ReportKind.Annual);
        document.Warnings.Should().BeEmpty();
        document.Values.Keys.Should().Equal("good_health_pct", "good_health_total_pct", "result_share_pct");
        document.Values["result_share_pct"].Years.Should().Equal(new Dictionary<int, decimal> { [2021] = 4.2m, [2022] = -0.85m });
        document.Values["result_share_pct"].MissingValues.Should().Equal(new Values.MissingValue(2023, null, "saknas i Kolada"));
        document.Values["good_health_total_pct"].Years.Should().Equal(new Dictionary<int, decimal> { [2021] = 71.5m, [2022] = 72.4m });
        document.Values["good_health_total_pct"].MissingValues.Should().Equal(new Values.MissingValue(2023, null, "osäkert i Kolada (status 'preliminär')"));
        var byKey = document.Values["good_health_pct"].Keyed;
        byKey.Keys.Should().Equal(2021, 2022, 2023);
        byKey[2021].Should().Equal(new Dictionary<string, decimal> { ["K"] = 73.0m, ["M"] = 70.1m, ["T"] = 71.5m });
        byKey[2022].Should().Equal(new Dictionary<string, decimal> { ["M"] = 71.0m, ["T"] = 72.4m });
        byKey[2023].Should().Equal(new Dictionary<string, decimal> { ["K"] = 75.0m, ["M"] = 71.4m });
        document.Values["good_health_pct"].MissingValues.Should().Equal(
            new Values.MissingValue(2022, "K", "saknas i Kolada"), new Values.MissingValue(2023, "T", "osäkert i Kolada (status 'preliminär')"));
        Directory.GetFiles(Path.GetDirectoryName(path)!).Should().Equal(path);
    }

    [Fact]
    public async Task The_document_built_in_code_is_the_document_the_yaml_loads_to()
    {
        var set = await Fetch();

        var built = set.ToDocument(RuleSet, "vargarda", 2023);
        var loaded = ValuesLoader.Parse(set.ToYaml("vargarda", 2023), "v.yaml", RuleSet);

        built.Entity.Should().Be("vargarda");
        built.Year.Should().Be(2023);
        built.Report.Should().Be(Values.ReportKind.Annual);
        built.Values.Keys.Should().Equal(loaded.Values.Keys);
        foreach (var (id, data) in loaded.Values)
        {
            built.Values[id].Years.Should().Equal(data.Years, id);
            built.Values[id].Keyed.Keys.Should().Equal(data.Keyed.Keys, id);
            foreach (var (year, keys) in data.Keyed)
            {
                built.Values[id].Keyed[year].Should().Equal(keys, id);
            }

            built.Values[id].MissingValues.Should().BeEquivalentTo(data.MissingValues, id);
        }
    }

    [Fact]
    public async Task A_goal_on_a_value_Kolada_lacks_is_not_evaluable_with_the_reason()
    {
        var set = await Fetch();
        var document = set.ToDocument(RuleSet, "vargarda", 2023);

        var result = new Nrf.Goals.Rules.Compilation.NRulesCompiler().Compile(RuleSet).Evaluate(document);

        result.Goals.Select(g => (g.Id, g.Status, g.Explanation)).Should().Equal(
            ("g1", Results.GoalStatus.NotEvaluable, "Kan inte bedömas: saknas i Kolada (result_share_pct 2023)."),
            ("g2", Results.GoalStatus.NotEvaluable, "Kan inte bedömas: osäkert i Kolada (status 'preliminär') (good_health_total_pct 2023)."),
            ("g3", Results.GoalStatus.Met, "good_health_pct[K] = 75 ≥ 70"));
    }

    [Fact]
    public async Task A_document_for_a_year_the_rule_set_does_not_cover_is_refused_with_its_place()
    {
        var set = await Fetch();

        var act = () => set.ToDocument(RuleSetLoader.Parse(RuleSetText.Replace("{from: 2021, to: 2025}", "{from: 2024, to: 2025}", StringComparison.Ordinal), "r.yaml"), "vargarda", 2023);

        act.Should().Throw<Nrf.Goals.Diagnostics.NrfGoalsException>().Which.Diagnostics.Select(d => d.ToString())
            .Should().Equal("kolada:1442:1:1: the year 2023 is outside the rule set's validity 2024–2025");
    }

    [Fact]
    public async Task An_indicator_with_no_value_in_any_year_has_the_reason_in_every_year()
    {
        Server.Answer(Routes.Data, Reply.Body(
            """{"values": [{"kpi": "N03101", "municipality": "1442", "period": "2021", "values": [{"count": 1, "gender": "T", "status": "", "value": null}]}], "count": 1}"""));
        var set = await Fetch();

        var yaml = set.ToYaml("vargarda", 2021);

        yaml.Should().Contain(
            """
              # result_share_pct: Kolada N03101, Årets resultat som andel av skatt och generella statsbidrag, kommun, (%)
              result_share_pct:
                2021: {missing: saknas i Kolada} # N03101 2021 T, fetched 2025-03-14
                2022: {missing: saknas i Kolada} # N03101 2022 T, fetched 2025-03-14
                2023: {missing: saknas i Kolada} # N03101 2023 T, fetched 2025-03-14

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        var document = ValuesLoader.Parse(yaml, "v.yaml", RuleSet);
        document.Values.Values.Should().OnlyContain(d => d.Years.IsEmpty && d.Keyed.Values.All(k => k.IsEmpty));
        document.Values["good_health_pct"].MissingValues.Should().HaveCount(9);
    }

    [Fact]
    public async Task Line_breaks_in_Koladas_texts_stay_inside_their_comments()
    {
        Server.Answer(Routes.Kpis, Reply.Body(
            """{"values": [{"id": "N00945", "title": "Rad ett\nentity: fel", "is_divided_by_gender": 1}, {"id": "N03101", "title": "Resultat", "is_divided_by_gender": 0}]}"""));
        Server.Answer(Routes.Data, Reply.Body(
            """{"values": [{"kpi": "N03101", "municipality": "1442", "period": "2021", "values": [{"count": 1, "gender": "T", "status": "a\r\nyear: 1999", "value": 1.5}]}]}"""));
        var set = await Fetch();

        var yaml = set.ToYaml("vargarda", 2021);

        yaml.Should().Contain("  # good_health_pct: Kolada N00945, Rad ett entity: fel\n");
        yaml.Should().Contain("    2021: {missing: \"osäkert i Kolada (status 'a year: 1999')\"} # N03101 2021 T, fetched 2025-03-14, Kolada status 'a year: 1999'; its value 1.5 is not used\n");
        var document = ValuesLoader.Parse(yaml);
        document.Entity.Should().Be("vargarda");
        document.Year.Should().Be(2021);
        document.Values["result_share_pct"].MissingValues.Should().Equal(
            new Values.MissingValue(2021, null, "osäkert i Kolada (status 'a year: 1999')"), new Values.MissingValue(2022, null, "saknas i Kolada"), new Values.MissingValue(2023, null, "saknas i Kolada"));
        ValuesLoader.Parse(set.ToYaml("vargarda", 2021, useUncertain: true)).Values["result_share_pct"].Years.Should().Equal(new Dictionary<int, decimal> { [2021] = 1.5m });
    }

    [Fact]
    public async Task A_long_status_with_control_characters_becomes_a_short_reason_the_loader_accepts()
    {
        var status = "\\u0007" + new string('x', 300);
        Server.Answer(Routes.Data, Reply.Body(
            $$"""{"values": [{"kpi": "N03101", "municipality": "1442", "period": "2021", "values": [{"count": 1, "gender": "T", "status": "{{status}}", "value": 1.5}]}]}"""));
        var set = await Fetch();

        var document = ValuesLoader.Parse(set.ToYaml("vargarda", 2021), "v.yaml", RuleSet);

        document.Values["result_share_pct"].WhyMissing(2021, null).Should().Be($"osäkert i Kolada (status '{new string('x', 39)}…')");
    }

    [Fact]
    public async Task A_year_outside_the_fetched_ones_or_an_empty_entity_is_refused()
    {
        var set = await Fetch();

        set.Invoking(s => s.ToYaml("vargarda", 2024)).Should().Throw<ArgumentException>().WithMessage("the year 2024 is not one of the years fetched (2021–2023)*");
        set.Invoking(s => s.ToYaml(" ", 2023)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public async Task A_failed_write_throws_and_leaves_no_temporary_file_beside_the_target()
    {
        var set = await Fetch();
        var folder = Path.Combine(Cache.Path, "out");
        var earlier = Path.Combine(folder, "earlier.yaml");
        Directory.CreateDirectory(folder);
        File.WriteAllText(earlier, "entity: earlier\n");

        // The document goes to a temporary file that then replaces the target in one rename; a folder in the target's
        // place makes the rename fail after the temporary file is written.
        var blocked = Path.Combine(folder, "values.yaml");
        Directory.CreateDirectory(blocked);
        set.Invoking(s => s.WriteYaml(blocked, "vargarda", 2023)).Should().Throw<IOException>();

        Directory.GetFiles(folder).Should().Equal(earlier);
        Directory.GetFileSystemEntries(blocked).Should().BeEmpty();
        File.ReadAllText(earlier).Should().Be("entity: earlier\n");
    }

    [Fact]
    public async Task A_name_finds_the_municipality_as_its_id_does()
    {
        Server.WithMunicipalities();
        using var client = Client();

        var set = await KoladaValues.FetchAsync(client, Routes.Indicators, "vårgårda", [2023, 2021, 2022, 2022]);

        set.Municipality.Id.Should().Be("1442");
        set.Years.Should().Equal(2021, 2022, 2023);
        Server.Count(Routes.Data).Should().Be(1);
    }

    [Fact]
    public async Task Each_indicator_may_appear_only_once()
    {
        using var client = Client();

        var act = () => KoladaValues.FetchAsync(client, [new("x", "N03101", false), new("x", "N00945", false)], "1442", [2023]);

        (await act.Should().ThrowAsync<ArgumentException>()).WithMessage("the indicator 'x' is given twice; each indicator takes its values from one KPI*");
        Server.Requests.Should().BeEmpty();
    }

    private static RuleSet RuleSet => RuleSetLoader.Parse(RuleSetText, "kolada-test.yaml");

    private const string RuleSetText =
        "id: kolada-test\n" +
        "title: Testkommun\n" +
        "entity: vargarda\n" +
        "validity: {from: 2021, to: 2025}\n" +
        "policy: {operational: all, financial: all}\n" +
        "indicators:\n" +
        "  - {id: result_share_pct, title: Årets resultat som andel av skatt och generella statsbidrag, unit: '%'}\n" +
        "  - {id: good_health_pct, title: Gott självskattat hälsotillstånd, unit: '%', by: sex}\n" +
        "  - {id: good_health_total_pct, title: Gott självskattat hälsotillstånd totalt, unit: '%'}\n" +
        "goals:\n" +
        "  - {id: g1, title: Resultat, category: financial, criterion: result_share_pct >= 2}\n" +
        "  - {id: g2, title: Hälsa, category: operational, criterion: good_health_total_pct >= 70}\n" +
        "  - {id: g3, title: Hälsa per kön, category: operational, criterion: 'good_health_pct[K] >= 70'}\n";

    private KoladaClient Client() => KoladaClient.Create(TestOptions.For(Server.BaseAddress, Cache.Path), new FixedClock());

    private async Task<KoladaValueSet> Fetch()
    {
        using var client = Client();
        return await KoladaValues.FetchAsync(client, Routes.Indicators, "1442", [2021, 2022, 2023]);
    }

    private static KoladaValue V(string indicator, string kpi, int year, string key, decimal? value, KoladaValueState state = KoladaValueState.Reported, string? status = null) =>
        new(indicator, kpi, year, key, value, state, status, Fetched);
}
