using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Nrf.Goals.Cli.Output;
using Nrf.Goals.Reporting;
using Nrf.Goals.Reports;
using Nrf.Goals.Words;

namespace Nrf.Goals.Tests.Reporting;

public sealed class ReadingTextTests : IClassFixture<ReportFixture>
{
    private const char Nb = ReadingText.NoBreakSpace;

    private readonly ReportFixture _f;

    public ReadingTextTests(ReportFixture fixture) => _f = fixture;

    [Theory]
    [InlineData("Kostnader 60 800,25 tkr", "Kostnader 60\u00A0800,25\u00A0tkr")]
    [InlineData("saldo 1 000 000 kr.", "saldo 1\u00A0000\u00A0000\u00A0kr.")]
    [InlineData("andel 14,0 % av", "andel 14,0\u00A0% av")]
    [InlineData("– 5,0 procentenheter från målet", "– 5,0\u00A0procentenheter från målet")]
    [InlineData("utsläpp 120 g CO2/km", "utsläpp 120\u00A0g CO2/km")]
    public void KeepNumbersTogether_NumberWithGroupsAndUnit_NoBreakSpacesInsideAndBeforeTheUnit(string text, string expected) =>
        ReadingText.KeepNumbersTogether(text, ["procentenheter", "tkr", "kr", "%", "g CO2/km"]).Should().Be(expected);

    [Theory]
    [InlineData("17 av 20 möten")]
    [InlineData("5 krav uppfyllda")]
    [InlineData("DÅ 08 2023")]
    [InlineData("år 2023 1234 ärenden")]
    [InlineData("kod A1 000")]
    public void KeepNumbersTogether_SpacesThatAreNotInANumber_Unchanged(string text) =>
        ReadingText.KeepNumbersTogether(text, ["kr", "%"]).Should().Be(text);

    [Theory]
    [InlineData("Länssjukvård -45,2 mnkr", "Länssjukvård \u221245,2 mnkr")]
    [InlineData("(-3) och -0,1", "(\u22123) och \u22120,1")]
    [InlineData("-61,0 mnkr", "\u221261,0 mnkr")]
    [InlineData("40-, 50-, 60-åringar", "40-, 50-, 60-åringar")]
    [InlineData("2014-2018, T1-T2, Covid-19, 2023-08-31", "2014-2018, T1-T2, Covid-19, 2023-08-31")]
    public void MinusSigns_HyphenMakingANumberNegative_BecomesTheMinusSignOthersStay(string text, string expected)
    {
        ReadingText.MinusSigns(text).Should().Be(expected);
    }

    [Fact]
    public void MarkdownReport_InterimWhatIf_AmountsAndSharesDoNotBreak()
    {
        var markdown = MarkdownReport.Write(EvaluationReport.Build(_f.RuleSet, _f.Interim, ReportLanguage.Swedish));

        markdown.Should().Contain($"intäkter 60{Nb}400{Nb}tkr, kostnader 60{Nb}800{Nb}tkr, beslutat underskott 0{Nb}tkr – 400{Nb}tkr från målet");
        markdown.Should().Contain($"BG beslutsför vid 17 av 20 möten \\(85,0{Nb}%\\), mål minst 90{Nb}%");
    }

    [Fact]
    public void HtmlReport_InterimChart_ValuesDoNotBreak()
    {
        var html = HtmlReport.Write(EvaluationReport.Build(_f.RuleSet, _f.Interim, ReportLanguage.Swedish));

        html.Should().Contain($"<td>BG beslutsför vid 17 av 20 möten (85,0{Nb}%), mål minst 90{Nb}%</td>");
        html.Should().Contain($"✘ 85,0{Nb}% (mål minst 90,0{Nb}%)");
    }

    [Fact]
    public void DocxReport_InterimTables_AmountsDoNotBreak()
    {
        var document = EvaluationReport.Build(_f.RuleSet, _f.Interim, ReportLanguage.Swedish);

        using var word = WordprocessingDocument.Open(new MemoryStream(DocxReport.Write(document)), false);
        var cells = word.MainDocumentPart!.Document.Body!.Descendants<TableCell>().Select(c => c.InnerText).ToList();

        cells.Should().Contain($"Prognos helår: intäkter 60{Nb}400{Nb}tkr, kostnader 60{Nb}800{Nb}tkr, beslutat underskott 0{Nb}tkr");
    }

    [Fact]
    public void JsonReport_Interim_KeepsPlainSpaces()
    {
        var json = JsonReport.Write(_f.Interim);

        json.Should().NotContain("\\u00A0").And.NotContain(Nb.ToString());
        json.Should().Contain("Intäkter 60 400 tkr, kostnader 60 800 tkr");
    }
}
