using Nrf.Goals.Reporting;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Tables;
using Nrf.Goals.Values;
using static Nrf.Goals.Tests.Loading.TableRules;

namespace Nrf.Goals.Tests.Loading;

/// <summary>Values tables from Excel workbooks the tests write themselves: typed cells read exactly, errors naming sheet and cell.</summary>
public sealed class XlsxValuesTests
{
    private static readonly object?[] Columns = ["indicator", "year", "breakdown", "value", "date", "comment"];

    [Fact]
    public void Load_TypedCells_ReadsNumbersExactlyDatesAndBooleans()
    {
        var workbook = XlsxFixture.Create(
            "Värden",
            Columns,
            ["national_group_share_pct", 2023, "norrbotten", 15.5],
            ["national_group_share_pct", 2023, "vasternorrland", 0.1 + 0.2],
            ["bank_balance_sek", 2023, null, 2350000, new DateOnly(2023, 1, 31)],
            ["care_pathway_feedback_to_skr", 2023, null, true],
            ["revenue_tkr", 2023, null, "61 250,5"],
            ["costs_tkr", "2023", null, 60980.25m]);

        var document = Load(workbook, "values.xlsx", NrfRuleSet);

        document.Find("national_group_share_pct")!.Keyed[2023].Should().Equal(new Dictionary<string, decimal>
        {
            ["norrbotten"] = 15.5m,
            ["vasternorrland"] = 0.3m,
        });
        document.Find("bank_balance_sek")!.Series.Should().Equal(new DatedValue(new DateOnly(2023, 1, 31), 2350000m));
        document.Find("care_pathway_feedback_to_skr")!.Flags.Should().Equal(new Dictionary<int, bool> { [2023] = true });
        document.Find("revenue_tkr")!.Years.Should().Equal(new Dictionary<int, decimal> { [2023] = 61250.5m });
        document.Find("costs_tkr")!.Years.Should().Equal(new Dictionary<int, decimal> { [2023] = 60980.25m });
        (document.Entity, document.Year, document.Report).Should().Be(("nrf", 2023, ReportKind.Annual));
    }

    [Fact]
    public void Load_CellFormattedAsPerCent_ReadsTheNumberAsShown()
    {
        // Excel stores 15,5 % as 0.155; the rule files (and a CSV) write the share as 15.5.
        var workbook = XlsxFixture.Create(
            "Värden",
            Columns,
            ["national_group_share_pct", 2023, "norrbotten", new XlsxFixture.PercentCell(0.155m)],
            ["national_group_share_pct", 2023, "vasternorrland", 18m]);

        var document = Load(workbook, "values.xlsx", NrfRuleSet);

        document.Find("national_group_share_pct")!.Keyed[2023].Should().Equal(new Dictionary<string, decimal>
        {
            ["norrbotten"] = 15.5m,
            ["vasternorrland"] = 18m,
        });
    }

    [Fact]
    public void Load_AssessmentWithSwedishStatusAndComment_IsReadFromTheSheet()
    {
        var workbook = XlsxFixture.Create(
            "Blad1",
            ["indikator", "år", "nedbrytning", "värde", "datum", "kommentar"],
            ["metodbank", 2024, null, "ej uppfyllt", null, "Arbetet har inte påbörjats"],
            ["invanare", 2024, "piteå", 42000]);

        var document = Load(workbook, "värden.xlsx", Kommun);

        document.Find("metodbank")!.Assessment.Should().Be(new ManualAssessment(GoalStatus.NotMet, "Arbetet har inte påbörjats", null));
        document.Find("invanare")!.Keyed[2024].Should().Equal(new Dictionary<string, decimal> { ["piteå"] = 42000m });
        document.Year.Should().Be(2024);
    }

    [Fact]
    public void Load_TextInNumberCell_NamesSheetCellRowAndColumn()
    {
        var workbook = XlsxFixture.Create(
            "Värden",
            Columns,
            ["rpo_count", 2023, null, 24],
            null,
            ["bg_meetings_planned", 2023, null, "tjugonio"],
            ["self_rated_health_good_pct", 2023, "Q", 76],
            ["bank_balance_sek", 2023, null, 1, "31/01/2023"]);

        Errors(workbook, "values.xlsx", NrfRuleSet).Should().Equal(
            "values.xlsx:4:4: 'bg_meetings_planned' for 2023 (sheet Värden, cell D4 (value)): 'tjugonio' is not a number",
            "values.xlsx:5:3: 'Q' is not a key of sex (did you mean 'K'?); 'self_rated_health_good_pct' takes K, M, T (sheet Värden, cell C5 (breakdown))",
            "values.xlsx:6:5: the date of 'bank_balance_sek' (sheet Värden, cell E6 (date)) should be a date written yyyy-mm-dd, not '31/01/2023'");
    }

    [Fact]
    public void Load_DuplicateRowInSheet_NamesTheFirstRow()
    {
        var workbook = XlsxFixture.Create("Värden", Columns, ["rpo_count", 2023, null, 24], ["rpo_count", 2023, null, 25]);

        Errors(workbook, "values.xlsx", NrfRuleSet).Should().Equal(
            "values.xlsx:3:4: 'rpo_count' for 2023 is given twice (first on line 2); keep one row");
    }

    [Fact]
    public void Load_NotAWorkbook_IsAPlainError()
    {
        var errors = Errors("indicator;value\r\n"u8.ToArray(), "values.xlsx", NrfRuleSet);

        errors.Should().ContainSingle().Which.Should().StartWith("values.xlsx:1:1: the file cannot be read as an Excel workbook (.xlsx): ")
            .And.EndWith("; save it from Excel as 'Excel-arbetsbok (*.xlsx)'");
    }

    [Fact]
    public void Load_WorkbookOfTheNrfExample_EvaluatesExactlyLikeTheYamlExample()
    {
        var rows = new List<object?[]> { new object?[] { "indicator", "year", "breakdown", "value", "date" } };
        foreach (var line in File.ReadAllLines(RepositoryPaths.Examples("nrf-2023-annual.csv")).Skip(1))
        {
            // The CSV example's cells, typed as Excel stores them: numbers as numbers, dates as dates, ja as TRUE.
            var f = line.Split(';');
            object value = f[3] == "ja" ? true : decimal.Parse(f[3].Replace(" ", string.Empty, StringComparison.Ordinal).Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture);
            rows.Add([f[0], int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture), f[2].Length == 0 ? null : f[2], value, f[4].Length == 0 ? null : DateOnly.Parse(f[4], System.Globalization.CultureInfo.InvariantCulture)]);
        }

        var compiled = new NRulesCompiler().Compile(NrfRuleSet);
        var fromYaml = compiled.Evaluate(ValuesTables.Load(RepositoryPaths.Examples("nrf-2023-annual.yaml"), NrfRuleSet));
        var fromXlsx = compiled.Evaluate(Load(XlsxFixture.Create("Värden", [.. rows]), "nrf-2023-annual.xlsx", NrfRuleSet));

        rows.Should().HaveCount(37);

        // Excel stores 14,0 as the number 14, so the JSON writes 14 where the YAML's 14.0 keeps its scale; numbers compare by value.
        var xlsxJson = System.Text.Json.Nodes.JsonNode.Parse(JsonReport.Write(fromXlsx));
        var yamlJson = System.Text.Json.Nodes.JsonNode.Parse(JsonReport.Write(fromYaml));
        System.Text.Json.Nodes.JsonNode.DeepEquals(xlsxJson, yamlJson).Should().BeTrue();
        fromXlsx.Goals.Select(g => (g.Id, g.Status, g.Explanation)).Should().Equal(fromYaml.Goals.Select(g => (g.Id, g.Status, g.Explanation)));
        fromXlsx.Verdict.Status.Should().Be(fromYaml.Verdict.Status);
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(3, "D")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void ColumnLetters_Index_IsExcelsName(int index, string expected)
    {
        XlsxValues.ColumnLetters(index).Should().Be(expected);
    }
}
