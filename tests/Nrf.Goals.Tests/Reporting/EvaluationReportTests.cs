using Nrf.Goals.Loading;
using Nrf.Goals.Reporting;
using Nrf.Goals.Reports;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Words;

namespace Nrf.Goals.Tests.Reporting;

public sealed class EvaluationReportTests : IClassFixture<ReportFixture>
{
    private readonly ReportFixture _f;

    public EvaluationReportTests(ReportFixture fixture) => _f = fixture;

    [Fact]
    public void Build_GapGoal_ChartSpeaksOfPercentagePointsAsTheTableDoes()
    {
        var document = EvaluationReport.Build(_f.RuleSet, _f.Interim, ReportLanguage.Swedish);

        // The table quotes the rule file's "Skillnaden mellan flickor och pojkar är 14 procentenheter"; before, the chart said "14 %".
        var mal8 = document.Blocks.OfType<ReportChart>().Single().Bars.Single(b => b.Label == "Jämlik självskattad hälsa");
        (mal8.ActualText, mal8.TargetText).Should().Be(("14\u00A0procentenheter", "< 18\u00A0procentenheter"));
        mal8.Caption(ReportLanguage.Swedish).Should().Be("✔ 14\u00A0procentenheter (mål < 18\u00A0procentenheter)");
        var english = EvaluationReport.Build(_f.RuleSet, _f.Interim, ReportLanguage.English).Blocks.OfType<ReportChart>().Single();
        english.Bars.Single(b => b.Label == "Jämlik självskattad hälsa").ActualText.Should().Be("14\u00A0percentage points");
        // A share stays per cent, a level with a unit keeps its unit.
        document.Blocks.OfType<ReportChart>().Single().Bars.Single(b => b.Label.StartsWith("Skapa", StringComparison.Ordinal)).ActualText.Should().Be("85,0\u00A0%");
        document.Blocks.OfType<ReportChart>().Single().Bars.Single(b => b.Label == "Resultat").ActualText.Should().Be("60\u00A0400\u00A0tkr");
    }

    [Theory]
    [InlineData(true, ReportLanguage.Swedish, "Stapel: prognos. Svart streck: målvärde. Varje mål har sin egen skala. ✔ uppfyllt, ✘ ej uppfyllt.")]
    [InlineData(false, ReportLanguage.Swedish, "Stapel: utfall. Svart streck: målvärde. Varje mål har sin egen skala. ✔ uppfyllt, ✘ ej uppfyllt.")]
    [InlineData(true, ReportLanguage.English, "Bar: forecast. Black line: target. Each goal has its own scale. ✔ met, ✘ not met.")]
    public void HtmlWrite_ChartLegend_NamesTheBarAsTheTableNamesItsValues(bool interim, ReportLanguage language, string legend)
    {
        // Before: "Stapeln visar utfallet" under a delårsrapport's "Prognos mot målvärde".
        var html = HtmlReport.Write(EvaluationReport.Build(_f.RuleSet, interim ? _f.Interim : _f.Annual, language));

        html.Should().Contain($"<p class=\"legend\">{legend}</p>\n");
    }

    [Fact]
    public void Build_PolicySaysEkonomiskaMal_HeadsTheFinancialGoalsInThePolicysTerm()
    {
        // NRF's policy: "minst sju av tio verksamhetsmål vara uppfyllda och samtliga ekonomiska mål".
        var document = EvaluationReport.Build(_f.RuleSet, _f.Interim, ReportLanguage.Swedish);

        document.Blocks.OfType<ReportHeading>().Select(h => h.Text).Should().StartWith(["Verksamhetsmål", "Ekonomiska mål"]);
        document.Blocks.OfType<ReportParagraph>().First().Text.Should().Contain(
            "Av tre ekonomiska mål bedöms två vara uppfyllda och ett ej uppfyllt. Kravet att samtliga ekonomiska mål ska vara uppfyllda bedöms därmed inte nås.");
        document.Blocks.OfType<ReportParagraph>().Should().Contain(new ReportParagraph("Ekonomiska mål: ytterligare ett mål behöver uppfyllas (två av tre uppfyllda, krav tre). Det gäller detta mål:"));
    }

    [Fact]
    public void Build_PolicyWithoutWording_KeepsFinansiellaMal()
    {
        var ruleSet = _f.RuleSet with { Policy = _f.RuleSet.Policy with { Wording = null } };

        var document = EvaluationReport.Build(ruleSet, _f.Interim, ReportLanguage.Swedish);

        document.Blocks.OfType<ReportHeading>().Select(h => h.Text).Should().StartWith(["Verksamhetsmål", "Finansiella mål"]);
        EvaluationReport.Build(_f.RuleSet, _f.Interim, ReportLanguage.English).Blocks.OfType<ReportHeading>().Select(h => h.Text)
            .Should().StartWith(["Operational goals", "Financial goals"]);
    }

    [Fact]
    public void Build_RuleSetWithGroups_AddsTheRollUpWithChildrenIndented()
    {
        var ruleSet = RuleSetLoader.Load(RepositoryPaths.Rules("region-norrbotten/rs-plan-2020.yaml"));
        var result = new NRulesCompiler().Compile(ruleSet).Evaluate(ValuesLoader.Load(RepositoryPaths.Examples("region-norrbotten-2020-dap08.yaml"), ruleSet));

        var document = EvaluationReport.Build(ruleSet, result, ReportLanguage.Swedish);

        var blocks = document.Blocks.ToList();
        var heading = blocks.IndexOf(new ReportHeading("Måluppfyllelse per del av planen"));
        var table = (ReportTable)blocks[heading + 1];
        table.Headers.Should().Equal("Del av planen", "Nivå", "Uppfyllda", "Delvis", "Ej uppfyllda", "Ej bedömda", "Följs upp", "Risk");
        table.Rows.Should().HaveCount(result.Groups.Length);
        table.Rows.Take(2).Select(r => r.Select(c => c.Text)).Should().BeEquivalentTo(
            new[]
            {
                new[] { "Samhällsperspektivet", "perspektiv", "0 av 5", "0", "0", "5", "2", "–" },
                new[] { "› Hållbart nyttjande av resurser", "strategiskt mål", "0 av 3", "0", "0", "3", "0", "–" },
            },
            o => o.WithStrictOrdering());
        var operational = document.Blocks.OfType<ReportTable>().First();
        operational.Rows[0].Select(c => c.Text).Should().Equal(
            "Genomsnittligt utsläpp av personbilsparken", "? Ej bedömt", "–", result.Goals[0].Target, "Kan inte bedömas: följs inte upp i DÅ 08");
    }

    [Fact]
    public void Build_RuleSetWithoutGroups_NoRollUp() =>
        EvaluationReport.Build(_f.RuleSet, _f.Annual, ReportLanguage.Swedish).Blocks.OfType<ReportHeading>().Select(h => h.Text)
            .Should().Equal("Verksamhetsmål", "Ekonomiska mål");

    [Fact]
    public void Build_NotMetInterimInEnglish_StatusCellsCarrySymbolWordAndStatus()
    {
        var document = EvaluationReport.Build(_f.RuleSet, _f.Interim, ReportLanguage.English);

        var financial = document.Blocks.OfType<ReportTable>().ElementAt(1);
        // No goal of the example has a comment, so the table has no comment column (issue 13).
        financial.Headers.Should().Equal("Goal", "Status", "Forecast", "Target");
        financial.Rows[0].Select(c => c.Text).Should().Equal(
            "Resultat", "✘ Not met", "Intäkter 60\u00A0400\u00A0tkr, kostnader 60\u00A0800\u00A0tkr, beslutat underskott 0\u00A0tkr",
            "Intäkter ≥ kostnader (med avdrag för underskott som förbundsdirektionen beslutat)");
        financial.Rows[0][1].Status.Should().Be(Nrf.Goals.Results.GoalStatus.NotMet);
    }

    [Theory]
    [InlineData(ReportLanguage.Swedish, "Prognos", "Prognos mot målvärde", "Utfall", "Utfall mot målvärde")]
    [InlineData(ReportLanguage.English, "Forecast", "Forecast against target", "Outcome", "Actual against target")]
    public void Build_InterimAndAnnual_ValuesAreAForecastInTheDelarsrapportAndTheOutcomeInTheArsredovisning(
        ReportLanguage language, string interimColumn, string interimChart, string annualColumn, string annualChart)
    {
        var interim = EvaluationReport.Build(_f.RuleSet, _f.Interim, language);
        var annual = EvaluationReport.Build(_f.RuleSet, _f.Annual, language);

        interim.Blocks.OfType<ReportTable>().First().Headers[2].Should().Be(interimColumn);
        interim.Blocks.OfType<ReportChart>().Single().Title.Should().Be(interimChart);
        annual.Blocks.OfType<ReportTable>().First().Headers[2].Should().Be(annualColumn);
        annual.Blocks.OfType<ReportChart>().Single().Title.Should().Be(annualChart);
    }

    [Fact]
    public void Build_PlanWithPerspectives_ListsGoalsPerPerspectiveNotAsVerksamhetsmal()
    {
        var ruleSet = RuleSetLoader.Load(RepositoryPaths.Rules("region-norrbotten/rs-plan-2020.yaml"));
        var result = new NRulesCompiler().Compile(ruleSet).Evaluate(ValuesLoader.Load(RepositoryPaths.Examples("region-norrbotten-2020-dap08.yaml"), ruleSet));

        var document = EvaluationReport.Build(ruleSet, result, ReportLanguage.Swedish);

        var blocks = document.Blocks.ToList();
        var headings = blocks.OfType<ReportHeading>().Select(h => h.Text).ToList();
        headings.Take(5).Should().Equal("Samhällsperspektivet", "Medborgarperspektivet", "Verksamhetsperspektivet", "Medarbetarperspektivet", "Ekonomiperspektivet");
        headings.Should().NotContain(["Verksamhetsmål", "Finansiella mål"]);
        var ekonomi = (ReportTable)blocks[blocks.IndexOf(new ReportHeading("Ekonomiperspektivet")) + 1];
        ekonomi.Rows.Should().HaveCount(9, "the perspective's nine styrmått, operational and financial alike; its two activities are listed apart");
    }

    [Theory]
    [InlineData(ReportLanguage.Swedish, "Aktiviteter", "Läge", "pågår", "genomförd", "uppgift saknas")]
    [InlineData(ReportLanguage.English, "Activities", "State", "in progress", "done", "not reported")]
    public void Build_PlanWithActivities_ListsThemApartWithTheirState(ReportLanguage language, string heading, string stateHeader, string inProgress, string done, string missing)
    {
        var ruleSet = RuleSetLoader.Load(RepositoryPaths.Rules("region-norrbotten/rs-plan-2020.yaml"));
        var result = new NRulesCompiler().Compile(ruleSet).Evaluate(ValuesLoader.Load(RepositoryPaths.Examples("region-norrbotten-2020-dap08.yaml"), ruleSet));

        var blocks = EvaluationReport.Build(ruleSet, result, language).Blocks.ToList();

        var table = (ReportTable)blocks[blocks.IndexOf(new ReportHeading(heading)) + 1];
        table.Headers[1].Should().Be(stateHeader);
        table.Rows.Select(r => (r[0].Text, r[1].Text)).Should().Equal(
            ("Aktivitet: Följa genomförandet av digitaliseringsstrategins handlingsplan", inProgress),
            ("Aktivitet: Följa förnyelsearbetet som leder till nya vårdtjänster inom hälsa och vård", inProgress),
            ("Aktivitet: Följa konkreta aktiviteter på stockholmskontoret", done),
            ("Aktivitet: Förändring av patient- och egenavgifter", missing));
        blocks.OfType<ReportTable>().Where(t => !ReferenceEquals(t, table)).SelectMany(t => t.Rows).Select(r => r[0].Text)
            .Should().NotContain(t => t.StartsWith("Aktivitet:", StringComparison.Ordinal), "activities are no styrmått");
    }
}
