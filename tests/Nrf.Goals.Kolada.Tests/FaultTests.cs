using Nrf.Goals.Kolada.Tests.Server;

namespace Nrf.Goals.Kolada.Tests;

/// <summary>Every way asking Kolada can fail, each a <see cref="KoladaException"/> that says what happened.</summary>
public sealed class FaultTests : RecordedKoladaTests
{

    [Fact]
    public async Task A_refused_connection_is_unreachable_after_the_retries()
    {
        var address = TestOptions.Refusing();
        using var client = KoladaClient.Create(TestOptions.For(address, Cache.Path));

        var e = await Fails(() => client.GetMunicipalitiesAsync(["1442"]), KoladaFault.Unreachable);

        e.Message.Should().StartWith($"Kolada could not be reached at {address}/municipality/1442: ")
            .And.EndWith("; check the network connection (or run offline from the cache)");
        e.Address.Should().Be(new Uri($"{address}/municipality/1442"));
        Cache.Files().Should().BeEmpty();
    }

    [Fact]
    public async Task A_slow_answer_times_out_on_every_try()
    {
        Server.Answer(Routes.Vargarda, Reply.Json("municipality-1442.json") with { Delay = TimeSpan.FromSeconds(30) });
        var options = Options();
        options.AttemptTimeout = TimeSpan.FromMilliseconds(200);
        options.TotalTimeout = TimeSpan.FromSeconds(2);
        options.MaxRetries = 1;
        using var client = KoladaClient.Create(options);

        var e = await Fails(() => client.GetMunicipalitiesAsync(["1442"]), KoladaFault.Timeout);

        e.Message.Should().Be($"Kolada did not answer {Url(Routes.Vargarda)} in time (200 ms a try, 2 tries, 2 s in all); try again later");
        Server.Count(Routes.Vargarda).Should().Be(2);
    }

    [Fact]
    public async Task Server_errors_on_every_try_are_a_server_error()
    {
        Server.Answer(Routes.Vargarda, Reply.Code(500));
        using var client = KoladaClient.Create(Options());

        var e = await Fails(() => client.GetMunicipalitiesAsync(["1442"]), KoladaFault.ServerError);

        e.Message.Should().Be($"Kolada answered HTTP 500 Internal Server Error to {Url(Routes.Vargarda)} on each of 3 tries; try again later");
        Server.Count(Routes.Vargarda).Should().Be(3);
    }

    [Fact]
    public async Task Server_errors_then_an_answer_give_the_answer()
    {
        Server.Answer(Routes.Vargarda, Reply.Code(503), Reply.Code(502), Reply.Json("municipality-1442.json"));
        using var client = KoladaClient.Create(Options());

        var found = await client.GetMunicipalitiesAsync(["1442"]);

        found.Should().Equal(new KoladaMunicipality("1442", "Vårgårda", KoladaMunicipalityType.Kommun));
        Server.Count(Routes.Vargarda).Should().Be(3);
    }

    [Fact]
    public async Task Too_many_requests_then_an_answer_waits_what_Retry_After_says()
    {
        Server.Answer(Routes.Vargarda, Reply.Code(429) with { RetryAfterSeconds = 1 }, Reply.Json("municipality-1442.json"));
        using var client = KoladaClient.Create(Options());

        var found = await client.GetMunicipalitiesAsync(["1442"]);

        found.Should().ContainSingle().Which.Title.Should().Be("Vårgårda");
        var times = Server.Times(Routes.Vargarda);
        times.Should().HaveCount(2);

        // The back-off alone would wait 10 ms; the second try came after the second Retry-After asked for.
        (times[1] - times[0]).Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(900));
    }

    [Fact]
    public async Task Too_many_requests_on_every_try_is_rate_limited()
    {
        Server.Answer(Routes.Vargarda, Reply.Code(429));
        using var client = KoladaClient.Create(Options());

        var e = await Fails(() => client.GetMunicipalitiesAsync(["1442"]), KoladaFault.RateLimited);

        e.Message.Should().Be($"Kolada answered HTTP 429 Too Many Requests (too many requests) to {Url(Routes.Vargarda)} on each of 3 tries; try again later");
        Server.Count(Routes.Vargarda).Should().Be(3);
    }

    [Fact]
    public async Task A_Retry_After_longer_than_the_client_waits_is_rate_limited_at_once()
    {
        Server.Answer(Routes.Vargarda, Reply.Code(429) with { RetryAfterSeconds = 3600 });
        using var client = KoladaClient.Create(Options());

        var e = await Fails(() => client.GetMunicipalitiesAsync(["1442"]), KoladaFault.RateLimited);

        e.Message.Should().Be($"Kolada asks to wait 3600 s before {Url(Routes.Vargarda)} is asked again (Retry-After), longer than the client waits (2 s); try again later");
        Server.Count(Routes.Vargarda).Should().Be(1);
    }

    [Fact]
    public async Task After_repeated_failures_the_circuit_opens_and_Kolada_is_not_asked()
    {
        Server.Answer(Routes.Vargarda, Reply.Code(500));
        var options = Options();
        options.MaxRetries = 1;
        options.CircuitBreakerMinimumThroughput = 2;
        using var client = KoladaClient.Create(options);

        await Fails(() => client.GetMunicipalitiesAsync(["1442"]), KoladaFault.ServerError);
        var e = await Fails(() => client.GetMunicipalitiesAsync(["1442"]), KoladaFault.ServerError);

        e.Message.Should().Be($"Kolada has failed too often just now, so {Url(Routes.Vargarda)} was not asked; the client waits 30 s before asking again");
        Server.Count(Routes.Vargarda).Should().Be(2);
    }

    [Fact]
    public async Task An_answer_that_is_not_json_is_malformed()
    {
        Server.Answer(Routes.Vargarda, Reply.Json("not-json.html"));
        using var client = KoladaClient.Create(Options());

        var e = await Fails(() => client.GetMunicipalitiesAsync(["1442"]), KoladaFault.MalformedResponse);

        e.Message.Should().Be($"the answer from Kolada for {Url(Routes.Vargarda)} is not what the API documents: it is not valid JSON (line 1, byte 1); it may have been cut off");
        Server.Count(Routes.Vargarda).Should().Be(1);
    }

    [Fact]
    public async Task A_cut_off_answer_is_malformed_and_says_where_it_ends()
    {
        Server.Answer(Routes.Vargarda, Reply.Body("""{"values": [{"id": "1442", "title": "Vårgårda", "type": "K"}""", 200));
        using var client = KoladaClient.Create(Options());

        var e = await Fails(() => client.GetMunicipalitiesAsync(["1442"]), KoladaFault.MalformedResponse);

        e.Message.Should().Be($"the answer from Kolada for {Url(Routes.Vargarda)} is not what the API documents: it is not valid JSON (line 1, byte 63); it may have been cut off");
    }

    [Fact]
    public async Task A_recorded_answer_cut_short_in_its_first_line_is_malformed()
    {
        Server.Answer(Routes.Vargarda, Reply.Json("municipality-1442.json") with { CutAt = 40 });
        using var client = KoladaClient.Create(Options());

        var e = await Fails(() => client.GetMunicipalitiesAsync(["1442"]), KoladaFault.MalformedResponse);

        e.Message.Should().StartWith($"the answer from Kolada for {Url(Routes.Vargarda)} is not what the API documents: it is not valid JSON (line 3, ")
            .And.EndWith("); it may have been cut off");
    }

    [Fact]
    public async Task An_empty_answer_is_malformed()
    {
        Server.Answer(Routes.Vargarda, Reply.Body(string.Empty));
        using var client = KoladaClient.Create(Options());

        var e = await Fails(() => client.GetMunicipalitiesAsync(["1442"]), KoladaFault.MalformedResponse);

        e.Message.Should().Be($"the answer from Kolada for {Url(Routes.Vargarda)} is not what the API documents: it is empty");
    }

    [Fact]
    public async Task An_answer_that_breaks_off_midway_is_malformed()
    {
        Server.Answer(Routes.Vargarda, Reply.Json("municipality-1442.json") with { BreakOff = true });
        using var client = KoladaClient.Create(Options());

        var e = await Fails(() => client.GetMunicipalitiesAsync(["1442"]), KoladaFault.MalformedResponse);

        e.Message.Should().StartWith($"the answer from Kolada for {Url(Routes.Vargarda)} broke off before it was complete (").And.EndWith("); try again");
    }

    [Fact]
    public async Task A_gender_other_than_T_K_or_M_is_malformed_and_located()
    {
        const string route = "/data/kpi/N03101/municipality/1442/year/2023";
        Server.Answer(route, Reply.Json("wrong-gender.json"));
        using var client = KoladaClient.Create(Options());

        var e = await Fails(() => client.GetValuesAsync(["N03101"], ["1442"], [2023]), KoladaFault.MalformedResponse);

        e.Message.Should().Be($"the answer from Kolada for {Url(route)} is not what the API documents: values[0]: values[0]: gender is 'F'; Kolada's genders are T (totalt), K (kvinnor) and M (män)");
    }

    [Fact]
    public async Task A_missing_field_is_malformed_and_located_on_its_page()
    {
        Server.WithCountry().Answer(Routes.CountryPage2, Reply.Body(
            """{"values": [{"kpi": "N03101", "municipality": "1442", "values": []}], "next_page": null}"""));
        using var client = KoladaClient.Create(Options());

        var e = await Fails(() => client.GetCountryValuesAsync("N03101", [2023]), KoladaFault.MalformedResponse);

        e.Message.Should().Be($"the answer from Kolada for {Url(Routes.Country)} is not what the API documents: page 2, values[0]: 'period' is missing");
    }

    [Fact]
    public async Task An_answer_that_is_only_an_error_is_a_refusal_in_Koladas_words()
    {
        Server.Answer(Routes.Vargarda, Reply.Json("error.json"));
        using var client = KoladaClient.Create(Options());

        var e = await Fails(() => client.GetMunicipalitiesAsync(["1442"]), KoladaFault.Refused);

        e.Message.Should().Be($"Kolada refused {Url(Routes.Vargarda)}: This endpoint is deprecated. Please use /v3 instead.");
    }

    [Fact]
    public async Task A_client_error_is_a_refusal_and_is_not_retried()
    {
        Server.Answer(Routes.Vargarda, Reply.Code(400));
        using var client = KoladaClient.Create(Options());

        var bad = await Fails(() => client.GetMunicipalitiesAsync(["1442"]), KoladaFault.Refused);
        var missing = await Fails(() => client.GetMunicipalitiesAsync(["0000"]), KoladaFault.Refused);

        bad.Message.Should().Be($"Kolada refused {Url(Routes.Vargarda)}: HTTP 400 Bad Request");
        missing.Message.Should().Be($"Kolada refused {Url("/municipality/0000")}: HTTP 404 Not Found: no recorded answer");
        Server.Count(Routes.Vargarda).Should().Be(1);
    }

    [Fact]
    public async Task A_KPI_that_does_not_exist_is_named_before_any_value_is_asked()
    {
        Server.Answer(Routes.Vargarda, Reply.Json("municipality-1442.json")).Answer("/kpi/N03101,N99999", Reply.Json("kpi-N03101-N99999.json"));
        using var client = KoladaClient.Create(Options());

        var e = await Fails(() => KoladaValues.FetchAsync(client, [new("result_share_pct", "N03101", false), new("other", "N99999", false)], "1442", [2023]), KoladaFault.UnknownKpi);

        e.Message.Should().Be("Kolada has no KPI 'N99999' (asked for the indicator 'other')");
        Server.Requests.Should().Equal(Routes.Vargarda, "/kpi/N03101,N99999");
    }

    [Fact]
    public async Task A_KPI_that_does_not_exist_has_no_metadata_and_no_values()
    {
        Server.Answer("/kpi/N99999", Reply.Json("empty.json")).Answer("/data/kpi/N99999/municipality/1442/year/2023", Reply.Json("empty.json"));
        using var client = KoladaClient.Create(Options());

        (await client.GetKpisAsync(["N99999"])).Should().BeEmpty();
        (await client.GetValuesAsync(["N99999"], ["1442"], [2023])).Should().BeEmpty();
    }

    [Fact]
    public async Task An_indicator_by_sex_needs_a_KPI_divided_by_gender()
    {
        Server.Answer(Routes.Vargarda, Reply.Json("municipality-1442.json")).Answer("/kpi/N03101", Reply.Json("kpi-N03101.json"));
        using var client = KoladaClient.Create(Options());

        var e = await Fails(() => KoladaValues.FetchAsync(client, [new("result_share_pct", "N03101", true)], "1442", [2023]), KoladaFault.UnknownKpi);

        e.Message.Should().Be("the indicator 'result_share_pct' is broken down by sex, but Kolada's N03101 (Årets resultat som andel av skatt och generella statsbidrag, kommun, (%)) is not divided by gender; take its total without by: sex, or another KPI");
    }

    [Fact]
    public async Task A_municipality_id_that_does_not_exist_is_named()
    {
        Server.Answer("/municipality/9999", Reply.Json("empty.json"));
        using var client = KoladaClient.Create(Options());

        var e = await Fails(() => KoladaValues.FetchAsync(client, Routes.Indicators, "9999", [2023]), KoladaFault.UnknownMunicipality);

        e.Message.Should().Be("Kolada has no kommun or region with the id '9999'");
        Server.Requests.Should().Equal("/municipality/9999");
    }

    [Fact]
    public async Task A_misspelt_name_gets_the_closest_one()
    {
        Server.WithMunicipalities();
        using var client = KoladaClient.Create(Options());

        var misspelt = await Fails(() => client.FindMunicipalityAsync("Vårgrda"), KoladaFault.UnknownMunicipality);
        var unknown = await Fails(() => client.FindMunicipalityAsync("Xyzzyborg"), KoladaFault.UnknownMunicipality);

        misspelt.Message.Should().Be("Kolada has no kommun or region named 'Vårgrda' (did you mean 'Vårgårda'?)");
        unknown.Message.Should().Be("Kolada has no kommun or region named 'Xyzzyborg'");
    }

    [Fact]
    public async Task Names_are_matched_in_any_case_and_with_kommun_after_them()
    {
        Server.WithMunicipalities().Answer("/municipality/25", Reply.Body("""{"values": [{"id": "25", "title": "Region Norrbotten", "type": "L"}], "count": 1}"""));
        using var client = KoladaClient.Create(Options());

        (await client.FindMunicipalityAsync("gotland")).Should().Be(new KoladaMunicipality("0980", "Gotland", KoladaMunicipalityType.Kommun));
        (await client.FindMunicipalityAsync("Region Gotland")).Should().Be(new KoladaMunicipality("09", "Region Gotland", KoladaMunicipalityType.Region));
        (await client.FindMunicipalityAsync(" LULEÅ kommun ")).Id.Should().Be("2580");
        (await client.FindMunicipalityAsync("25")).Should().Be(new KoladaMunicipality("25", "Region Norrbotten", KoladaMunicipalityType.Region));
    }

    [Fact]
    public async Task A_name_that_fits_two_needs_the_id()
    {
        Server.Answer(Routes.AllMunicipalities, Reply.Body(
            """{"values": [{"id": "0980", "title": "Gotland", "type": "K"}, {"id": "09", "title": "Gotland", "type": "L"}], "count": 2}"""));
        using var client = KoladaClient.Create(Options());

        var e = await Fails(() => client.FindMunicipalityAsync("Gotland"), KoladaFault.UnknownMunicipality);

        e.Message.Should().Be("'Gotland' names more than one in Kolada: Gotland (0980, kommun), Gotland (09, region); give the id");
    }

    [Fact]
    public async Task Cancelling_stops_the_request_and_is_no_Kolada_fault()
    {
        Server.Answer(Routes.Vargarda, Reply.Json("municipality-1442.json") with { Delay = TimeSpan.FromSeconds(30) });
        using var client = KoladaClient.Create(Options());
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var act = () => client.GetMunicipalitiesAsync(["1442"], cancel.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        Server.Count(Routes.Vargarda).Should().Be(1);
    }

    [Fact]
    public void Options_out_of_range_are_refused_with_the_option_named()
    {
        var options = Options();
        options.TotalTimeout = TimeSpan.FromSeconds(1);
        options.AttemptTimeout = TimeSpan.FromSeconds(5);

        var act = () => KoladaClient.Create(options);

        act.Should().Throw<ArgumentException>().WithMessage("Kolada options: TotalTimeout (00:00:01) must be longer than AttemptTimeout (00:00:05)");
        options.AttemptTimeout = TimeSpan.FromMilliseconds(500);
        options.BaseAddress = new Uri("ftp://example.invalid/v2");
        act.Should().Throw<ArgumentException>().WithMessage("Kolada options: BaseAddress must be an absolute http or https address ending in the API version, e.g. https://api.kolada.se/v2; it is 'ftp://example.invalid/v2'");
    }

    private static async Task<KoladaException> Fails<T>(Func<Task<T>> act, KoladaFault fault)
    {
        var e = (await act.Should().ThrowAsync<KoladaException>()).Which;
        e.Fault.Should().Be(fault, e.Message);
        return e;
    }

    private KoladaOptions Options() => TestOptions.For(Server.BaseAddress, Cache.Path);

    private string Url(string route) => Server.BaseAddress.AbsoluteUri + route;
}
