using System.Text;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.Reporting;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Tables;
using Nrf.Goals.Values;
using static Nrf.Goals.Tests.Loading.TableRules;

namespace Nrf.Goals.Tests.Loading;

/// <summary>Values tables from CSV as Swedish Excel writes them: quirks read exactly, every error located and worded plainly.</summary>
public sealed class CsvValuesTests
{
    private const string Header = "indicator;year;breakdown;value\r\n";

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Utf8WithBom(string text) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];

    private static byte[] Windows1252(string text) => CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text);

    [Fact]
    public void Load_SwedishExcelCsvWithBom_ReadsDecimalCommaAndSpaceThousands()
    {
        var csv = "indikator;år;nedbrytning;värde\r\n" +
                  "revenue_tkr;2023;;61\u00A0250,5\r\n" +
                  "costs_tkr;2023;;60\u202F980,25\r\n" +
                  "equity_sek;2023;;3 420 000\r\n" +
                  "national_group_share_pct;2023;norrbotten;15,5\r\n" +
                  "rpo_count;2023;;24\r\n";

        var document = Load(Utf8WithBom(csv), "values.csv", NrfRuleSet);

        document.Find("revenue_tkr")!.Years.Should().Equal(new Dictionary<int, decimal> { [2023] = 61250.5m });
        document.Find("costs_tkr")!.Years.Should().Equal(new Dictionary<int, decimal> { [2023] = 60980.25m });
        document.Find("equity_sek")!.Years.Should().Equal(new Dictionary<int, decimal> { [2023] = 3420000m });
        document.Find("national_group_share_pct")!.Keyed[2023].Should().Equal(new Dictionary<string, decimal> { ["norrbotten"] = 15.5m });
        document.Find("rpo_count")!.Years.Should().Equal(new Dictionary<int, decimal> { [2023] = 24m });
        document.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Load_SameTableWithAndWithoutBom_GivesTheSameValues()
    {
        var csv = Header + "revenue_tkr;2023;;61 250,5\r\nwebsite_visitors;2022;;41 200\r\nwebsite_visitors;2023;;45 900\r\n";

        var withBom = Load(Utf8WithBom(csv), "values.csv", NrfRuleSet);
        var without = Load(Utf8(csv), "values.csv", NrfRuleSet);

        without.Values.Keys.Should().Equal(withBom.Values.Keys);
        without.Find("website_visitors")!.Years.Should().Equal(withBom.Find("website_visitors")!.Years);
        without.Find("website_visitors")!.Years.Should().Equal(new Dictionary<int, decimal> { [2022] = 41200m, [2023] = 45900m });
    }

    [Fact]
    public void Load_Windows1252_ReadsÅÄÖInBreakdownKeysAndComments()
    {
        var csv = "indikator;år;nedbrytning;värde;kommentar\r\n" +
                  "invanare;2023;luleå;79 000;\r\n" +
                  "invanare;2023;älvsbyn;8 100;\r\n" +
                  "metodbank;2023;;delvis uppfyllt;Påbörjad i två förvaltningar, återstår Älvsbyn\r\n";

        var document = Load(Windows1252(csv), "värden.csv", Kommun);

        document.Find("invanare")!.Keyed[2023].Should().Equal(new Dictionary<string, decimal> { ["luleå"] = 79000m, ["älvsbyn"] = 8100m });
        document.Find("metodbank")!.Assessment.Should().Be(new ManualAssessment(GoalStatus.PartlyMet, "Påbörjad i två förvaltningar, återstår Älvsbyn", null));
    }

    [Fact]
    public void Load_QuotedFieldsCrlfAndTrailingEmptyLines_ReadsEveryValue()
    {
        var csv = "indicator;year;breakdown;value;date;comment\r\n" +
                  "\"metodbank\";\"2023\";;\"met\";;\"Klar; se \"\"Metodbanken\"\"\r\npå intranätet\"\r\n" +
                  "saldo;;;\"1 250 000,50\";2023-01-31;\r\n" +
                  "saldo;2023;;-3 000;2023-03-31;\r\n" +
                  "klart;2023;;SANT;;\r\n" +
                  ";;;;;\r\n" +
                  "\r\n\r\n";

        var document = Load(Utf8(csv), "values.csv", Kommun);

        document.Find("metodbank")!.Assessment.Should().Be(new ManualAssessment(GoalStatus.Met, "Klar; se \"Metodbanken\"\r\npå intranätet", null));
        document.Find("saldo")!.Series.Should().Equal(new DatedValue(new DateOnly(2023, 1, 31), 1250000.50m), new DatedValue(new DateOnly(2023, 3, 31), -3000m));
        document.Find("klart")!.Flags.Should().Equal(new Dictionary<int, bool> { [2023] = true });
        (document.Entity, document.Year, document.Report, document.Period).Should().Be(("testkommun", 2023, ReportKind.Annual, (ReportPeriod?)null));
    }

    [Fact]
    public void Load_NoHeaderGiven_DefaultsToRuleSetEntityLatestYearAndAnnualReport()
    {
        var csv = Header + "website_visitors;2022;;41 200\r\nwebsite_visitors;2024;;45 900\r\nrpo_count;;;24\r\n";

        var document = Load(Utf8(csv), "values.csv", NrfRuleSet);

        (document.Entity, document.Year, document.Report, document.EffectivePeriod).Should().Be(("nrf", 2024, ReportKind.Annual, (ReportPeriod?)ReportPeriod.Annual));
        document.Find("rpo_count")!.Years.Should().Equal(new Dictionary<int, decimal> { [2024] = 24m });
    }

    [Fact]
    public void Load_HeaderOverrides_ReplaceTheDefaults()
    {
        var csv = Header + "website_visitors;2022;;41 200\r\nwebsite_visitors;2023;;45 900\r\nrpo_count;;;24\r\n";
        var overrides = new ValuesHeaderOverrides { Year = 2022, Report = ReportKind.Interim, Period = ReportPeriod.Interim08, AsOf = new DateOnly(2022, 8, 31) };

        var rules = RuleSetLoader.Parse(File.ReadAllText(RepositoryPaths.Rules("nrf/2023-2025.yaml")).Replace("validity: {from: 2023, to: 2025}", "validity: {from: 2022, to: 2025}", StringComparison.Ordinal), "nrf.yaml");
        var document = Load(Utf8(csv), "values.csv", rules, overrides);

        (document.Entity, document.Year, document.Report, document.Period, document.AsOf).Should().Be(("nrf", 2022, ReportKind.Interim, (ReportPeriod?)ReportPeriod.Interim08, (DateOnly?)new DateOnly(2022, 8, 31)));
        document.Find("rpo_count")!.Years.Should().Equal(new Dictionary<int, decimal> { [2022] = 24m });
    }

    [Fact]
    public void Load_ShippedCsvExample_EvaluatesExactlyLikeTheYamlExample()
    {
        var compiled = new NRulesCompiler().Compile(NrfRuleSet);

        var fromYaml = compiled.Evaluate(ValuesTables.Load(RepositoryPaths.Examples("nrf-2023-annual.yaml"), NrfRuleSet));
        // The table names no report: the period given says what the YAML header says, so nothing is assumed.
        var fromCsv = compiled.Evaluate(ValuesTables.Load(RepositoryPaths.Examples("nrf-2023-annual.csv"), NrfRuleSet, new ValuesHeaderOverrides { Period = ReportPeriod.Annual }));

        JsonReport.Write(fromCsv).Should().Be(JsonReport.Write(fromYaml));
        fromCsv.Verdict.Status.Should().Be(fromYaml.Verdict.Status);
        fromCsv.Goals.Select(g => (g.Id, g.Status, g.Explanation)).Should().Equal(fromYaml.Goals.Select(g => (g.Id, g.Status, g.Explanation)));
    }

    [Fact]
    public void Load_TextInValueCell_NamesFileLineAndColumn()
    {
        Errors(Utf8(Header + "rpo_count;2023;;24\r\nbg_meetings_planned;2023;;tjugonio\r\n"), "values.csv", NrfRuleSet).Should().Equal(
            "values.csv:3:27: 'bg_meetings_planned' for 2023 (column value): 'tjugonio' is not a number");
    }

    [Fact]
    public void Load_SeriesObservationInTheNextJanuary_DoesNotMoveTheAssessedYear()
    {
        var csv = "indicator;year;breakdown;value;date\r\nrpo_count;2023;;24;\r\nbank_balance_sek;;;2350000;2023-12-31\r\nbank_balance_sek;;;2100000;2024-01-31\r\n";

        Load(Utf8(csv), "values.csv", NrfRuleSet).Year.Should().Be(2023);
    }

    [Fact]
    public void Load_OnlySeriesDates_TakeTheYearFromTheLatestDate()
    {
        var csv = "indicator;year;breakdown;value;date\r\nbank_balance_sek;;;2350000;2023-12-31\r\nbank_balance_sek;;;2100000;2024-01-31\r\n";

        Load(Utf8(csv), "values.csv", NrfRuleSet).Year.Should().Be(2024);
    }

    [Fact]
    public void Load_Utf16Text_SaysHowToSaveIt()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Header + "rpo_count;2023;;24\r\n")).ToArray();

        Errors(bytes, "values.csv", NrfRuleSet).Should().Equal(
            "values.csv:1:1: the file is UTF-16 text; save it as 'CSV UTF-8 (kommaavgränsad)' or 'CSV (semikolonavgränsad)'");
    }

    [Fact]
    public void Load_NegativeCount_IsRefusedAsInYaml()
    {
        Errors(Utf8(Header + "bg_meetings_planned;2023;;-29\r\nrevenue_tkr;2023;;-5\r\n"), "values.csv", NrfRuleSet).Should().Equal(
            "values.csv:2:27: 'bg_meetings_planned' for 2023 (column value) is a count (antal) and cannot be negative, but it is -29");
    }

    [Fact]
    public void Load_NanAndHugeNumbers_AreRefused()
    {
        Errors(Utf8(Header + "rpo_count;2023;;NaN\r\ncosts_tkr;2023;;1e400\r\n"), "values.csv", NrfRuleSet).Should().Equal(
            "values.csv:2:17: 'rpo_count' for 2023 (column value): 'NaN' is not a number that can be reported; write a finite number",
            "values.csv:3:17: 'costs_tkr' for 2023 (column value): '1e400' is too large or too precise for a decimal number");
    }

    [Fact]
    public void Load_BadYearAndDate_NameTheirCells()
    {
        Errors(Utf8("indicator;year;breakdown;value;date\r\nrpo_count;23;;24;\r\nbank_balance_sek;2023;;1;2023-02-30\r\nbank_balance_sek;2023;;1;31/01/2023\r\n"), "values.csv", NrfRuleSet).Should().Equal(
            "values.csv:2:11: the year of 'rpo_count' (column year) should be a year like 2023, not '23'",
            "values.csv:3:26: the date of 'bank_balance_sek' (column date): 2023-02-30 is not a date in the calendar",
            "values.csv:4:26: the date of 'bank_balance_sek' (column date) should be a date written yyyy-mm-dd, not '31/01/2023'");
    }

    [Fact]
    public void Load_BreakdownProblems_AreReportedAtTheBreakdownCell()
    {
        Errors(Utf8(Header + "self_rated_health_good_pct;2023;Q;76\r\nrpo_count;2023;K;24\r\nself_rated_health_good_pct;2023;;76\r\n"), "values.csv", NrfRuleSet).Should().Equal(
            "values.csv:2:33: 'Q' is not a key of sex (did you mean 'K'?); 'self_rated_health_good_pct' takes K, M, T (column breakdown)",
            "values.csv:3:16: 'rpo_count' is not broken down by any key; leave breakdown empty (column breakdown)",
            "values.csv:4:33: 'self_rated_health_good_pct' is broken down by sex; give the key (K, M, T) in a breakdown column (column breakdown)");
    }

    [Fact]
    public void Load_SeriesWithoutDate_AsksForTheDateColumn()
    {
        Errors(Utf8(Header + "bank_balance_sek;2023;;2 350 000\r\n"), "values.csv", NrfRuleSet).Should().Equal(
            "values.csv:2:1: 'bank_balance_sek' is a dated series; give each observation's date (yyyy-mm-dd) in a date column (column indicator)");
    }

    [Fact]
    public void Load_DuplicateRows_PointAtTheSecondAndNameTheFirst()
    {
        var csv = "indicator;year;breakdown;value;date\r\n" +
                  "rpo_count;2023;;24;\r\n" +
                  "self_rated_health_good_pct;2023;K;76;\r\n" +
                  "bank_balance_sek;2023;;1;2023-01-31\r\n" +
                  "rpo_count;2023;;25;\r\n" +
                  "self_rated_health_good_pct;2023;K;77;\r\n" +
                  "bank_balance_sek;2023;;2;2023-01-31\r\n";

        Errors(Utf8(csv), "values.csv", NrfRuleSet).Should().Equal(
            "values.csv:5:17: 'rpo_count' for 2023 is given twice (first on line 2); keep one row",
            "values.csv:6:35: 'self_rated_health_good_pct' for 2023, K is given twice (first on line 3); keep one row",
            "values.csv:7:24: 'bank_balance_sek' on 2023-01-31 is given twice (first on line 4); keep one row");
    }

    [Fact]
    public void Load_YesNoAndAssessmentWords_AreChecked()
    {
        var csv = "indicator;year;breakdown;value\r\nklart;2023;;kanske\r\nmetodbank;2023;;nästan\r\n";

        Errors(Utf8(csv), "values.csv", Kommun).Should().Equal(
            "values.csv:2:13: 'klart' for 2023 (column value) is yes/no: write true or false (ja/nej, SANT/FALSKT), not 'kanske'",
            "values.csv:3:17: the status of 'metodbank' is 'nästan'; it must be met, partly-met or not-met (uppfyllt, delvis uppfyllt, ej uppfyllt) (column value)");
    }

    [Fact]
    public void Load_MissingValueAndMissingIndicator_AreErrors()
    {
        Errors(Utf8(Header + "rpo_count;2023;;\r\n;2023;;24\r\n"), "values.csv", NrfRuleSet).Should().Equal(
            "values.csv:2:17: 'rpo_count' for 2023 has no value (column value); write the value or delete the row",
            "values.csv:3:1: the indicator is missing (column indicator); every row names the indicator its value is for");
    }

    [Fact]
    public void Load_UndeclaredIndicator_WarnsOnceAndIgnoresItsRows()
    {
        var document = Load(Utf8(Header + "rpo_cuont;2022;;20\r\nrpo_cuont;2023;;24\r\nrpo_count;2023;;24\r\n"), "values.csv", NrfRuleSet);

        document.Warnings.Select(w => w.ToString()).Should().Equal(
            "values.csv:2:1: warning: 'rpo_cuont' is not an indicator of the rule set 'nrf-2023-2025' (did you mean 'rpo_count'?); its values are ignored");
        document.Values.Keys.Should().Equal("rpo_count");
    }

    [Fact]
    public void Load_YearOutsideValidityAndNoYear_AreHeaderErrors()
    {
        Errors(Utf8(Header + "rpo_count;2026;;24\r\n"), "values.csv", NrfRuleSet).Should().Equal(
            "values.csv:1:1: the year 2026 is outside the rule set's validity 2023–2025");
        Errors(Utf8(Header + "rpo_count;;;24\r\n"), "values.csv", NrfRuleSet).Should().Equal(
            "values.csv:1:1: the file gives no year: fill the year column (or the date column of dated series) or give the year (--year)");
    }

    [Fact]
    public void Load_EntityOverrideForAnotherEntity_IsRefused()
    {
        Errors(Utf8(Header + "rpo_count;2023;;24\r\n"), "values.csv", NrfRuleSet, new ValuesHeaderOverrides { Entity = "region-norrbotten" }).Should().Equal(
            "values.csv:1:1: these values are for 'region-norrbotten', but the rule set 'nrf-2023-2025' is for 'nrf'");
    }

    [Fact]
    public void Load_UnknownAndMissingColumns_ExplainTheHeaderRow()
    {
        Errors(Utf8("indicator;year;breakdown;vaerde\r\nrpo_count;2023;;24\r\n"), "values.csv", NrfRuleSet).Should().Equal(
            "values.csv:1:26: the column 'vaerde' is not a column of a values table (did you mean 'värde'?); the columns are indicator;year;breakdown;value (and date, comment, covers when needed; in Swedish indikator;år;nedbrytning;värde;datum;kommentar;avser)");
        Errors(Utf8("indicator;year\r\nrpo_count;2023\r\n"), "values.csv", NrfRuleSet).Should().Equal(
            "values.csv:1:1: the first row should name the columns indicator;year;breakdown;value (and date, comment, covers when needed; in Swedish indikator;år;nedbrytning;värde;datum;kommentar;avser); the column value is missing (found 'indicator;year')");
    }

    [Fact]
    public void Load_CommaSeparatedFile_AsksForSemicolons()
    {
        Errors(Utf8("indicator,year,breakdown,value\r\nrpo_count,2023,,24\r\n"), "values.csv", NrfRuleSet).Should().Equal(
            "values.csv:1:1: the columns are separated by ','; values tables use ';' as Swedish Excel writes them (save as 'CSV (semikolonavgränsad)' or 'CSV UTF-8')");
    }

    [Fact]
    public void Load_EmptyFile_SaysWhatTheFirstRowShouldBe()
    {
        Errors(Utf8(string.Empty), "values.csv", NrfRuleSet).Should().Equal(
            "values.csv:1:1: the file is empty; its first row should name the columns indicator;year;breakdown;value (and date, comment, covers when needed; in Swedish indikator;år;nedbrytning;värde;datum;kommentar;avser)");
    }

    [Fact]
    public void Load_UnknownExtension_IsAClearError()
    {
        var path = Path.Combine(Path.GetTempPath(), $"nrf-goals-{Guid.NewGuid():N}.txt");
        var act = () => ValuesTables.Load(path, NrfRuleSet);

        act.Should().Throw<Diagnostics.NrfGoalsException>().Which.Diagnostics.Select(d => d.ToString()).Should().Equal(
            $"{path}:1:1: '.txt' is not a values format; use .yaml, .yml, .json, .csv or .xlsx");
        Errors([], "values.xls", NrfRuleSet).Should().Equal(
            "values.xls:1:1: old Excel files (.xls) are not read; save the workbook as .xlsx (Excel-arbetsbok) or as CSV");
    }

    [Fact]
    public void Parse_YamlWithHeaderOverrides_UsesTheOverriddenHeader()
    {
        var yaml = "entity: nrf\nyear: 2023\nreport: annual\nvalues:\n  rpo_count: 24\n";

        var document = ValuesLoader.Parse(yaml, "values.yaml", NrfRuleSet, new ValuesHeaderOverrides { Year = 2024, Report = ReportKind.Interim, Period = ReportPeriod.Interim04 });

        (document.Year, document.Report, document.Period).Should().Be((2024, ReportKind.Interim, (ReportPeriod?)ReportPeriod.Interim04));
        document.Find("rpo_count")!.Years.Should().Equal(new Dictionary<int, decimal> { [2024] = 24m });
    }

    [Fact]
    public void Parse_YamlMissingYearGivenAsOverride_IsAccepted()
    {
        var document = ValuesLoader.Parse("entity: nrf\nreport: annual\nvalues:\n  rpo_count: 24\n", "values.yaml", NrfRuleSet, new ValuesHeaderOverrides { Year = 2023 });

        document.Year.Should().Be(2023);
    }

    [Fact]
    public void Load_BrokenQuotes_AreReportedOnOneLineEach()
    {
        var csv = Header + "rpo_count;2023;;2\"4\r\nbg_meetings_planned;2023;;\"29\r\nhta_cases;2023;;14\r\n";

        Errors(Utf8(csv), "values.csv", NrfRuleSet).Should().Equal(
            "values.csv:2:1: the quotes of this row are broken (rpo_count;2023;;2\"4); put a cell that holds ';' or '\"' in quotes and double the quote inside (\"\")",
            "values.csv:2:17: 'rpo_count' for 2023 (column value): '2\"4' is not a number",
            "values.csv:3:1: a quoted cell is never closed: a '\"' is missing, so the rest of the file would be one cell",
            "values.csv:3:27: 'bg_meetings_planned' for 2023 (column value): '29 ↵ hta_cases;2023;;14' is not a number");
    }

    [Fact]
    public void Load_ErrorAfterAMultiLineCell_PointsAtTheRightLine()
    {
        var csv = "indicator;year;breakdown;value;date;comment\r\n" +
                  "metodbank;2023;;met;;\"Två\r\nrader\"\r\n" +
                  "resultat;2023;;minus tre;;\r\n";

        Errors(Utf8(csv), "values.csv", Kommun).Should().Equal(
            "values.csv:4:16: 'resultat' for 2023 (column value): 'minus tre' is not a number");
    }
}
