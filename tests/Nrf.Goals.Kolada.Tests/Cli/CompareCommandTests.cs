using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Nrf.Goals.Kolada.Tests.Server;

namespace Nrf.Goals.Kolada.Tests.Cli;

/// <summary><c>nrf-goals compare</c>: one rule set judged for every kommun of the recorded Kolada's country of six.</summary>
public sealed class CompareCommandTests : IAsyncLifetime
{
    private const string Table =
        """
        | Kommun | Kod | Resultat | Hälsa kvinnor | God ekonomisk hushållning |
        |---|---|---|---|---|
        | Upplands Väsby | 0114 | ✘ Ej uppfyllt | ✔ Uppfyllt | ✘ Ej uppfyllt |
        | Stockholm | 0180 | ✔ Uppfyllt | ✘ Ej uppfyllt | ✘ Ej uppfyllt |
        | Gotland | 0980 | ? Ej bedömt | ? Ej bedömt | ? Kan inte avgöras |
        | Vårgårda | 1442 | ? Ej bedömt | ✔ Uppfyllt | ? Kan inte avgöras |
        | Bollebygd | 1443 | ✔ Uppfyllt | ✔ Uppfyllt | ✔ Uppfyllt |
        | Luleå | 2580 | ? Ej bedömt | ? Ej bedömt | ? Kan inte avgöras |

        """;

    private readonly TempFolder _folder = new();
    private RecordedKolada _server = null!;
    private KoladaCli _cli = null!;
    private string _rules = null!;

    public async Task InitializeAsync()
    {
        _server = (await RecordedKolada.StartAsync()).WithCountryOfSix();
        _cli = new KoladaCli(_server.BaseAddress, Path.Combine(_folder.Path, "cache"));
        _rules = Path.Combine(_folder.Path, "kommun.yaml");
        File.WriteAllText(_rules, KoladaCli.RulesText.Replace("entity: vargarda\n", string.Empty, StringComparison.Ordinal).Replace("Vårgårda kommun – finansiella mål", "Kommunens mål", StringComparison.Ordinal));
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public void Every_kommun_with_the_distribution_per_goal_in_words_asking_once_per_KPI()
    {
        var (exit, output, error) = _cli.Run("compare", "--rules", _rules, "--kolada", "all-kommuner", "--year", "2023");

        (exit, error).Should().Be((0, string.Empty));
        output.Should().Be(
            """
            ## Kommunens mål – alla kommuner 2023

            Två mål har bedömts för 6 kommuner med värdena för 2023. God ekonomisk hushållning: 1 av 6 kommuner uppfyller kravet, 2 uppfyller det inte och 3 kan inte avgöras.

            ### Per mål

            - Resultat \(minst 2 %\): 2 av 6 kommuner når målet, 1 når det inte och 3 kan inte bedömas.
            - Hälsa kvinnor \(minst 70 %\): 3 av 6 kommuner når målet, 1 når det inte och 2 kan inte bedömas.

            ### Per kommun


            """.Replace("\r\n", "\n", StringComparison.Ordinal) + Table.Replace("\r\n", "\n", StringComparison.Ordinal));
        _server.Requests.Should().Equal(Routes.AllMunicipalities, Routes.AllMunicipalitiesPage2, Routes.Kpis, Routes.CountryHealth, Routes.CountryResult);
    }

    [Fact]
    public void Html_has_sortable_columns()
    {
        var (exit, output, _) = _cli.Run("compare", "--rules", _rules, "--kolada", "all-kommuner", "--year", "2023", "--format", "html");

        exit.Should().Be(0);
        output.Should().Contain("<table class=\"sortable\">\n<thead><tr><th scope=\"col\" aria-sort=\"none\"><button type=\"button\">Kommun</button></th>");
        output.Should().Contain("<td class=\"status st-met\">✔ Uppfyllt</td>");
        output.Should().Contain("<script>\ndocument.querySelectorAll(\"table.sortable\")");
        output.Should().NotContain("http").And.NotContain("src=");
    }

    [Fact]
    public void Csv_is_a_plain_table_for_Swedish_Excel()
    {
        var path = Path.Combine(_folder.Path, "out", "kommuner.csv");

        var (exit, output, error) = _cli.Run("compare", "--rules", _rules, "--kolada", "all-kommuner", "--year", "2023", "--format", "csv", "--out", path);

        (exit, output, error).Should().Be((0, string.Empty, string.Empty));
        var bytes = File.ReadAllBytes(path);
        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        Encoding.UTF8.GetString(bytes.AsSpan(3)).Should().Be(
            "Kommun;Kod;Resultat;Hälsa kvinnor;God ekonomisk hushållning\r\n" +
            "Upplands Väsby;0114;Ej uppfyllt;Uppfyllt;Ej uppfyllt\r\n" +
            "Stockholm;0180;Uppfyllt;Ej uppfyllt;Ej uppfyllt\r\n" +
            "Gotland;0980;Ej bedömt;Ej bedömt;Kan inte avgöras\r\n" +
            "Vårgårda;1442;Ej bedömt;Uppfyllt;Kan inte avgöras\r\n" +
            "Bollebygd;1443;Uppfyllt;Uppfyllt;Uppfyllt\r\n" +
            "Luleå;2580;Ej bedömt;Ej bedömt;Kan inte avgöras\r\n");
    }

    [Fact]
    public void Xlsx_is_one_sheet_with_a_filtered_header_row()
    {
        var path = Path.Combine(_folder.Path, "kommuner.xlsx");

        var (exit, _, error) = _cli.Run("compare", "--rules", _rules, "--kolada", "all-kommuner", "--year", "2023", "--format", "xlsx", "--out", path);
        var noOut = _cli.Run("compare", "--rules", _rules, "--kolada", "all-kommuner", "--year", "2023", "--format", "xlsx");

        (exit, error).Should().Be((0, string.Empty));
        noOut.Should().Be((2, string.Empty, "nrf-goals: --format xlsx writes a binary file; give --out FILE.xlsx\n"));
        using var book = SpreadsheetDocument.Open(path, false);
        var sheet = book.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var rows = sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();
        rows.Should().HaveCount(7);
        rows[0].Should().Equal("Kommun", "Kod", "Resultat", "Hälsa kvinnor", "God ekonomisk hushållning");
        rows[4].Should().Equal("Vårgårda", "1442", "Ej bedömt", "Uppfyllt", "Kan inte avgöras");
        sheet.Descendants<AutoFilter>().Single().Reference!.Value.Should().Be("A1:E7");
        book.WorkbookPart.Workbook.Descendants<Sheet>().Single().Name!.Value.Should().Be("Jämförelse");
    }

    [Fact]
    public void The_terminal_sees_a_progress_bar_and_a_pipe_does_not()
    {
        var terminal = _cli.Run(showProgress: true, "compare", "--rules", _rules, "--kolada", "all-kommuner", "--year", "2023");
        var pipe = _cli.Run(showProgress: false, "compare", "--rules", _rules, "--kolada", "all-kommuner", "--year", "2023");

        terminal.Err.Should().Be(
            "\rnrf-goals: Kolada, 6 kommuner [############............] 1/2 N00945" +
            "\rnrf-goals: Kolada, 6 kommuner [########################] 2/2 N03101\n");
        pipe.Err.Should().BeEmpty();
        terminal.Out.Should().Be(pipe.Out);
    }

    [Fact]
    public void A_municipality_group_compares_its_members()
    {
        _server.Answer("/municipality_groups", Reply.Json("municipality_groups.json"));

        var (exit, output, error) = _cli.Run("compare", "--rules", _rules, "--kolada", "G37411", "--year", "2023", "--format", "csv");

        (exit, error).Should().Be((0, string.Empty));
        output.Should().Be(
            "\uFEFFKommun;Kod;Resultat;Hälsa kvinnor;God ekonomisk hushållning\r\n" +
            "Vårgårda;1442;Ej bedömt;Uppfyllt;Kan inte avgöras\r\n" +
            "Bollebygd;1443;Uppfyllt;Uppfyllt;Uppfyllt\r\n");
    }

    [Fact]
    public void An_unknown_group_gets_did_you_mean()
    {
        _server.Answer("/municipality_groups", Reply.Json("municipality_groups.json"));

        var (exit, output, error) = _cli.Run("compare", "--rules", _rules, "--kolada", "G37412", "--year", "2023");

        (exit, output).Should().Be((2, string.Empty));
        error.Should().Be("nrf-goals: --kolada: Kolada has no municipality group 'G37412' (did you mean 'G37411'?); give all-kommuner, all-regioner or a group's id such as G37411\n");
    }

    [Fact]
    public void Regions_on_kommun_KPIs_cannot_be_assessed()
    {
        var (exit, output, error) = _cli.Run("compare", "--rules", _rules, "--kolada", "all-regioner", "--year", "2023", "--lang", "en");

        exit.Should().Be(0);
        error.Should().Be(
            "nrf-goals: warning: Kolada keeps N00945 (Exempel: andel invånare med gott självskattat hälsotillstånd, (%)) for kommuner, so the regioner compared have no values for it; the goals that read it cannot be assessed\n" +
            "nrf-goals: warning: Kolada keeps N03101 (Årets resultat som andel av skatt och generella statsbidrag, kommun, (%)) for kommuner, so the regioner compared have no values for it; the goals that read it cannot be assessed\n");
        output.Should().Contain("Two goals were judged for 2 regions on the values for 2023. Sound financial management: 0 of 2 regions meet the requirement and 2 cannot be determined.");
        output.Should().Contain("- Resultat \\(minst 2 %\\): 0 of 2 regions meet the goal and 2 cannot be assessed.");
        output.Should().Contain("| Region Gotland | 09 | ? Not evaluable | ? Not evaluable | ? Undetermined |");
    }

    [Fact]
    public void A_year_outside_the_rule_sets_validity_is_refused_before_Kolada_is_asked()
    {
        var (exit, _, error) = _cli.Run("compare", "--rules", _rules, "--kolada", "all-kommuner", "--year", "2019");

        (exit, error).Should().Be((2, "nrf-goals: the year 2019 is outside the rule set's validity 2021–2025\n"));
        _server.Requests.Should().BeEmpty();
    }
}
