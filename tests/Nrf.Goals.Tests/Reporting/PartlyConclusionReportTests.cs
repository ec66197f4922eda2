using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.Reports;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Words;

namespace Nrf.Goals.Tests.Reporting;

/// <summary>
/// Issue 20: reports on a policy with partly outcomes — the generated paragraph, the trajectory and the text summary say
/// partly met, name the judgement that decided a category, and use the plan's own words for its conclusions.
/// </summary>
public sealed class PartlyConclusionReportTests
{
    // A kommun in the shape of Vårgårda's årsredovisning 2023: the operational side is the document's own judgement
    // ("delvis förenligt"), the financial side a count with a partly bound, and the verdict partly met when both are.
    private const string Rules = """
        id: kommun-2023
        title: Kommunen – god ekonomisk hushållning 2023
        entity: kommun
        validity: {from: 2023, to: 2023}
        entityNoun: {sv: kommunen, en: the municipality}
        policy:
          operational: {judgement: verksamhetens_forenlighet, partly: true}
          financial: {atLeast: 3, partlyFrom: 2}
          verdict: {partly: every}
          words:
            operational: {met: förenlig, partlyMet: delvis förenlig, notMet: inte förenlig}
            verdict: {met: uppnås, partlyMet: uppnås delvis, notMet: uppnås inte}
        indicators:
          - {id: resultat_pct, title: Resultat av skatteintäkter, unit: "%"}
          - {id: soliditet_pct, title: Soliditet, unit: "%"}
          - {id: sjalvfinansiering_pct, title: Självfinansieringsgrad, unit: "%"}
          - {id: behoriga_pct, title: Behöriga elever, unit: "%"}
          - {id: verksamhetens_forenlighet, title: Verksamhetens förenlighet med fullmäktiges mål, type: assessment}
        goals:
          - {id: f1, title: Resultat, category: financial, criterion: resultat_pct >= 2}
          - {id: f2, title: Soliditet, category: financial, criterion: soliditet_pct >= 40}
          - {id: f3, title: Självfinansiering, category: financial, criterion: sjalvfinansiering_pct >= 100}
          - {id: v1, title: Behöriga elever, category: operational, criterion: behoriga_pct >= 90}
        """;

    private const string Judgement =
        "  verksamhetens_forenlighet: {status: partly-met, comment: Verksamhetens utfall 2023 är delvis förenligt med fullmäktiges övergripande mål för verksamheten, assessedBy: Kommunstyrelsen}\n";

    private static readonly RuleSet RuleSet = RuleSetLoader.Parse(Rules);

    // The annual report: soliditet 37,2 % and självfinansiering 67,2 % miss their targets, so one of three financial goals
    // is met, under the partly bound of two. The delårsrapport forecast soliditet at 41 %: two of three, partly met.
    private static EvaluationResult Annual { get; } = Evaluate("report: annual\n", "37.2");

    private static EvaluationResult Interim { get; } = Evaluate("report: interim\nasOf: 2023-08-31\n", "41");

    private static EvaluationResult Evaluate(string report, string soliditet) =>
        new NRulesCompiler().Compile(RuleSet).Evaluate(ValuesLoader.Parse(
            $"entity: kommun\nyear: 2023\n{report}values:\n  resultat_pct: 3.03\n  soliditet_pct: {soliditet}\n  sjalvfinansiering_pct: 67.2\n  behoriga_pct: 85\n{Judgement}",
            "values.yaml",
            RuleSet));

    [Fact]
    public void Write_AnnualWithThePlansWords_TheJudgementDecidesAndTheConclusionsAreThePlans()
    {
        VerdictParagraph.Write(RuleSet, Annual, ReportLanguage.Swedish).Should().Be(
            "Verksamhetsmålet är ej uppfyllt. "
            + "Kravet för verksamhetsmålen avgörs av den samlade bedömningen av måluppfyllelsen, gjord av Kommunstyrelsen: delvis uppfyllt. "
            + "Verksamhetens utfall 2023 är delvis förenligt med fullmäktiges övergripande mål för verksamheten. "
            + "Slutsatsen för verksamhetsmålen är därmed: delvis förenlig. "
            + "Av tre finansiella mål är ett uppfyllt och två ej uppfyllda. "
            + "Kravet att minst tre finansiella mål ska vara uppfyllda nås därmed inte, och inte heller kravet för delvis uppfyllt (minst två). "
            + "Den samlade bedömningen är: god ekonomisk hushållning uppnås inte.");
    }

    [Fact]
    public void Write_InterimPartlyMet_ForecastsThePartlyBoundAndThePlansConclusion()
    {
        VerdictParagraph.Write(RuleSet, Interim, ReportLanguage.Swedish).Should().EndWith(
            "Slutsatsen för verksamhetsmålen bedöms därmed bli: delvis förenlig. "
            + "Av tre finansiella mål bedöms två vara uppfyllda och ett ej uppfyllt. "
            + "Kravet att minst tre finansiella mål ska vara uppfyllda bedöms därmed inte nås, men kravet för delvis uppfyllt (minst två) bedöms nås. "
            + "Prognosen för helåret är: god ekonomisk hushållning uppnås delvis.");
    }

    [Fact]
    public void Write_InterimInEnglish_StandardWordsForPartlyMet()
    {
        VerdictParagraph.Write(RuleSet, Interim, ReportLanguage.English).Should().EndWith(
            "The requirement for the operational goals is therefore expected to be partly fulfilled. "
            + "Of three financial goals, two are expected to be met and one not met. "
            + "The requirement that at least three financial goals be met is therefore not expected to be fulfilled, but the requirement for partly met (at least two) is expected to be. "
            + "Overall, the municipality is expected to partly meet the requirement of sound financial management (god ekonomisk hushållning).");
    }

    [Fact]
    public void Write_PartlyRulesWithoutWords_StandardSentences()
    {
        var ruleSet = RuleSetLoader.Parse(Rules.Replace("""
              words:
                operational: {met: förenlig, partlyMet: delvis förenlig, notMet: inte förenlig}
                verdict: {met: uppnås, partlyMet: uppnås delvis, notMet: uppnås inte}

            """, "\n", StringComparison.Ordinal));
        var result = new NRulesCompiler().Compile(ruleSet).Evaluate(ValuesLoader.Parse(
            $"entity: kommun\nyear: 2023\nreport: annual\nvalues:\n  resultat_pct: 3.03\n  soliditet_pct: 41\n  sjalvfinansiering_pct: 67.2\n{Judgement}", "values.yaml", ruleSet));

        VerdictParagraph.Write(ruleSet, result, ReportLanguage.Swedish).Should().Be(
            "Verksamhetsmålet kan inte bedömas. "
            + "Kravet för verksamhetsmålen avgörs av den samlade bedömningen av måluppfyllelsen, gjord av Kommunstyrelsen: delvis uppfyllt. "
            + "Verksamhetens utfall 2023 är delvis förenligt med fullmäktiges övergripande mål för verksamheten. "
            + "Kravet för verksamhetsmålen nås därmed delvis. "
            + "Av tre finansiella mål är två uppfyllda och ett ej uppfyllt. "
            + "Kravet att minst tre finansiella mål ska vara uppfyllda nås därmed inte, men kravet för delvis uppfyllt (minst två) nås. "
            + "Sammantaget uppfyller kommunen delvis kravet på god ekonomisk hushållning.");
    }

    [Theory]
    [InlineData(ReportLanguage.Swedish, "Verksamhetsmål", "◐ delvis förenlig (samlad bedömning)", "Finansiella mål", "◐ 2 av 3, delvis uppfyllt", "✘ 1 av 3, ej uppfyllt", "God ekonomisk hushållning", "◐ uppnås delvis", "✘ uppnås inte")]
    [InlineData(ReportLanguage.English, "Operational goals", "◐ partly met (overall assessment)", "Financial goals", "◐ 2 of 3, partly met", "✘ 1 of 3, not met", "Sound financial management", "◐ partly met", "✘ not met")]
    public void Build_Trajectory_CategoryAndVerdictRowsSayPartlyMetAndThatTheJudgementDecided(
        ReportLanguage language, string operational, string judged, string financial, string interim, string annual, string verdict, string partly, string notMet)
    {
        var document = TrajectoryReport.Build(RuleSet, [Annual, Interim], language);

        var rows = document.Blocks.OfType<ReportTable>().Single().Rows.ToDictionary(r => r[0].Text, r => r.Skip(1).Select(c => (c.Text, c.Status)).ToArray());
        rows[operational].Should().Equal((judged, GoalStatus.PartlyMet), (judged, GoalStatus.PartlyMet));
        rows[financial].Should().Equal((interim, GoalStatus.PartlyMet), (annual, GoalStatus.NotMet));
        rows[verdict].Should().Equal((partly, GoalStatus.PartlyMet), (notMet, GoalStatus.NotMet));
    }

    [Fact]
    public void Build_TrajectoryOfAJudgementWithoutPartly_NamesTheJudgementBesideTheCategorysStatus()
    {
        var ruleSet = RuleSetLoader.Parse(Rules
            .Replace("{judgement: verksamhetens_forenlighet, partly: true}", "{judgement: verksamhetens_forenlighet}", StringComparison.Ordinal)
            .Replace("partlyMet: delvis förenlig, ", string.Empty, StringComparison.Ordinal));
        var result = new NRulesCompiler().Compile(ruleSet).Evaluate(ValuesLoader.Parse(
            $"entity: kommun\nyear: 2023\nreport: annual\nvalues:\n  resultat_pct: 3.03\n{Judgement}", "values.yaml", ruleSet));

        var rows = TrajectoryReport.Build(ruleSet, [result], ReportLanguage.Swedish).Blocks.OfType<ReportTable>().Single().Rows.ToDictionary(r => r[0].Text, r => r[1].Text);

        // Region Norrbotten's reading: a partly met judgement leaves the category not met, in the plan's word for it.
        rows["Verksamhetsmål"].Should().Be("✘ inte förenlig (samlad bedömning: delvis uppfyllt)");
    }

    [Fact]
    public void Write_TextSummary_CategoriesInThePlansWordsWithThePartlyBound()
    {
        var text = TextSummary.Write(RuleSet, Interim, ReportLanguage.Swedish);

        text.Should().Contain(
            "Verksamhetsmål: 0 av 1 uppfyllda (krav: samlad bedömning) → delvis förenlig\n"
            + "Finansiella mål: 2 av 3 uppfyllda (krav: minst tre; delvis: minst två) → delvis uppfyllt\n"
            + "God ekonomisk hushållning: uppnås delvis\n");
        TextSummary.Write(RuleSet, Interim, ReportLanguage.English).Should().Contain(
            "Operational goals: 0 of 1 met (required: overall assessment) → partly met\n"
            + "Financial goals: 2 of 3 met (required: at least three; partly: at least two) → partly met\n"
            + "Sound financial management: partly met\n");
    }
}
