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
    public void Build_NrfInterim_AChartPerCategoryOfTheGoalsWithANumericTargetInTheirUnits()
    {
        var document = EvaluationReport.Build(_f.RuleSet, _f.Interim, ReportLanguage.Swedish);

        // Before: one chart of every comparison, mål 8's "gap < gap(previous_measurement)" and Resultat's "intäkter ≥
        // kostnader" among them, with no target a bar could show.
        var charts = document.Blocks.OfType<ReportChart>().ToList();
        charts.Select(c => c.Title).Should().Equal("Prognos mot målvärde – verksamhetsmål", "Prognos/utfall mot målvärde – ekonomiska mål");
        charts[0].Bars.Select(b => (b.Label, b.ActualText, b.TargetText, b.Caption(ReportLanguage.Swedish))).Should().Equal(
            ("Skapa förutsättningar för sjukvårdsregional samverkan", "85,0\u00A0%", "minst 90,0\u00A0%", "✘ 85,0\u00A0% (mål minst 90,0\u00A0%)"),
            ("Samordning kunskapsstyrning och nära vård", "1", "minst 2", "✘ 1 (mål minst 2)"));
        charts[1].Bars.Select(b => (b.Label, b.ActualText, b.TargetText)).Should().Equal(
            ("Likviditet", "980\u00A0000\u00A0kr", "minst 500\u00A0000\u00A0kr"),
            ("Eget kapital", "3\u00A0100\u00A0000\u00A0kr", "minst 1\u00A0000\u00A0000\u00A0kr"));
        charts[1].ValueName.Should().Be("Prognos/utfall", "the lowest balance so far is an outcome, the equity a forecast");
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
        // Counted over the styrmått DÅ 08 follows up: no part is "0 av 0", no risk column without a risk score, no column
        // of zeros (nothing monitored is followed up in DÅ 08).
        table.Headers.Should().Equal("Del av planen", "Nivå", "Uppfyllda", "Delvis", "Ej uppfyllda", "Ej bedömda");
        table.Rows.Should().HaveCount(29);
        table.Rows.Take(3).Select(r => r.Select(c => c.Text)).Should().BeEquivalentTo(
            new[]
            {
                new[] { "Medborgarperspektivet", "perspektiv", "3 av 12", "1", "7", "1" },
                new[] { "› Stöd och motivation för att främja jämlik och jämställd hälsa", "strategiskt mål", "1 av 1", "0", "0", "0" },
                new[] { "› › Medveten prioritering av generella insatser för att förebygga ohälsa", "framgångsfaktor", "1 av 1", "0", "0", "0" },
            },
            o => o.WithStrictOrdering());
        table.Rows.Select(r => r[0].Text).Should().NotContain(t => t.Contains("Samhällsperspektivet", StringComparison.Ordinal), "DÅ 08 follows none of its styrmått up");
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
        // The lowest bank balance so far is an outcome, the result a forecast for the year: the column says both, each cell its own.
        financial.Headers.Should().Equal("Goal", "Status", "Forecast/actual", "Target");
        financial.Rows[0].Select(c => c.Text).Should().Equal(
            "Resultat", "✘ Not met", "Forecast, full year: intäkter 60\u00A0400\u00A0tkr, kostnader 60\u00A0800\u00A0tkr, beslutat underskott 0\u00A0tkr",
            "Intäkterna motsvarar eller överstiger kostnaderna (med avdrag för underskott som förbundsdirektionen beslutat)");
        financial.Rows[1][2].Text.Should().Be("Actual Jan–Aug: lägsta saldo under året 980\u00A0000\u00A0kr, mål minst 500\u00A0000\u00A0kr");
        financial.Rows[0][1].Status.Should().Be(Nrf.Goals.Results.GoalStatus.NotMet);
    }

    [Theory]
    [InlineData(ReportLanguage.Swedish, "Prognos helår", "Prognos mot målvärde – verksamhetsmål", "Utfall", "Utfall mot målvärde – verksamhetsmål")]
    [InlineData(ReportLanguage.English, "Forecast, full year", "Forecast against target – operational goals", "Actual", "Actual against target – operational goals")]
    public void Build_InterimAndAnnual_ValuesAreAForecastInTheDelarsrapportAndTheOutcomeInTheArsredovisning(
        ReportLanguage language, string interimColumn, string interimChart, string annualColumn, string annualChart)
    {
        var interim = EvaluationReport.Build(_f.RuleSet, _f.Interim, language);
        var annual = EvaluationReport.Build(_f.RuleSet, _f.Annual, language);

        interim.Blocks.OfType<ReportTable>().First().Headers[2].Should().Be(interimColumn);
        interim.Blocks.OfType<ReportChart>().First().Title.Should().Be(interimChart);
        annual.Blocks.OfType<ReportTable>().First().Headers[2].Should().Be(annualColumn);
        annual.Blocks.OfType<ReportChart>().First().Title.Should().Be(annualChart);
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
        ekonomi.Rows.Should().HaveCount(7, "the perspective's nine styrmått but the two DÅ 08 does not follow up; its two activities are listed apart");
        blocks[blocks.IndexOf(ekonomi) + 1].Should().Be(new ReportParagraph(
            "Redovisas i årsredovisningen: Kostnad per producerad DRG-poäng exkl ytterfall enligt nationella KPP-databasen; Kostnad för ytterfall."));
    }

    [Theory]
    [InlineData(ReportLanguage.Swedish, "Aktiviteter", "Läge", "Pågår", "Genomförd", "Redovisas i årsredovisningen")]
    [InlineData(ReportLanguage.English, "Activities", "State", "In progress", "Done", "Reported in the annual report")]
    public void Build_PlanWithActivities_ListsThemApartWithTheirState(ReportLanguage language, string heading, string stateHeader, string inProgress, string done, string elsewhere)
    {
        var ruleSet = RuleSetLoader.Load(RepositoryPaths.Rules("region-norrbotten/rs-plan-2020.yaml"));
        var result = new NRulesCompiler().Compile(ruleSet).Evaluate(ValuesLoader.Load(RepositoryPaths.Examples("region-norrbotten-2020-dap08.yaml"), ruleSet));

        var blocks = EvaluationReport.Build(ruleSet, result, language).Blocks.ToList();

        var table = (ReportTable)blocks[blocks.IndexOf(new ReportHeading(heading)) + 1];
        table.Headers[1].Should().Be(stateHeader);
        // Before: the activity the årsredovisning follows up read "uppgift saknas | följs inte upp i DÅ 08".
        table.Rows.Select(r => (r[0].Text, r[1].Text, r[2].Text)).Should().Equal(
            ("Aktivitet: Följa genomförandet av digitaliseringsstrategins handlingsplan", inProgress, "Åtta av handlingsplanens tolv åtgärder är genomförda"),
            ("Aktivitet: Följa förnyelsearbetet som leder till nya vårdtjänster inom hälsa och vård", inProgress, "Två nya vårdtjänster (digitalt vårdbesök och egenmonitorering) i test"),
            ("Aktivitet: Följa konkreta aktiviteter på stockholmskontoret", done, "Fem påverkansaktiviteter genomförda under tertialet"),
            ("Aktivitet: Förändring av patient- och egenavgifter", "–", elsewhere));
        blocks.OfType<ReportTable>().Where(t => !ReferenceEquals(t, table)).SelectMany(t => t.Rows).Select(r => r[0].Text)
            .Should().NotContain(t => t.StartsWith("Aktivitet:", StringComparison.Ordinal), "activities are no styrmått");
    }
}
