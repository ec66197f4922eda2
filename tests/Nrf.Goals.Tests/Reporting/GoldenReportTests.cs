using Nrf.Goals.Reporting;
using Nrf.Goals.Reports;
using Nrf.Goals.Words;

namespace Nrf.Goals.Tests.Reporting;

public sealed class GoldenReportTests : IClassFixture<ReportFixture>
{
    private readonly ReportFixture _f;

    public GoldenReportTests(ReportFixture fixture) => _f = fixture;

    [Fact]
    public void MarkdownReport_NrfAnnualExample_MatchesGoldenFile() =>
        GoldenFile.AssertMatches("nrf-2023-annual.sv.md", MarkdownReport.Write(EvaluationReport.Build(_f.RuleSet, _f.Annual, ReportLanguage.Swedish)));

    [Fact]
    public void MarkdownReport_NotMetInterimExample_MatchesGoldenFile() =>
        GoldenFile.AssertMatches("nrf-2023-interim-da08.sv.md", MarkdownReport.Write(EvaluationReport.Build(_f.RuleSet, _f.Interim, ReportLanguage.Swedish)));

    [Fact]
    public void MarkdownReport_NotMetInterimExampleInEnglish_MatchesGoldenFile() =>
        GoldenFile.AssertMatches("nrf-2023-interim-da08.en.md", MarkdownReport.Write(EvaluationReport.Build(_f.RuleSet, _f.Interim, ReportLanguage.English)));

    [Fact]
    public void HtmlReport_NrfAnnualExample_MatchesGoldenFile() =>
        GoldenFile.AssertMatches("nrf-2023-annual.sv.html", HtmlReport.Write(EvaluationReport.Build(_f.RuleSet, _f.Annual, ReportLanguage.Swedish)));

    [Fact]
    public void HtmlReport_NotMetInterimExample_MatchesGoldenFile() =>
        GoldenFile.AssertMatches("nrf-2023-interim-da08.sv.html", HtmlReport.Write(EvaluationReport.Build(_f.RuleSet, _f.Interim, ReportLanguage.Swedish)));

    [Fact]
    public void MarkdownTrajectory_InterimThenAnnual_MatchesGoldenFile() =>
        GoldenFile.AssertMatches("nrf-2023-da08-to-annual.sv.md", MarkdownReport.Write(TrajectoryReport.Build(_f.RuleSet, [_f.Annual, _f.Interim], ReportLanguage.Swedish)));

    [Fact]
    public void HtmlTrajectory_TwoYears_MatchesGoldenFile() =>
        GoldenFile.AssertMatches("nrf-2023-2024.sv.html", HtmlReport.Write(TrajectoryReport.Build(_f.RuleSet, [_f.Next, _f.Annual], ReportLanguage.Swedish)));
}
