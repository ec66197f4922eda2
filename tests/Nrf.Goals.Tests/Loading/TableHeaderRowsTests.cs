using System.Text;
using Nrf.Goals.Model;
using Nrf.Goals.Values;
using static Nrf.Goals.Tests.Loading.TableRules;

namespace Nrf.Goals.Tests.Loading;

/// <summary>A table says its own report period and cut-off date in header rows, or the annual report is assumed aloud (issue 13, item 1).</summary>
public sealed class TableHeaderRowsTests
{
    private const string Rows = "resultat;2023;;-200;\r\nklart;2023;;ja;\r\n";

    private static byte[] Csv(string text) => CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text);

    [Theory]
    [InlineData("indikator;år;nedbrytning;värde;datum\r\nrapport;;;DÅ 08;\r\nper;;;2023-08-31;\r\n")]
    [InlineData("indicator;year;breakdown;value;date\r\nreport;;;DA08;\r\nas-of;;;;2023-08-31\r\n")]
    [InlineData("indikator;år;nedbrytning;värde;datum\r\nRapportperiod;;;då08;\r\nbrytdatum;;;2023-08-31;\r\n")]
    public void Load_PeriodAndCutOffRows_AreTheTablesHeader(string header)
    {
        var document = LoadAsIs(Csv(header + Rows), "delår.csv", Kommun);

        document.Report.Should().Be(ReportKind.Interim);
        document.Period.Should().Be(ReportPeriod.Interim08);
        document.AsOf.Should().Be(new DateOnly(2023, 8, 31));
        document.ReportAssumed.Should().BeFalse();
        document.Warnings.Should().BeEmpty();
        document.Values.Keys.Should().Equal("klart", "resultat");
    }

    [Fact]
    public void Load_PeriodRowOnly_ReadsTheKindOfReportFromIt()
    {
        var document = LoadAsIs(Csv("indikator;år;nedbrytning;värde;datum\r\nrapport;;;ÅR;\r\n" + Rows), "år.csv", Kommun);

        document.Report.Should().Be(ReportKind.Annual);
        document.Period.Should().Be(ReportPeriod.Annual);
        document.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Load_NothingSaysWhichReport_AssumesTheAnnualReportWithAWarning()
    {
        var document = LoadAsIs(Csv("indikator;år;nedbrytning;värde;datum\r\n" + Rows), "delår.csv", Kommun);

        document.Report.Should().Be(ReportKind.Annual);
        document.Warnings.Single().Code.Should().Be(Goals.Diagnostics.DiagnosticCodes.ReportAssumed);
        document.ReportAssumed.Should().BeTrue();
        document.Warnings.Select(w => w.ToString()).Should().Equal(
            "delår.csv:1:1: warning: no report period given; read as the annual report (ÅR) 2023 — add a row 'rapport' with the period (DÅ 04, DÅ 08 or ÅR) "
            + "to the table, e.g. rapport;;;DÅ 08, or give it on the command line (evaluate --period DÅ08, report --values delår.csv@DÅ08)");
    }

    [Fact]
    public void Load_PeriodGivenFromOutside_OverridesTheRowAndAssumesNothing()
    {
        var document = Load(Csv("indikator;år;nedbrytning;värde;datum\r\nrapport;;;ÅR;\r\n" + Rows), "år.csv", Kommun, new Goals.Loading.ValuesHeaderOverrides { Period = ReportPeriod.Interim04 });

        document.Period.Should().Be(ReportPeriod.Interim04);
        document.Report.Should().Be(ReportKind.Interim);
        document.ReportAssumed.Should().BeFalse();
    }

    [Fact]
    public void Load_BadOrRepeatedHeaderRows_AreLocatedErrors()
    {
        var errors = Errors(
            Csv("indikator;år;nedbrytning;värde;datum\r\nrapport;;;DÅ 09;\r\nper;;;31/8;\r\nrapport;;;DÅ 08;\r\nrapport;;;ÅR;\r\n" + Rows), "delår.csv", Kommun);

        errors.Should().Equal(
            "delår.csv:2:11: the report period (column värde) is 'DÅ 09'; write DÅ 04, DÅ 08 or ÅR",
            "delår.csv:3:7: the cut-off date (column värde) should be a date written yyyy-mm-dd, not '31/8'",
            "delår.csv:5:11: the report period is given twice (column värde; first on line 4); keep one row");
    }

    [Fact]
    public void Load_AnnualPeriodRowWithAnAugustCutOff_IsTheHeaderCheckErrorAtTheCutOffCell()
    {
        var errors = Errors(Csv("indikator;år;nedbrytning;värde;datum\r\nrapport;;;ÅR;\r\nper;;;2023-08-31;\r\n" + Rows), "år.csv", Kommun);

        errors.Should().Equal("år.csv:3:7: an annual report (årsredovisning) covers the whole year, but asOf is 2023-08-31; write report: interim for a delårsrapport, or asOf 2023-12-31 (or none)");
    }
}
