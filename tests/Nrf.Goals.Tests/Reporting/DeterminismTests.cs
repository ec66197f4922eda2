using System.Globalization;
using Nrf.Goals.Cli.Output;
using Nrf.Goals.Reporting;
using Nrf.Goals.Reports;
using Nrf.Goals.Words;

namespace Nrf.Goals.Tests.Reporting;

public sealed class DeterminismTests : IClassFixture<ReportFixture>
{
    private readonly ReportFixture _f;

    public DeterminismTests(ReportFixture fixture) => _f = fixture;

    [Theory]
    [InlineData("md")]
    [InlineData("html")]
    [InlineData("docx")]
    public void Render_SameInputsUnderSwedishAndAmericanCulture_ByteIdentical(string format)
    {
        var swedish = InCulture("sv-SE", () => ReportOutput.Render(EvaluationReport.Build(_f.RuleSet, _f.Interim, ReportLanguage.Swedish), format));
        var american = InCulture("en-US", () => ReportOutput.Render(EvaluationReport.Build(_f.RuleSet, _f.Interim, ReportLanguage.Swedish), format));
        var again = InCulture("en-US", () => ReportOutput.Render(EvaluationReport.Build(_f.RuleSet, _f.Interim, ReportLanguage.Swedish), format));

        american.Should().Equal(swedish);
        again.Should().Equal(american);
    }

    [Fact]
    public void Render_TrajectoryDocxTwice_ByteIdentical()
    {
        var first = ReportOutput.Render(TrajectoryReport.Build(_f.RuleSet, [_f.Interim, _f.Annual], ReportLanguage.Swedish), "docx");
        Thread.Sleep(2100); // zip entry times have a resolution of two seconds; a clock-stamped package would differ now
        var second = ReportOutput.Render(TrajectoryReport.Build(_f.RuleSet, [_f.Interim, _f.Annual], ReportLanguage.Swedish), "docx");

        second.Should().Equal(first);
    }

    private static byte[] InCulture(string name, Func<byte[]> render)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
            return render();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }
    }
}
