using Nrf.Goals.Evaluation;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.Reports;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Words;

namespace Nrf.Goals.Tests.Reporting;

/// <summary><see cref="ComparisonReport"/>: one rule set for many entities, counted in words and tabled.</summary>
public sealed class ComparisonReportTests
{
    private static readonly RuleSet Rules = RuleSetLoader.Parse(
        "id: jamforelse\ntitle: Mål\nvalidity: {from: 2023, to: 2023}\npolicy: {operational: all, financial: all}\n" +
        "indicators:\n" +
        "  - {id: resultat, title: Resultat, unit: '%'}\n" +
        "  - {id: halsa, title: Hälsa, unit: '%', by: sex}\n" +
        "  - {id: investeringar, title: Investeringar, unit: mnkr}\n" +
        "goals:\n" +
        "  - {id: f1, title: Resultat, category: financial, target: minst 2 %, criterion: resultat >= 2}\n" +
        "  - {id: v1, title: Hälsa, category: operational, criterion: ['halsa[K] >= 70', 'halsa[M] >= 70']}\n" +
        "  - {id: v2, title: Investeringar, category: operational, criterion: {monitor: investeringar}}\n",
        "jamforelse.yaml");

    private static List<ComparedEntity> Entities(bool withRegion)
    {
        var compiled = new NRulesCompiler().Compile(Rules);
        ComparedEntity Of(string name, string code, bool region, string values) => new(name, code, region, compiled.Evaluate(
            ValuesLoader.Parse($"entity: x\nyear: 2023\nreport: annual\nvalues:\n{values}", "v.yaml", Rules), EvaluationDetail.StatusesOnly));
        return
        [
            Of("Ale", "1440", false, "  resultat: 2.5\n  halsa: {K: 71, M: 72}\n  investeringar: 10\n"),
            Of("Alingsås", "1489", false, "  resultat: 1\n  halsa: {K: 71, M: 60}\n  investeringar: 12\n"),
            Of(withRegion ? "Region Gotland" : "Bengtsfors", withRegion ? "09" : "1460", withRegion, "  resultat: {missing: saknas i Kolada}\n  halsa: {K: 71, M: 72}\n"),
        ];
    }

    [Fact]
    public void Build_CountsEachGoalAndTheVerdictInSwedishWords()
    {
        var document = ComparisonReport.Build(Rules, "Västra Götaland", Entities(withRegion: false), ReportLanguage.Swedish);

        document.Title.Should().Be("Mål – Västra Götaland 2023");
        document.Blocks.OfType<ReportParagraph>().Single().Text.Should().Be(
            "Tre mål har bedömts för 3 kommuner med värdena för 2023. God ekonomisk hushållning: 1 av 3 kommuner uppfyller kravet, 1 uppfyller det inte och 1 kan inte avgöras.");
        document.Blocks.OfType<ReportList>().Single().Items.Should().Equal(
            "Resultat (minst 2 %): 1 av 3 kommuner når målet, 1 når det inte och 1 kan inte bedömas.",
            "Hälsa: 2 av 3 kommuner når målet och 1 når det delvis.",
            "Investeringar: följs upp utan mål för 3 av 3 kommuner.");
        var table = document.Blocks.OfType<ReportTable>().Single();
        table.Sortable.Should().BeTrue();
        table.Headers.Should().Equal("Kommun", "Kod", "Resultat", "Hälsa", "Investeringar", "God ekonomisk hushållning");
        table.Rows[1].Select(c => c.Text).Should().Equal("Alingsås", "1489", "✘ Ej uppfyllt", "◐ Delvis uppfyllt", "○ Följs upp", "✘ Ej uppfyllt");
    }

    [Fact]
    public void Table_PlainWordsForASpreadsheet_AndBothNounsForKommunerAndRegioner()
    {
        var entities = Entities(withRegion: true);

        var table = ComparisonReport.Table(Rules, entities, ReportLanguage.Swedish);
        var english = ComparisonReport.Build(Rules, "mixed", entities, ReportLanguage.English);

        table.Sortable.Should().BeFalse();
        table.Headers[0].Should().Be("Kommun eller region");
        table.Rows[2].Select(c => c.Text).Should().Equal("Region Gotland", "09", "Ej bedömt", "Uppfyllt", "Följs upp", "Kan inte avgöras");
        english.Blocks.OfType<ReportParagraph>().Single().Text.Should().Be(
            "Three goals were judged for 3 municipalities and regions on the values for 2023. Sound financial management: 1 of 3 municipalities and regions meet the requirement, 1 do not meet it and 1 cannot be determined.");
    }

    [Fact]
    public void Build_NoEntity_IsAClearError()
    {
        var act = () => ComparisonReport.Build(Rules, "ingen", [], ReportLanguage.Swedish);

        act.Should().Throw<ArgumentException>().WithMessage("A comparison needs at least one entity.*");
    }

    [Fact]
    public void Html_SortableTableOnly_CarriesTheScript()
    {
        var html = HtmlReport.Write(ComparisonReport.Build(Rules, "Västra Götaland", Entities(withRegion: false), ReportLanguage.Swedish));
        var plain = HtmlReport.Write(new ReportDocument("Utan sortering", ReportLanguage.Swedish, [new ReportTable(["A"], [[new ReportCell("1")]])]));

        html.Should().Contain("<th scope=\"col\" aria-sort=\"none\"><button type=\"button\">Kod</button></th>");
        html.Should().Contain("localeCompare(b.cells[column].textContent, \"sv\", { numeric: true })");
        plain.Should().NotContain("<script").And.NotContain("aria-sort").And.NotContain("table.sortable");
    }
}
