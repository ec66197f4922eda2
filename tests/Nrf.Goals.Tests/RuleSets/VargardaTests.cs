using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.Reports;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.RuleSets;
using Nrf.Goals.Verdicts;
using Nrf.Goals.Words;

namespace Nrf.Goals.Tests.RuleSets;

/// <summary>
/// Vårgårda kommun's rule set (the worked example of docs/your-organisation.md) against its Årsredovisning 2023: the
/// document's numbers give the document's judgements, and the first draft reads as the kommun would write it.
/// </summary>
public sealed class VargardaTests
{
    private static readonly Lazy<(RuleSet RuleSet, EvaluationResult Result)> Annual = new(() =>
    {
        var ruleSet = ShippedRuleSets.Vargarda2023To2025.Load();
        var values = ValuesLoader.Load(RepositoryPaths.Examples("vargarda-2023-annual.yaml"), ruleSet);
        return (ruleSet, new NRulesCompiler().Compile(ruleSet).Evaluate(values));
    });

    [Fact]
    public void Evaluate_Annual2023_TheDocumentsNumbersAndJudgement()
    {
        var result = Annual.Value.Result;

        // 73,8 / 2 437 mnkr over 2021–2023; 416,2 / 1 118,5 mnkr; 43,6 % of 2023's net investments so far in the plan period.
        result.Goal("resultat")!.Parts[0].Comparison!.Actual.Should().Be(73.8m / 2437m * 100m);
        result.Goal("soliditet")!.Parts[0].Comparison!.Actual.Should().Be(416.2m / 1118.5m * 100m);
        result.Goal("sjalvfinansiering")!.Parts[0].Comparison!.Actual.Should().Be(43.6m);
        result.Goals.Where(g => g.Status == GoalStatus.Met).Select(g => g.Id).Should().Equal("resultat", "heltid");
        result.Verdict.Operational.Status.Should().Be(VerdictStatus.PartlyMet);
        result.Verdict.Financial.Status.Should().Be(VerdictStatus.NotMet);
        result.Verdict.Status.Should().Be(VerdictStatus.NotMet);
    }

    [Fact]
    public void Report_Annual2023_TheParagraphConcludesInThePlansOwnWords()
    {
        var paragraph = Text(Report().Blocks.OfType<ReportParagraph>().First());

        paragraph.Should().Be(
            "Av åtta verksamhetsmål är ett uppfyllt och sju ej uppfyllda. Kravet för verksamhetsmålen avgörs av den samlade bedömningen av " +
            "måluppfyllelsen, gjord av kommunstyrelsen: delvis uppfyllt. Av fullmäktiges beslutade mål för verksamheten " +
            "bedöms 8 av 30 delmålen vara uppfyllda, 19 är inte uppfyllda och tre är delvis uppfyllda. Slutsatsen för verksamhetsmålen är därmed: " +
            "delvis förenligt. Av tre finansiella mål är ett uppfyllt och två ej uppfyllda. Kravet att samtliga finansiella mål ska vara uppfyllda " +
            "nås därmed inte. Sammantaget uppfyller kommunen inte kravet på god ekonomisk hushållning.");
    }

    [Fact]
    public void Report_Annual2023_WhatWouldChangeTheAssessmentAgreesInNumber()
    {
        var list = Report().Blocks.OfType<ReportParagraph>().Select(p => Plain(p.Text)).ToList();

        list.Should().Contain("Finansiella mål: ytterligare två mål behöver uppfyllas (ett av tre uppfyllt, krav tre). Samtliga dessa mål behöver uppfyllas:");
    }

    [Theory]
    [InlineData("Det ekonomiska resultatet i Vårgårda kommun ska under åren i snitt vara > 2 % av skatteintäkter och generella statsbidrag",
        "2021–2023: 3,0 % av skatteintäkter och generella statsbidrag (mål minst 2,0 %)")]
    [InlineData("Soliditeten (eget kapital i förhållande till balansomslutning) ska uppgå till minst 40 procent",
        "Eget kapital 416,2 mnkr av balansomslutning 1 118,5 mnkr, andel 37,2 % (mål minst 40,0 %)")]
    [InlineData("Investeringarna ska självfinansieras under budgetperioden",
        "Självfinansieringsgrad av nettoinvesteringar 2023: 43,6 % (planperioden 2023–2025 är inte slut; mål 100,0 %)")]
    [InlineData("Andelen heltidsanställningar månadsavlönade ska öka", "93 % mot 92 % år 2022, mål: öka")]
    [InlineData("Antalet invånare i Vårgårda ska bli fler", "116 invånare (mål minst 130 invånare)")]
    [InlineData("Kontinuiteten för brukarna inom hemtjänsten ska vara god", "18 medarbetare (mål högst 12 medarbetare)")]
    public void Report_Annual2023_EveryOutcomeReadsAsProseWithoutATemplate(string goal, string outcome)
    {
        // Before: "… gånger 100, blir 37,2 %", "2023 i vägt snitt 43,6 %" (of one year) and "(planperioden 2023–2025 är inte slut) (mål 100 %)".
        var row = Report().Blocks.OfType<ReportTable>().SelectMany(t => t.Rows).Single(r => Plain(r[0].Text) == goal);

        Plain(row[2].Text).Should().Be(outcome);
    }

    [Theory]
    [InlineData("eget_kapital_mnkr / balansomslutning_mnkr * 100 >= 40")]
    [InlineData("100 * (eget_kapital_mnkr / balansomslutning_mnkr) >= 40")]
    public void Report_PerCentOfTwoAmounts_ReadsAsTheShareEitherWayItIsWritten(string criterion)
    {
        var ruleSet = RuleSetLoader.Parse(
            "id: kommun\ntitle: Kommunens mål\nvalidity: {from: 2023, to: 2025}\npolicy: {operational: all, financial: all}\n" +
            "indicators:\n  - {id: eget_kapital_mnkr, title: Eget kapital, unit: mnkr}\n  - {id: balansomslutning_mnkr, title: Balansomslutning, unit: mnkr}\n" +
            $"goals:\n  - {{id: f1, title: Soliditet, category: financial, criterion: '{criterion}'}}\n",
            "kommun.yaml");
        var values = ValuesLoader.Parse("entity: kommun\nyear: 2023\nreport: annual\nvalues:\n  eget_kapital_mnkr: 416.2\n  balansomslutning_mnkr: 1118.5\n", "values.yaml", ruleSet);
        var report = EvaluationReport.Build(ruleSet, new NRulesCompiler().Compile(ruleSet).Evaluate(values), ReportLanguage.Swedish);

        var row = report.Blocks.OfType<ReportTable>().SelectMany(t => t.Rows).Single(r => r[0].Text == "Soliditet");

        Plain(row[2].Text).Should().Be("Eget kapital 416,2 mnkr av balansomslutning 1 118,5 mnkr, andel 37,2 % (mål minst 40,0 %)");
    }

    private static ReportDocument Report() => EvaluationReport.Build(Annual.Value.RuleSet, Annual.Value.Result, ReportLanguage.Swedish);

    private static string Text(ReportParagraph paragraph) => Plain(paragraph.Text);

    private static string Plain(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');
}
