using Nrf.Goals.Model;

namespace Nrf.Goals.Tests.Loading;

/// <summary>When two kinds of period cover the same months, and when a value must say which it is.</summary>
public sealed class ValuePeriodNamesTests
{
    [Theory]
    [InlineData(ValuePeriod.Tertial, ValuePeriod.YearToDate, ReportPeriod.Interim04, true)]
    [InlineData(ValuePeriod.Tertial, ValuePeriod.YearToDate, ReportPeriod.Interim08, false)]
    [InlineData(ValuePeriod.Tertial, ValuePeriod.Year, ReportPeriod.Annual, false)]
    [InlineData(ValuePeriod.YearToDate, ValuePeriod.Year, ReportPeriod.Annual, true)]
    [InlineData(ValuePeriod.YearToDate, ValuePeriod.Year, ReportPeriod.Interim08, false)]
    [InlineData(ValuePeriod.AsOf, ValuePeriod.Tertial, ReportPeriod.Interim04, false)]
    [InlineData(ValuePeriod.AsOf, ValuePeriod.AsOf, ReportPeriod.Interim08, true)]
    public void Same_TwoKindsInAReport_AreTheSameOnlyWhenTheyCoverTheSameMonths(ValuePeriod stated, ValuePeriod declared, ReportPeriod report, bool same) =>
        ValuePeriodNames.Same(stated, declared, report).Should().Be(same);

    [Theory]
    [InlineData(ValuePeriod.Tertial, ReportPeriod.Interim04, true)]
    [InlineData(ValuePeriod.YearToDate, ReportPeriod.Interim04, true)]
    [InlineData(ValuePeriod.Year, ReportPeriod.Interim04, false)]
    [InlineData(ValuePeriod.Tertial, ReportPeriod.Interim08, false)]
    [InlineData(ValuePeriod.YearToDate, ReportPeriod.Interim08, false)]
    [InlineData(ValuePeriod.Year, ReportPeriod.Interim08, false)]
    [InlineData(ValuePeriod.Tertial, ReportPeriod.Annual, false)]
    [InlineData(ValuePeriod.Year, ReportPeriod.Annual, true)]
    [InlineData(ValuePeriod.AsOf, ReportPeriod.Interim08, true)]
    public void Unambiguous_AValueThatSaysNothing_IsOnlyReadWhereTheReportLeavesOneReading(ValuePeriod declared, ReportPeriod report, bool unambiguous) =>
        ValuePeriodNames.Unambiguous(declared, report).Should().Be(unambiguous);

    [Fact]
    public void Unambiguous_InterimReportOfUnknownPeriod_NeedsEveryCountToSay() =>
        ValuePeriodNames.Unambiguous(ValuePeriod.YearToDate, null).Should().BeFalse();

    [Theory]
    [InlineData("tertial", ValuePeriod.Tertial)]
    [InlineData("yearToDate", ValuePeriod.YearToDate)]
    [InlineData("Ackumulerat", ValuePeriod.YearToDate)]
    [InlineData("helår", ValuePeriod.Year)]
    [InlineData("nuläge", ValuePeriod.AsOf)]
    [InlineData("asOf", ValuePeriod.AsOf)]
    public void TryParse_EnglishAndSwedishNames_ReadTheKind(string text, ValuePeriod expected)
    {
        ValuePeriodNames.TryParse(text, out var period).Should().BeTrue();
        period.Should().Be(expected);
    }
}
