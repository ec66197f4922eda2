using System.Text;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Values;
using Nrf.Goals.Words;
using static Nrf.Goals.Tests.Loading.LoadAssertions;

namespace Nrf.Goals.Tests.Loading;

/// <summary>
/// Checks that YAML documents and tables once made apart, and that now exist once in the values builder: each format
/// gets what the other had, with the same words.
/// </summary>
public sealed class SharedValueChecksTests
{
    private static readonly Lazy<RuleSet> CountRules = new(() => RuleSetLoader.Parse(
        "id: counts\n" +
        "title: Räknade mått\n" +
        "entity: nrf\n" +
        "validity: {from: 2023, to: 2025}\n" +
        "policy: {operational: all, financial: all}\n" +
        "indicators:\n" +
        "  - {id: ansokningar, title: Ansökningar per dag, unit: antal, by: date}\n" +
        "  - {id: besok, title: Besök, unit: antal}\n" +
        "  - {id: reserv, title: Reserv, unit: antal}\n" +
        "goals:\n" +
        "  - {id: m1, title: Ansökningar, category: operational, criterion: max(ansokningar) >= 1}\n" +
        "  - {id: m2, title: Besök, category: operational, criterion: besok >= 1}\n",
        "counts.yaml"));

    [Fact]
    public void Yaml_NegativeCountInADatedSeries_IsRefusedAsInATable()
    {
        var yaml = "entity: nrf\nyear: 2023\nreport: annual\nvalues:\n  ansokningar:\n    - {date: 2023-03-01, value: -4}\n";
        var csv = "indicator;year;breakdown;value;date\r\nansokningar;2023;;-4;2023-03-01\r\n";

        ValueErrors(yaml, CountRules.Value).Should().Equal(
            "values.yaml:6:7: 'ansokningar' on 2023-03-01 is a count (antal) and cannot be negative, but it is -4");
        TableRules.Errors(Encoding.UTF8.GetBytes(csv), "values.csv", CountRules.Value).Should().Equal(
            "values.csv:2:19: 'ansokningar' on 2023-03-01 (column value) is a count (antal) and cannot be negative, but it is -4");
    }

    [Fact]
    public void Table_ValuesOfAnIndicatorNoGoalUses_WarnAsInYaml()
    {
        var yaml = "entity: nrf\nyear: 2023\nreport: annual\nvalues:\n  besok: 12\n  reserv: 3\n";
        var csv = "indicator;year;breakdown;value\r\nbesok;2023;;12\r\nreserv;2023;;3\r\nreserv;2024;;4\r\n";

        LoadAssertions.Values(yaml, CountRules.Value).Warnings.Select(w => w.ToString()).Should().Equal(
            "values.yaml:6:3: warning: no goal of the rule set 'counts' uses 'reserv'; its values are checked but not used");
        var table = TableRules.Load(Encoding.UTF8.GetBytes(csv), "values.csv", CountRules.Value);
        table.Warnings.Select(w => w.ToString()).Should().Equal(
            "values.csv:3:1: warning: no goal of the rule set 'counts' uses 'reserv'; its values are checked but not used");
        table.Find("reserv")!.Years.Should().Equal(new Dictionary<int, decimal> { [2023] = 3m, [2024] = 4m });
    }

    [Theory]
    [InlineData("genomförd", ActivityState.Done)]
    [InlineData("Pågår", ActivityState.InProgress)]
    [InlineData("inte påbörjad", ActivityState.NotStarted)]
    [InlineData("not-started", ActivityState.NotStarted)]
    public void ActivityStateNames_ActivityStates_ReadInSwedishAndEnglish(string text, ActivityState expected)
    {
        ActivityStateNames.TryParse(text, out var state).Should().BeTrue();

        state.Should().Be(expected);
    }

    [Fact]
    public void Names_WordsThatAreNoName_SayWhatToWrite()
    {
        ActivityStateNames.TryParse("klar", out _).Should().BeFalse();
        GoalStatusNames.TryParseAssessment("nästan", out _).Should().BeFalse();
        GoalStatusNames.TryParseAssessment("monitored", out _).Should().BeFalse();
        ReportPeriodNames.TryParse("DÅ 12", out _).Should().BeFalse();
        ValuePeriodNames.TryParse("kvartal", out _).Should().BeFalse();

        ActivityStateNames.Refusal("klar", "'metodbank'").Should().Be(
            "the status of the activity 'metodbank' is 'klar'; it must be done, in-progress or not-started (genomförd, pågår, ej påbörjad)");
        GoalStatusNames.AssessmentRefusal("nästan", "'metodbank'").Should().Be(
            "the status of 'metodbank' is 'nästan'; it must be met, partly-met or not-met (uppfyllt, delvis uppfyllt, ej uppfyllt)");
        (ReportPeriodNames.ExpectedAsWritten, ValuePeriodNames.Expected).Should().Be(
            ("DÅ 04, DÅ 08 or ÅR", "tertial, yearToDate, year or asOf (in Swedish tertial, ackumulerat, helår, nuläge)"));
    }

    [Theory]
    [InlineData("delvis uppfyllt", GoalStatus.PartlyMet)]
    [InlineData("Inte uppfyllt", GoalStatus.NotMet)]
    [InlineData("partly-met", GoalStatus.PartlyMet)]
    [InlineData("DÅ 08", ReportPeriod.Interim08)]
    [InlineData("ackumulerat", ValuePeriod.YearToDate)]
    public void Names_SwedishNames_AreRead(string text, object expected)
    {
        object? read = expected switch
        {
            GoalStatus => GoalStatusNames.TryParseAssessment(text, out var status) ? status : null,
            ReportPeriod => ReportPeriodNames.TryParse(text, out var period) ? period : null,
            _ => ValuePeriodNames.TryParse(text, out var covers) ? covers : null,
        };

        read.Should().Be(expected);
    }
}
