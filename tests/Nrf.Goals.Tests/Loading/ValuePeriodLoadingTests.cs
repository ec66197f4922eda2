using System.Text;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using static Nrf.Goals.Tests.Loading.LoadAssertions;

namespace Nrf.Goals.Tests.Loading;

/// <summary>Issue 14, item 5: a value of another kind of period than its indicator declares is an error, never compared.</summary>
public sealed class ValuePeriodLoadingTests
{
    private const string Rules =
        "id: period-test\n" +
        "title: Perioder\n" +
        "entity: region\n" +
        "validity: {from: 2020, to: 2022}\n" +
        "policy: {operational: all, financial: all}\n" +
        "indicators:\n" +
        "  - {id: visits, title: Distansbesök, unit: antal, period: tertial, baseline: {year: 2019, tertial: T1, value: 1232}}\n" +
        "  - {id: overtime, title: Extratid, unit: h, period: year, baseline: {year: 2018, value: 382786}}\n" +
        "  - {id: waiting, title: Väntat högst 90 dagar, unit: '%', period: asOf}\n" +
        "goals:\n" +
        "  - {id: g1, title: Distansbesök, category: operational, criterion: {byPeriod: {DÅ04: visits > baseline(visits), DÅ08: visits > previous(visits)}}}\n" +
        "  - {id: g2, title: Extratid, category: operational, criterion: overtime < baseline(overtime)}\n" +
        "  - {id: g3, title: Väntetid, category: operational, criterion: waiting >= 100}\n";

    private static readonly Lazy<RuleSet> RuleSet = new(() => RuleSetLoader.Parse(Rules, "rules.yaml"));

    private static string Document(string header, string values) =>
        "entity: region\nyear: 2020\n" + header + "values:\n" + values;

    [Fact]
    public void Parse_TertialValueInDa08WithoutStatement_FailsAtTheValueSayingHowToState()
    {
        var errors = ValueErrors(Document("report: interim\nperiod: DÅ08\n", "  visits: {2019: 1480, 2020: 3950}\n"), RuleSet.Value);

        errors.Should().Equal(
            "values.yaml:6:3: 'visits' is declared with period: tertial, so its value here is the tertial T2 (May–August), but in DÅ 08 a value could cover the tertial T2 (May–August), the year to date (January–August) or the whole year (the forecast); say which with covers: {visits: tertial}");
    }

    [Fact]
    public void Parse_StatementOfAnotherKind_FailsAtTheStatement()
    {
        var errors = ValueErrors(Document("report: interim\nperiod: DÅ08\ncovers: {visits: yearToDate}\n", "  visits: 3950\n"), RuleSet.Value);

        errors.Should().Equal(
            "values.yaml:5:18: 'visits' is declared with period: tertial, so its value here is the tertial T2 (May–August), but the values say they cover the year to date (January–August); send the value for the tertial T2 (May–August) and state covers: {visits: tertial}");
    }

    [Fact]
    public void Parse_CoversForAnIndicatorWithoutAPeriod_WarnsAtTheStatementThatItIsNotUsed()
    {
        var withoutPeriod = RuleSetLoader.Parse(Rules.Replace("unit: h, period: year,", "unit: h,", StringComparison.Ordinal), "rules.yaml");

        var document = LoadAssertions.Values(Document("report: annual\ncovers: {overtime: year}\n", "  overtime: 380000\n"), withoutPeriod);

        document.Warnings.Select(w => w.ToString()).Should().Equal(
            "values.yaml:4:20: warning: the values say 'overtime' covers year, but the rule set 'period-test' declares no period for 'overtime', so the statement is not used");
    }

    [Fact]
    public void Parse_TertialValueInDa08StatedAsTertial_Loads()
    {
        var document = LoadAssertions.Values(Document("report: interim\nperiod: DÅ08\ncovers: {visits: tertial}\n", "  visits: 3950\n"), RuleSet.Value);

        document.Covers.Should().Equal(new Dictionary<string, ValuePeriod> { ["visits"] = ValuePeriod.Tertial });
        document.Find("visits")!.Years[2020].Should().Be(3950m);
    }

    [Fact]
    public void Parse_Da04_TertialIsTheYearToDate_SoNoStatementAndYearToDateStatementBothLoad()
    {
        LoadAssertions.Values(Document("report: interim\nasOf: 2020-04-30\n", "  visits: 1233\n"), RuleSet.Value).Covers.Should().BeEmpty();
        LoadAssertions.Values(Document("report: interim\nasOf: 2020-04-30\ncovers: {visits: ackumulerat}\n", "  visits: 1233\n"), RuleSet.Value)
            .Covers["visits"].Should().Be(ValuePeriod.YearToDate);
    }

    [Fact]
    public void Parse_Da04_YearWithoutStatement_FailsBecauseTheForecastIsNotTheFirstTertial()
    {
        var errors = ValueErrors(Document("report: interim\nasOf: 2020-04-30\n", "  overtime: 120000\n"), RuleSet.Value);

        errors.Should().Equal(
            "values.yaml:6:3: 'overtime' is declared with period: year, so its value here is the whole year (the forecast), but in DÅ 04 a value could cover the tertial T1 (January–April), the year to date (January–April) or the whole year (the forecast); say which with covers: {overtime: year}");
    }

    [Fact]
    public void Parse_Annual_YearNeedsNoStatementButTheTertialT3Does()
    {
        LoadAssertions.Values(Document("report: annual\n", "  overtime: 370000\n  waiting: 58\n"), RuleSet.Value).Covers.Should().BeEmpty();

        var errors = ValueErrors(Document("report: annual\n", "  visits: 900\n"), RuleSet.Value);

        errors.Should().Equal(
            "values.yaml:5:3: 'visits' is declared with period: tertial, so its value here is the tertial T3 (September–December), but in ÅR a value could cover the tertial T3 (September–December), the year to date (January–December) or the whole year; say which with covers: {visits: tertial}");
    }

    [Fact]
    public void Parse_StateOnTheCutOffStatedAsAFlow_Fails()
    {
        var errors = ValueErrors(Document("report: interim\nperiod: DÅ08\ncovers: {waiting: tertial}\n", "  waiting: 58\n"), RuleSet.Value);

        errors.Should().Equal(
            "values.yaml:5:19: 'waiting' is declared with period: asOf, so its value here is the state on 31 August, but the values say they cover the tertial T2 (May–August); send the value for the state on 31 August and state covers: {waiting: asOf}");
    }

    [Fact]
    public void Parse_CoversWithUnknownKindOrIndicator_FailsAtTheEntry()
    {
        var errors = ValueErrors(Document("report: annual\ncovers: {visits: quarter, visit: tertial}\n", "  overtime: 1\n"), RuleSet.Value);

        errors.Should().Equal(
            "values.yaml:4:18: covers says the values of 'visits' cover 'quarter'; write tertial, yearToDate, year or asOf (in Swedish tertial, ackumulerat, helår, nuläge)",
            "values.yaml:4:27: covers names 'visit', which is not an indicator of the rule set 'period-test' (did you mean 'visits'?)");
    }

    [Fact]
    public void Load_CsvTertialRowsInDa08_NeedTheCoversColumnAndAcceptAvserTertial()
    {
        var overrides = new ValuesHeaderOverrides { Period = ReportPeriod.Interim08 };
        var without = "indikator;år;värde\r\nvisits;2020;3950\r\n";
        TableRules.Errors(Encoding.UTF8.GetBytes(without), "values.csv", RuleSet.Value, overrides).Should().Equal(
            "values.csv:2:1: 'visits' is declared with period: tertial, so its value here is the tertial T2 (May–August), but in DÅ 08 a value could cover the tertial T2 (May–August), the year to date (January–August) or the whole year (the forecast); say which with 'tertial' in the covers (avser) column of the rows of 'visits'");

        var with = "indikator;år;värde;avser\r\nvisits;2019;1480;tertial\r\nvisits;2020;3950;Tertial\r\n";
        var document = TableRules.Load(Encoding.UTF8.GetBytes(with), "values.csv", RuleSet.Value, overrides);
        document.Covers["visits"].Should().Be(ValuePeriod.Tertial);
    }

    [Fact]
    public void Load_CsvRowsOfOneIndicatorCoveringTwoKinds_FailAtTheSecondCell()
    {
        var csv = "indikator;år;värde;avser\r\nvisits;2019;1480;tertial\r\nvisits;2020;3950;ackumulerat\r\n";
        TableRules.Errors(Encoding.UTF8.GetBytes(csv), "values.csv", RuleSet.Value, new ValuesHeaderOverrides { Period = ReportPeriod.Interim08 }).Should().Equal(
            "values.csv:3:18: 'visits' is said to cover yearToDate here (column avser) but tertial on line 2; one indicator's values cover one kind of period");
    }

    [Fact]
    public void Parse_OneTertialBaselineComparedInAnotherReport_FailsAtThePart()
    {
        var errors = RuleErrors(Rules.Replace("DÅ08: visits > previous(visits)", "DÅ08: visits > baseline(visits)", StringComparison.Ordinal));

        errors.Should().Equal(
            "rules.yaml:11:120: the baseline of 'visits' is for the tertial T1, which only DÅ 04 reports; compare it in a byPeriod case for DÅ 04, not in DÅ 08");
    }

    [Fact]
    public void Parse_TertialBaselineWithoutTertialPeriodOrUnknownPeriodName_Fails()
    {
        var errors = RuleErrors(Rules
            .Replace("period: tertial, baseline", "baseline", StringComparison.Ordinal)
            .Replace("period: asOf", "period: quarterly", StringComparison.Ordinal));

        errors.Should().Equal(
            "rules.yaml:7:62: the baseline of indicator 'visits' is for the tertial T1, so its values must be per tertial too; declare 'period: tertial'",
            "rules.yaml:9:68: the period of indicator 'waiting' is 'quarterly'; it must be tertial, yearToDate, year or asOf (in Swedish tertial, ackumulerat, helår, nuläge)");
    }
}
