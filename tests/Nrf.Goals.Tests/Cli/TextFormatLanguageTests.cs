using Nrf.Goals.Tests.Reporting;

namespace Nrf.Goals.Tests.Cli;

/// <summary><c>evaluate --format text</c> follows <c>--lang</c>, Swedish by default, like the md/html/docx reports.</summary>
public sealed class TextFormatLanguageTests
{
    private static readonly string Rules = ReportFixture.RulesPath;
    private static readonly string Interim = ReportFixture.InterimPath;

    [Fact]
    public void Evaluate_FormatTextWithoutLang_StatusesRequirementsAndVerdictInSwedish()
    {
        var (exit, output, _) = CliRunner.Run("evaluate", "--rules", Rules, "--values", Interim, "--format", "text");

        exit.Should().Be(0);
        output.Should().StartWith("nrf-2023-2025 — nrf, delårsrapport DÅ 08 2023\n")
            .And.Contain("\n  mal-4  ej uppfyllt     Skapa förutsättningar för sjukvårdsregional samverkan: BG beslutsför vid 17 av 20 möten (85,0 %), mål minst 90 %\n")
            .And.Contain("\n  mal-1  uppfyllt        Gemensamt ansvar för jämlik vård: ")
            .And.Contain("\nVerksamhetsmål: 6 av 10 uppfyllda (krav: minst sju) → ej uppfyllt\n")
            .And.Contain("\nEkonomiska mål: 2 av 3 uppfyllda (krav: samtliga) → ej uppfyllt\n")
            .And.Contain("\nGod ekonomisk hushållning: ej uppfyllt\n");
        output.Should().NotContain("not-met").And.NotContain("atLeast").And.NotContain(" met");
    }

    [Fact]
    public void Evaluate_FormatTextIdsLongerThanEight_ColumnsStayInLine()
    {
        // Issue 19: "{id,-8}" pushed the status of "verk-riskbedomning-hjarta-stroke" 24 characters to the right.
        var (exit, output, _) = CliRunner.Run("evaluate", "--rules", RepositoryPaths.Rules("region-norrbotten/rs-plan-2020.yaml"),
            "--values", RepositoryPaths.Examples("region-norrbotten-2020-dap08.yaml"), "--format", "text");

        exit.Should().Be(0);
        var goals = output.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal) && !l.StartsWith("  -", StringComparison.Ordinal)).ToList();
        goals.Should().HaveCount(62);
        // The longest id, "med-palliativ-behandlingsstrategi", is 33 characters; the longest status, "delvis uppfyllt", 15.
        string[] statuses = ["uppfyllt", "delvis uppfyllt", "ej uppfyllt", "ej bedömt", "följs upp"];
        goals.Should().OnlyContain(l => l[35] == ' ' && l[51] == ' ' && l[52] != ' ' && statuses.Contains(l.Substring(36, 15).TrimEnd()));
        goals.Should().Contain("  med-vantat-bup-behandling-30      ej bedömt       Andel av patienter som står på väntelista, som väntat 30 dagar eller "
            + "kortare på fördjupad behandling/utredning inom barn- och ungdomspsykiatrin: Kan inte bedömas: värde saknas för wait_cap_treatment_30d_pct[T] 2020.");
    }

    [Fact]
    public void Evaluate_FormatTextLangSv_SameAsWithoutLang()
    {
        var swedish = CliRunner.Run("evaluate", "--rules", Rules, "--values", Interim, "--format", "text", "--lang", "sv").Out;

        swedish.Should().Be(CliRunner.Run("evaluate", "--rules", Rules, "--values", Interim, "--format", "text").Out);
    }

    [Fact]
    public void Evaluate_FormatTextLangEn_StatusesRequirementsVerdictAndWhatIfInEnglish()
    {
        var (exit, output, _) = CliRunner.Run("evaluate", "--rules", Rules, "--values", Interim, "--format", "text", "--lang", "en");

        exit.Should().Be(0);
        output.Should().StartWith("nrf-2023-2025 — nrf, interim report DÅ 08 2023\n")
            .And.Contain("\n  mal-4  not met       Skapa förutsättningar för sjukvårdsregional samverkan: ")
            .And.Contain("\nOperational goals: 6 of 10 met (required: at least seven) → not met\n")
            .And.Contain("\nFinancial goals: 2 of 3 met (required: all) → not met\n")
            .And.Contain("\nSound financial management: not met\n")
            .And.Contain("\nFinancial goals: one more goal needs to be met (two of three met, three required). This goal needs to be met:\n");
        output.Should().NotContain("not-met").And.NotContain("uppfyllda").And.NotContain("krav");
    }
}
