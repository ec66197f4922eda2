using Nrf.Goals.Loading;
using Nrf.Goals.Reporting;
using Nrf.Goals.Reports;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Words;

namespace Nrf.Goals.Tests.Reporting;

/// <summary>Report prose (md, html, docx) names goals and indicators by their titles; ids stay in JSON and the terminal summary.</summary>
public sealed class ReaderNamesTests : IClassFixture<ReportFixture>
{
    private const char Nb = ReadingText.NoBreakSpace;

    private readonly ReportFixture _f;

    public ReaderNamesTests(ReportFixture fixture) => _f = fixture;

    [Fact]
    public void MarkdownReport_NotMetInterimWhatIf_GoalTitleWithoutItsId()
    {
        var markdown = MarkdownReport.Write(EvaluationReport.Build(_f.RuleSet, _f.Interim, ReportLanguage.Swedish));

        markdown.Should().Contain($"\n- Skapa förutsättningar för sjukvårdsregional samverkan, ej uppfyllt: BG beslutsför vid 17 av 20 möten \\(85,0{Nb}%\\), mål minst 90{Nb}% – 5,0{Nb}procentenheter från målet\n");
        markdown.Should().NotContain("mal-");
    }

    [Fact]
    public void JsonReport_NotMetInterimWhatIf_KeepsTheGoalId()
    {
        JsonReport.Write(_f.Interim).Should().Contain("\"text\": \"Skapa förutsättningar för sjukvårdsregional samverkan (mal-4), ej uppfyllt: ");
    }

    [Fact]
    public void MarkdownTrajectory_InterimThenAnnual_GoalAndIndicatorTitlesInTheTableAndChanges()
    {
        var markdown = MarkdownReport.Write(TrajectoryReport.Build(_f.RuleSet, [_f.Interim, _f.Annual], ReportLanguage.Swedish));

        markdown.Should().Contain("\n| Skapa förutsättningar för sjukvårdsregional samverkan \\(%\\) | ✘ ");
        markdown.Should().Contain("\n- Samordning kunskapsstyrning och nära vård: ej uppfyllt → uppfyllt. Ändrade värden: Möten om samordning av kunskapsstyrning och nära vård som NRF anordnat: 1 → 3. Nu: ");
        markdown.Should().Contain($"Ändrade värden: Intäkter: 60{Nb}400 → 61{Nb}250; Kostnader: 60{Nb}800 → 60{Nb}980. ");
        markdown.Should().NotContain("mal-").And.NotContain("coordination\\_meetings").And.NotContain("revenue\\_tkr");
    }

    [Fact]
    public void MarkdownReport_MissingValue_ReasonNamesTheIndicatorTitle()
    {
        var text = File.ReadAllText(ReportFixture.InterimPath).Replace("  bg_meetings_quorate: 17\n", string.Empty, StringComparison.Ordinal);
        var result = new NRulesCompiler().Compile(_f.RuleSet).Evaluate(ValuesLoader.Parse(text, "da08.yaml", _f.RuleSet));
        result.Goal("mal-4")!.Reason.Should().Be("värde saknas för bg_meetings_quorate 2023", "evaluation keeps the id; only the report renames");

        var markdown = MarkdownReport.Write(EvaluationReport.Build(_f.RuleSet, result, ReportLanguage.Swedish));

        // The report names the missing value from the criterion and the values used, not by rewriting the reason.
        markdown.Should().Contain("| Skapa förutsättningar för sjukvårdsregional samverkan | ? Ej bedömt | – | BG beslutsför vid minst 90\u00A0% av planerade möten | Värde saknas: möten där BG var beslutsför. |");
        markdown.Should().Contain("- Skapa förutsättningar för sjukvårdsregional samverkan, ej bedömt: kan inte bedömas – värde saknas: möten där BG var beslutsför.\n");
        markdown.Should().NotContain("bg\\_meetings");
    }
}
