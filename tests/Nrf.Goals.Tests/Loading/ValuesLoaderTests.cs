using Nrf.Goals.Diagnostics;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.Values;
using static Nrf.Goals.Tests.Loading.LoadAssertions;

namespace Nrf.Goals.Tests.Loading;

/// <summary>Values documents checked against the NRF rule set: exact diagnostics for bad input, exact numbers for good input.</summary>
public sealed class ValuesLoaderTests
{
    /// <summary>Lines 1–4; the first value a test appends is on line 5, indented under 'values:'.</summary>
    private const string Header =
        "entity: nrf\n" +
        "year: 2023\n" +
        "report: annual\n" +
        "values:\n";

    private static readonly Lazy<RuleSet> NrfRules = new(() => RuleSetLoader.Load(RepositoryPaths.Rules("nrf/2023-2025.yaml")));

    private static RuleSet Nrf => NrfRules.Value;

    [Theory]
    [InlineData("nrf-2023-annual.csv", ".csv")]
    [InlineData("nrf-2023-annual.xlsx", ".xlsx")]
    public void Load_ValuesTable_NamesThePackageThatReadsTables(string file, string extension)
    {
        var path = RepositoryPaths.Examples("nrf-2023-annual.csv");
        using var stream = File.OpenRead(path);

        var act = () => ValuesLoader.Load(stream, file, Nrf);

        act.Should().Throw<NrfGoalsException>().Which.Diagnostics.Select(d => d.ToString()).Should().Equal(
            $"{file}:1:1: '{extension}' is not a values format ValuesLoader reads (.yaml, .yml, .json); values tables are read by ValuesTables.Load(path, ruleSet) in the Nrf.Goals.Tables package, which reads every values format");
    }

    [Fact]
    public void Parse_ShippedExample_LoadsWithoutWarnings()
    {
        var document = ValuesLoader.Load(RepositoryPaths.Examples("nrf-2023-annual.yaml"), Nrf);

        document.Warnings.Should().BeEmpty();
        document.Find("rpo_count")!.Years.Should().Equal(new Dictionary<int, decimal> { [2023] = 24m });
    }

    [Fact]
    public void Parse_MissingEntity_ReportsRequiredKey()
    {
        ValueErrors("year: 2023\nreport: annual\nvalues:\n  rpo_count: 24\n", Nrf).Should().Equal(
            "values.yaml:1:1: the values document is missing the required key 'entity'");
    }

    [Fact]
    public void Parse_MissingYear_ReportsRequiredKey()
    {
        ValueErrors("entity: nrf\nreport: annual\nvalues:\n  rpo_count: 24\n", Nrf).Should().Equal(
            "values.yaml:1:1: the values document is missing the required key 'year'");
    }

    [Fact]
    public void Parse_ReportNeitherAnnualNorInterim_ReportsAllowedKinds()
    {
        ValueErrors("entity: nrf\nyear: 2023\nreport: quarterly\nvalues:\n  rpo_count: 24\n", Nrf).Should().Equal(
            "values.yaml:3:9: report is 'quarterly'; it must be annual (årsredovisning) or interim (delårsrapport)");
    }

    [Fact]
    public void Parse_February30_ReportsDateNotInCalendar()
    {
        ValueErrors(Header + "  bank_balance_sek:\n    - {date: 2023-02-30, value: 1}\n", Nrf).Should().Equal(
            "values.yaml:6:14: the date of an observation of 'bank_balance_sek': 2023-02-30 is not a date in the calendar");
    }

    [Fact]
    public void Parse_DateInDayMonthYearForm_ReportsExpectedForm()
    {
        ValueErrors(Header + "  bank_balance_sek:\n    - {date: 31/01/2023, value: 1}\n", Nrf).Should().Equal(
            "values.yaml:6:14: the date of an observation of 'bank_balance_sek' should be a date written yyyy-mm-dd, not '31/01/2023'");
    }

    [Fact]
    public void Parse_TextWhereNumberExpected_ReportsNotANumber()
    {
        ValueErrors(Header + "  rpo_count: tjugo\n", Nrf).Should().Equal("values.yaml:5:14: 'rpo_count': 'tjugo' is not a number");
    }

    [Fact]
    public void Parse_NanAndHugeNumber_ReportsBothAtTheirValues()
    {
        ValueErrors(Header + "  rpo_count: .nan\n  costs_tkr: 1e400\n", Nrf).Should().Equal(
            "values.yaml:5:14: 'rpo_count': '.nan' is not a number that can be reported; write a finite number",
            "values.yaml:6:14: 'costs_tkr': '1e400' is too large or too precise for a decimal number");
    }

    [Fact]
    public void Parse_NanAndInfinityWithoutRuleSet_AreStillRefused()
    {
        ValueErrors(Header + "  rpo_count: .NaN\n  revenue_tkr: .inf\n").Should().Equal(
            "values.yaml:5:14: 'rpo_count': '.NaN' is not a number that can be reported; write a finite number",
            "values.yaml:6:16: 'revenue_tkr': '.inf' is not a number that can be reported; write a finite number");
    }

    [Fact]
    public void Parse_BreakdownKeyNotDeclared_ReportsKeyWithSuggestion()
    {
        ValueErrors(Header + "  self_rated_health_good_pct: {2023: {X: 1, K: 2}}\n", Nrf).Should().Equal(
            "values.yaml:5:39: 'X' is not a key of sex (did you mean 'K'?); 'self_rated_health_good_pct' for 2023 takes K, M, T");
    }

    [Fact]
    public void Parse_SingleNumberForSexIndicator_ReportsBreakdownNeeded()
    {
        ValueErrors(Header + "  self_rated_health_good_pct: 76\n", Nrf).Should().Equal(
            "values.yaml:5:31: 'self_rated_health_good_pct' is broken down by sex; give a value per key, e.g. {2023: {K: …, M: …}}");
    }

    [Fact]
    public void Parse_NumberForYesNoIndicator_ReportsTrueOrFalse()
    {
        ValueErrors(Header + "  care_pathway_feedback_to_skr: 1\n", Nrf).Should().Equal(
            "values.yaml:5:33: 'care_pathway_feedback_to_skr' (yes/no) should be true or false, not '1'");
    }

    [Fact]
    public void Parse_SeriesWithDuplicateDates_ReportsSecondObservation()
    {
        var yaml = Header + "  bank_balance_sek:\n    - {date: 2023-01-31, value: 1}\n    - {date: 2023-01-31, value: 2}\n";

        ValueErrors(yaml, Nrf).Should().Equal(
            "values.yaml:7:7: 'bank_balance_sek' has two observations dated 2023-01-31 (the first at line 6)");
    }

    [Fact]
    public void Parse_IndicatorNotInRuleSet_IsWarningAndIgnored()
    {
        var document = LoadAssertions.Values(Header + "  rpo_count: 24\n  rpo_cuont: 3\n", Nrf);

        document.Warnings.Select(w => w.ToString()).Should().Equal(
            "values.yaml:6:3: warning: 'rpo_cuont' is not an indicator of the rule set 'nrf-2023-2025' (did you mean 'rpo_count'?); its values are ignored");
        document.Warnings.Should().OnlyContain(w => w.Severity == DiagnosticSeverity.Warning);
        document.Values.Keys.Should().Equal("rpo_count");
    }

    [Fact]
    public void Parse_YearOutsideValidity_ReportsYear()
    {
        ValueErrors("entity: nrf\nyear: 2027\nreport: annual\nvalues:\n  rpo_count: 24\n", Nrf).Should().Equal(
            "values.yaml:2:7: the year 2027 is outside the rule set's validity 2023–2025");
    }

    [Fact]
    public void Parse_EntityOtherThanRuleSets_ReportsBothEntities()
    {
        ValueErrors("entity: vll\nyear: 2023\nreport: annual\nvalues:\n  rpo_count: 24\n", Nrf).Should().Equal(
            "values.yaml:1:9: these values are for 'vll', but the rule set 'nrf-2023-2025' is for 'nrf'");
    }

    [Fact]
    public void Parse_SwedishDecimalComma_ReadsExactDecimals()
    {
        var yaml = Header +
            "  revenue_tkr: \"12,5\"\n" +
            "  costs_tkr: 1 234,5\n" +
            "  equity_sek: \"1 234 567,25\"\n" +
            "  approved_deficit_tkr: -1 234,5\n" +
            "  rpo_count: 12,5\n" +
            "  self_rated_health_good_pct: {2023: {K: \"76,5\", M: 90}}\n";

        var document = LoadAssertions.Values(yaml, Nrf);

        document.Warnings.Should().BeEmpty();
        document.Find("revenue_tkr")!.Years[2023].Should().Be(12.5m);
        document.Find("costs_tkr")!.Years[2023].Should().Be(1234.5m);
        document.Find("equity_sek")!.Years[2023].Should().Be(1234567.25m);
        document.Find("approved_deficit_tkr")!.Years[2023].Should().Be(-1234.5m);
        document.Find("rpo_count")!.Years[2023].Should().Be(12.5m);
        document.Find("self_rated_health_good_pct")!.Keyed[2023].Should().Equal(new Dictionary<string, decimal> { ["K"] = 76.5m, ["M"] = 90m });
    }

    [Fact]
    public void Parse_JsonDocument_ReadsSameStructureWithExactValues()
    {
        const string json =
            "{\n" +
            "  \"entity\": \"nrf\",\n" +
            "  \"year\": 2023,\n" +
            "  \"report\": \"interim\",\n" +
            "  \"asOf\": \"2023-08-31\",\n" +
            "  \"values\": {\n" +
            "    \"rpo_count\": 24,\n" +
            "    \"care_pathway_feedback_to_skr\": true,\n" +
            "    \"website_visitors\": {\"2022\": 41200, \"2023\": 45900.5},\n" +
            "    \"self_rated_health_good_pct\": {\"2023\": {\"K\": 76.5, \"M\": 90}},\n" +
            "    \"bank_balance_sek\": [{\"date\": \"2023-01-31\", \"value\": 2350000}, {\"date\": \"2023-02-28\", \"value\": 1900000.75}]\n" +
            "  }\n" +
            "}\n";

        var document = ValuesLoader.Parse(json, "values.json", Nrf);

        document.Warnings.Should().BeEmpty();
        document.Entity.Should().Be("nrf");
        document.Year.Should().Be(2023);
        document.Report.Should().Be(ReportKind.Interim);
        document.AsOf.Should().Be(new DateOnly(2023, 8, 31));
        document.EffectivePeriod.Should().Be(ReportPeriod.Interim08);
        document.Find("rpo_count")!.Years.Should().Equal(new Dictionary<int, decimal> { [2023] = 24m });
        document.Find("care_pathway_feedback_to_skr")!.Flags.Should().Equal(new Dictionary<int, bool> { [2023] = true });
        document.Find("website_visitors")!.Years.Should().Equal(new Dictionary<int, decimal> { [2022] = 41200m, [2023] = 45900.5m });
        document.Find("self_rated_health_good_pct")!.Keyed[2023].Should().Equal(new Dictionary<string, decimal> { ["K"] = 76.5m, ["M"] = 90m });
        document.Find("bank_balance_sek")!.Series.Should().Equal(
            new DatedValue(new DateOnly(2023, 1, 31), 2350000m),
            new DatedValue(new DateOnly(2023, 2, 28), 1900000.75m));
    }

    [Fact]
    public void Parse_JsonWithTextValue_ReportsLineAndColumnOfValue()
    {
        const string json = "{\"entity\": \"nrf\", \"year\": 2023, \"report\": \"annual\", \"values\": {\"rpo_count\": \"x\"}}\n";

        var act = () => ValuesLoader.Parse(json, "values.json", Nrf);

        act.Should().Throw<NrfGoalsException>().Which.Diagnostics.Select(d => d.ToString()).Should().Equal(
            "values.json:1:77: 'rpo_count': 'x' is not a number");
    }

    [Fact]
    public void Parse_SeveralValueProblems_ReportsAllInFileOrder()
    {
        var yaml =
            "entity: vll\n" +
            "year: 2027\n" +
            "report: annual\n" +
            "values:\n" +
            "  rpo_count: tjugo\n" +
            "  rpo_cuont: 3\n" +
            "  self_rated_health_good_pct: {2027: {X: 1}}\n";

        ValueErrors(yaml, Nrf).Should().Equal(
            "values.yaml:1:9: these values are for 'vll', but the rule set 'nrf-2023-2025' is for 'nrf'",
            "values.yaml:2:7: the year 2027 is outside the rule set's validity 2023–2025",
            "values.yaml:5:14: 'rpo_count': 'tjugo' is not a number",
            "values.yaml:6:3: warning: 'rpo_cuont' is not an indicator of the rule set 'nrf-2023-2025' (did you mean 'rpo_count'?); its values are ignored",
            "values.yaml:7:39: 'X' is not a key of sex (did you mean 'K'?); 'self_rated_health_good_pct' for 2027 takes K, M, T");
    }
}
