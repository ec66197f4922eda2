using System.Collections.Immutable;
using Nrf.Goals.Reporting;
using Nrf.Goals.Reports;
using Nrf.Goals.Results;
using Nrf.Goals.Words;

namespace Nrf.Goals.Tests.Reporting;

/// <summary>
/// Numbers at the edge of decimal's range are written, never an overflow (exit 70): a share above 7,9e26 (NRF's mål 4
/// with bg_meetings_planned 1e-28) and a chart bar above 6,9e28 (issue 15).
/// </summary>
public sealed class HugeNumberTests
{
    [Fact]
    public void Percent_RatioWhoseHundredfoldOverflows_IsWrittenAsTheRatioTimesHundred()
    {
        NumberText.Percent(26_000_000_000_000_000_000_000_000_000m).Should().Be("26 000 000 000 000 000 000 000 000 000,0 × 100 %");
    }

    [Fact]
    public void Percent_LargestRatioThatScales_IsStillAPercentage()
    {
        NumberText.Percent(decimal.MaxValue / 100m).Should().EndWith(",0 %").And.NotContain("×");
    }

    [Fact]
    public void Write_ChartBarNearDecimalMaximum_DrawsTheBarAtItsShareOfTheTrack()
    {
        var chart = new ReportChart("Utfall", [new ChartBar("G1", decimal.MaxValue, 1m, "max", "1", GoalStatus.Met)]);

        var svg = SvgChart.Write(chart, ReportLanguage.Swedish);

        // 400 / 1,15 = 347,8: the larger value fills 1/1,15 of the track, the target sits at 0.
        svg.Should().Contain("width=\"347.8\" height=\"14\" class=\"actual\"").And.Contain("<line x1=\"0\" x2=\"0\"");
    }
}
