using Nrf.Goals.Reporting;
using Nrf.Goals.Reports;
using Nrf.Goals.Words;

namespace Nrf.Goals.Tests.Reporting;

public sealed class TrajectoryReportTests : IClassFixture<ReportFixture>
{
    private readonly ReportFixture _f;

    public TrajectoryReportTests(ReportFixture fixture) => _f = fixture;

    [Fact]
    public void Build_TwoYearsGivenOutOfOrder_ColumnsInYearOrderAndNoChangeSection()
    {
        var document = TrajectoryReport.Build(_f.RuleSet, [_f.Next, _f.Annual], ReportLanguage.Swedish);

        var table = document.Blocks.OfType<ReportTable>().Single();
        table.Headers.Should().Equal("Mål", "2023 ÅR", "2024 ÅR");
        var rows = table.Rows.ToDictionary(r => r[0].Text, r => r.Skip(1).Select(c => c.Text).ToArray());
        // The unit is named once, in the goal's cell; the report columns hold the numbers.
        rows["Skapa förutsättningar för sjukvårdsregional samverkan (%)"].Should().Equal("✘ 89,7", "✔ 93,3");
        rows["Likviditet (kr)"].Should().Equal("✔ 980\u00A0000", "✘ 450\u00A0000");
        rows["Gemensamt ansvar för jämlik vård"].Should().Equal("✔ uppfyllt", "◐ delvis uppfyllt");
        rows["Verksamhetsmål"].Should().Equal("✔ 8 av 10, uppfyllt", "✔ 8 av 10, uppfyllt");
        rows["Ekonomiska mål"].Should().Equal("✔ 3 av 3, uppfyllt", "✘ 2 av 3, ej uppfyllt");
        rows["God ekonomisk hushållning"].Should().Equal("✔ uppfyllt", "✘ ej uppfyllt");
        document.Blocks.OfType<ReportHeading>().Select(h => h.Text).Should().Equal("Senaste rapporten: årsredovisning 2024");
    }

    [Fact]
    public void Build_InterimThenAnnual_SaysWhichNumbersAreForecastsAndGivesEachGoalsUnitOnce()
    {
        var document = TrajectoryReport.Build(_f.RuleSet, [_f.Annual, _f.Interim], ReportLanguage.Swedish);

        // A delårsrapport's numbers are forecasts or outcomes to date, as its own tables say (issue 19).
        document.Blocks[0].Should().Be(new ReportParagraph(
            "Tabellen visar status och prognos eller utfall för varje mål i två rapporter, från 2023 DÅ 08 till 2023 ÅR. "
            + "✔ uppfyllt, ◐ delvis uppfyllt, ✘ ej uppfyllt, ? ej bedömt, ○ följs upp; talet är prognosen eller utfallet i en delårsrapport (DÅ), "
            + "som tabellerna i den anger, och utfallet i årsredovisningen (ÅR)."));
        var rows = document.Blocks.OfType<ReportTable>().Single().Rows.ToDictionary(r => r[0].Text, r => r.Skip(1).Select(c => c.Text).ToArray());
        // Before: "✔ 14 %" for what the goal's explanation calls "14 procentenheter".
        rows["Jämlik självskattad hälsa (procentenheter)"].Should().Equal("✔ 14", "✔ 14");
        rows["Resultat (tkr)"].Should().Equal("✘ 60\u00A0400", "✔ 61\u00A0250");
        rows["Samordning kunskapsstyrning och nära vård"].Should().Equal("✘ 1", "✔ 3");
    }

    [Fact]
    public void Build_AnnualReportsOnly_CallsTheNumbersOutcomes()
    {
        var document = TrajectoryReport.Build(_f.RuleSet, [_f.Annual, _f.Next], ReportLanguage.English);

        ((ReportParagraph)document.Blocks[0]).Text.Should().EndWith("; the number is the outcome.");
    }

    [Fact]
    public void Build_InterimThenAnnualOfOneYear_ExplainsEachStatusChangeWithTheValuesThatMoved()
    {
        var document = TrajectoryReport.Build(_f.RuleSet, [_f.Annual, _f.Interim], ReportLanguage.Swedish);

        document.Blocks.OfType<ReportTable>().Single().Headers.Should().Equal("Mål", "2023 DÅ 08", "2023 ÅR");
        var blocks = document.Blocks.ToList();
        var heading = blocks.FindIndex(b => b is ReportHeading { Text: "Från 2023 DÅ 08 till 2023 ÅR" });
        heading.Should().BePositive();
        blocks[heading + 1].Should().Be(new ReportParagraph("Bedömningen av god ekonomisk hushållning ändrades från ej uppfyllt till uppfyllt. Tre mål bytte status:"));
        ((ReportList)blocks[heading + 2]).Items.Should().Equal(
            "Samordning kunskapsstyrning och nära vård: ej uppfyllt → uppfyllt. Ändrade värden: Möten om samordning av kunskapsstyrning och nära vård som NRF anordnat: 1 → 3. Nu: 3 samordningsmöten för året, mål minst 2.",
            "Utveckling av forskning och utbildning inom sjukvårdsregionen: ej uppfyllt → uppfyllt. Ändrade värden: Antal ärenden hos HTA Norr: 10 → 14. Nu: 14 ärenden hos HTA Norr mot 11 året innan.",
            "Resultat: ej uppfyllt → uppfyllt. Ändrade värden: Intäkter: 60\u00A0400 → 61\u00A0250; Kostnader: 60\u00A0800 → 60\u00A0980. Nu: intäkter 61\u00A0250\u00A0tkr, kostnader 60\u00A0980\u00A0tkr, beslutat underskott 0\u00A0tkr.");
    }

    [Fact]
    public void Build_InterimThenAnnualInEnglish_ChangeSectionInEnglish()
    {
        var document = TrajectoryReport.Build(_f.RuleSet, [_f.Interim, _f.Annual], ReportLanguage.English);

        document.Blocks.OfType<ReportParagraph>().Should().Contain(new ReportParagraph("The assessment of sound financial management changed from not met to met. Three goals changed status:"));
    }

    [Fact]
    public void Build_ManualAssessmentChangedBetweenDa08AndAr_SaysTheAssessmentChanged()
    {
        var ruleSet = Nrf.Goals.Loading.RuleSetLoader.Load(RepositoryPaths.Rules("region-norrbotten/rs-plan-2020.yaml"));
        var compiled = new Nrf.Goals.Rules.Compilation.NRulesCompiler().Compile(ruleSet);
        var text = File.ReadAllText(RepositoryPaths.Examples("region-norrbotten-2020-dap08.yaml"));
        var interim = compiled.Evaluate(Nrf.Goals.Loading.ValuesLoader.Parse(text, "dap08.yaml", ruleSet));
        var annualText = text.Replace("report: interim", "report: annual").Replace("asOf: 2020-08-31", "asOf: 2020-12-31").Replace("period: DÅ08", "period: ÅR")
            .Replace("method_bank: {status: partly-met", "method_bank: {status: met");
        var annual = compiled.Evaluate(Nrf.Goals.Loading.ValuesLoader.Parse(annualText, "ar.yaml", ruleSet));

        var document = TrajectoryReport.Build(ruleSet, [interim, annual], ReportLanguage.Swedish);

        document.Blocks.OfType<ReportList>().SelectMany(l => l.Items).Should().ContainSingle(line => line.StartsWith("Utvecklingsprocessen innehåller metoder och verktyg som säkrar både förnyelse, innovation och förbättring: ", StringComparison.Ordinal))
            .Which.Should().Contain("delvis uppfyllt → uppfyllt. Den manuella bedömningen ändrades.");
    }
}
