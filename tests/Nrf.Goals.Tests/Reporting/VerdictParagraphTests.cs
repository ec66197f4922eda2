using Nrf.Goals.Loading;
using Nrf.Goals.Reporting;
using Nrf.Goals.Reports;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Tests.Rules;
using Nrf.Goals.Words;

namespace Nrf.Goals.Tests.Reporting;

public sealed class VerdictParagraphTests : IClassFixture<NrfFixture>
{
    private const string Policies = """
        id: demo
        title: Demo
        entity: demo
        validity: {from: 2024, to: 2024}
        policy:
          operational: {share: 70 %}
          financial: report-only
        indicators:
          - {id: a, title: A, unit: antal}
          - {id: b, title: B, unit: antal}
          - {id: k, title: K, unit: tkr}
          - {id: m, title: M, unit: antal}
        goals:
          - {id: g1, title: G1, category: operational, criterion: a >= 1}
          - {id: g2, title: G2, category: operational, criterion: [a >= 1, b >= 1]}
          - {id: g3, title: G3, category: operational, criterion: b >= 1}
          - {id: g4, title: G4, category: operational, criterion: {monitor: m}}
          - {id: f1, title: F1, category: financial, criterion: k >= 0}
        """;

    private readonly NrfFixture _nrf;

    public VerdictParagraphTests(NrfFixture nrf) => _nrf = nrf;

    [Fact]
    public void Write_AnnualAllMet_StatesFactsWithTheEntityNounFromTheRuleFile()
    {
        var result = _nrf.Evaluate();

        VerdictParagraph.Write(_nrf.RuleSet, result, ReportLanguage.Swedish).Should().Be(
            "Samtliga tio verksamhetsmål är uppfyllda. Samtliga tre ekonomiska mål är uppfyllda. "
            + "Sammantaget uppfyller förbundet kravet på god ekonomisk hushållning.");
    }

    [Fact]
    public void Write_InterimEightOfTenMet_ForecastsWithBedoms()
    {
        var result = _nrf.Evaluate("report: interim\nperiod: DÅ08", ("bg_meetings_quorate", "26"), ("bg_meetings_planned", "29"), ("rpo_university_care_documented", "22"));

        VerdictParagraph.Write(_nrf.RuleSet, result, ReportLanguage.Swedish).Should().Be(
            "Av tio verksamhetsmål bedöms åtta vara uppfyllda och två ej uppfyllda. "
            + "Kravet att minst sju verksamhetsmål ska vara uppfyllda bedöms därmed nås. "
            + "Samtliga tre ekonomiska mål bedöms uppfyllas. "
            + "Sammantaget bedöms förbundet uppfylla kravet på god ekonomisk hushållning.");
    }

    [Fact]
    public void Write_AnnualFinancialGoalNotMet_StatesNotMet()
    {
        var result = _nrf.Evaluate(("equity_sek", "900000"));

        VerdictParagraph.Write(_nrf.RuleSet, result, ReportLanguage.Swedish).Should().Be(
            "Samtliga tio verksamhetsmål är uppfyllda. Av tre ekonomiska mål är två uppfyllda och ett ej uppfyllt. "
            + "Kravet att samtliga ekonomiska mål ska vara uppfyllda nås därmed inte. "
            + "Sammantaget uppfyller förbundet inte kravet på god ekonomisk hushållning.");
    }

    [Fact]
    public void Write_InterimFinancialGoalNotEvaluable_SaysItCannotYetBeDetermined()
    {
        var result = _nrf.Evaluate("report: interim\nperiod: DÅ08", ("equity_sek", null));

        VerdictParagraph.Write(_nrf.RuleSet, result, ReportLanguage.Swedish).Should().Be(
            "Samtliga tio verksamhetsmål bedöms uppfyllas. Av tre ekonomiska mål bedöms två vara uppfyllda. "
            + "Av målen kan ett inte bedömas. "
            + "Om kravet att samtliga ekonomiska mål ska vara uppfyllda nås beror på de mål som inte kan bedömas. "
            + "Om förbundet uppfyller kravet på god ekonomisk hushållning kan ännu inte avgöras, eftersom mål som påverkar bedömningen inte kan bedömas.");
    }

    [Fact]
    public void Write_InterimNotMetInEnglish_ForecastsInEnglish()
    {
        var result = _nrf.Evaluate("report: interim\nperiod: DÅ08", ("equity_sek", "900000"));

        VerdictParagraph.Write(_nrf.RuleSet, result, ReportLanguage.English).Should().Be(
            "All ten operational goals are expected to be met. Of three financial goals, two are expected to be met and one not met. "
            + "The requirement that all financial goals be met is therefore not expected to be fulfilled. "
            + "Overall, the federation is not expected to meet the requirement of sound financial management (god ekonomisk hushållning).");
    }

    [Fact]
    public void Write_SharePolicyPartlyMetMonitoredAndReportOnly_NamesEachAndUsesTheNeutralNoun()
    {
        var ruleSet = RuleSetLoader.Parse(Policies);
        var values = ValuesLoader.Parse("entity: demo\nyear: 2024\nreport: annual\nvalues:\n  a: 1\n  b: 0\n  k: 5\n  m: 3\n", "values.yaml", ruleSet);
        var result = new NRulesCompiler().Compile(ruleSet).Evaluate(values);

        VerdictParagraph.Write(ruleSet, result, ReportLanguage.Swedish).Should().Be(
            "Av tre verksamhetsmål är ett uppfyllt, ett delvis uppfyllt och ett ej uppfyllt. "
            + "Kravet att minst 70 % (tre av tre) verksamhetsmål ska vara uppfyllda nås därmed inte. "
            + "Därutöver följs ett verksamhetsmått upp som inte räknas in i bedömningen. "
            + "Det finansiella målet är uppfyllt. "
            + "Det finansiella målet redovisas men avgör inte bedömningen av god ekonomisk hushållning. "
            + "Sammantaget uppfyller organisationen inte kravet på god ekonomisk hushållning.");
    }

    [Theory]
    [InlineData("  k: -1\n", ReportLanguage.Swedish, "Det finansiella målet är ej uppfyllt. ")]
    [InlineData("  k: -1\n", ReportLanguage.English, "The financial goal is not met. ")]
    [InlineData("", ReportLanguage.Swedish, "Det finansiella målet kan inte bedömas. ")]
    [InlineData("", ReportLanguage.English, "The financial goal cannot be assessed. ")]
    public void Write_OneFinancialGoalNotMetOrNotEvaluable_NamesTheGoalInsteadOfCountingIt(string k, ReportLanguage language, string sentence)
    {
        // Before: "Av ett finansiella mål är inget uppfyllt och ett ej uppfyllt." and "Of one financial goals, none is met …".
        var ruleSet = RuleSetLoader.Parse(Policies);
        var values = ValuesLoader.Parse($"entity: demo\nyear: 2024\nreport: annual\nvalues:\n  a: 1\n  b: 1\n  m: 3\n{k}", "values.yaml", ruleSet);
        var result = new NRulesCompiler().Compile(ruleSet).Evaluate(values);

        var paragraph = VerdictParagraph.Write(ruleSet, result, language);

        paragraph.Should().Contain(sentence).And.NotContain("Av ett").And.NotContain("Of one");
    }

    [Fact]
    public void Write_EveryCategoryReportOnly_SaysNoCategoryDecides()
    {
        var ruleSet = RuleSetLoader.Parse(Policies.Replace("operational: {share: 70 %}", "operational: report-only", StringComparison.Ordinal));
        var values = ValuesLoader.Parse("entity: demo\nyear: 2024\nreport: annual\nvalues:\n  a: 1\n  b: 1\n  k: 5\n  m: 3\n", "values.yaml", ruleSet);
        var result = new NRulesCompiler().Compile(ruleSet).Evaluate(values);

        VerdictParagraph.Write(ruleSet, result, ReportLanguage.Swedish).Should().EndWith(
            "Verksamhetsmålen redovisas men avgör inte bedömningen av god ekonomisk hushållning. "
            + "Därutöver följs ett verksamhetsmått upp som inte räknas in i bedömningen. "
            + "Det finansiella målet är uppfyllt. "
            + "Det finansiella målet redovisas men avgör inte bedömningen av god ekonomisk hushållning. "
            + "Ingen kategori av mål avgör bedömningen av god ekonomisk hushållning; målen redovisas enbart.");
    }

    [Theory]
    [InlineData(0, "inget")]
    [InlineData(1, "ett")]
    [InlineData(8, "åtta")]
    [InlineData(12, "tolv")]
    [InlineData(13, "13")]
    public void Count_Swedish_WordsUpToTwelveThenDigits(int n, string expected) =>
        NumberWords.Count(n, ReportLanguage.Swedish).Should().Be(expected);

    [Fact]
    public void Write_PlanWithPerspektiv_SpeaksOfStyrmattNotVerksamhetsmal()
    {
        // Issue 14: Region Norrbotten's balanced scorecard counts styrmått; "52 verksamhetsmål" named them wrongly.
        var ruleSet = RuleSetLoader.Load(RepositoryPaths.Rules("region-norrbotten/rs-plan-2020.yaml"));
        var result = new NRulesCompiler().Compile(ruleSet).Evaluate(ValuesLoader.Load(RepositoryPaths.Examples("region-norrbotten-2020-dap08.yaml"), ruleSet));

        // Issue 19: the 19 styrmått the årsredovisning follows up are counted apart from the one whose value is missing,
        // no sentence starts with a digit, and the paragraph says that the board's overall assessment decided the
        // operational half, and closes it ("Kravet på god måluppfyllelse …").
        VerdictParagraph.Write(ruleSet, result, ReportLanguage.Swedish).Should().Be(
            "Av de 36 styrmått som följs upp i delårsrapporten bedöms tolv vara uppfyllda, sex delvis uppfyllda och 17 ej uppfyllda. "
            + "Av styrmåtten kan ett inte bedömas. Ytterligare 19 styrmått redovisas i årsredovisningen. "
            + "Kravet för styrmåtten avgörs av den samlade bedömningen av måluppfyllelsen, gjord av Regionstyrelsen: delvis uppfyllt. "
            + "Måluppfyllelsen bedöms som delvis god – flera styrmått för tillgänglighet och väntetider nås inte och två divisioner prognostiserar underskott. "
            + "Planen har ingen nivå för delvis uppfyllt, så en delvis uppfylld bedömning räknas som ej uppfylld. Kravet på god måluppfyllelse bedöms därmed inte nås. "
            + "Av tre finansiella styrmått bedöms två vara uppfyllda och ett ej uppfyllt. Kravet att samtliga finansiella styrmått ska vara uppfyllda bedöms därmed inte nås. "
            + "Sammantaget bedöms regionen inte uppfylla kravet på god ekonomisk hushållning.");
        VerdictParagraph.Write(ruleSet, result, ReportLanguage.English).Should().StartWith(
            "Of the 36 steering indicators followed up in the interim report, twelve are expected to be met, six partly met and 17 not met. "
            + "Of the steering indicators, one cannot be assessed. A further 19 steering indicators are reported in the annual report.")
            .And.Contain("The plan has no partly met level, so a partly met assessment counts as not met. The requirement of good goal fulfilment is therefore not expected to be fulfilled.");
    }
}
