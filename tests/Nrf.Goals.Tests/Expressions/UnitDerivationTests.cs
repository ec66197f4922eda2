using Nrf.Goals.Diagnostics;
using Nrf.Goals.Evaluation;
using Nrf.Goals.Expressions;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.Reporting;
using Nrf.Goals.Reports;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Words;

namespace Nrf.Goals.Tests.Expressions;

/// <summary>
/// The unit of a computed number, derived from the expression and its indicators' units: what results
/// (<see cref="Results.PartComparison"/>), explanations and every report write beside it — never the first indicator's
/// unit for a per cent ("3,028 mnkr (mål ≥ 2 mnkr)" was issue 20's finding).
/// </summary>
public sealed class UnitDerivationTests
{
    private const string Indicators = """
        id: units
        title: Enheter
        entity: kommun
        validity: {from: 2023, to: 2025}
        policy: {operational: report-only, financial: all}
        indicators:
          - {id: resultat_mnkr, title: Årets resultat, unit: mnkr}
          - {id: skatter_mnkr, title: Skatteintäkter och generella statsbidrag, unit: mnkr}
          - {id: kostnad_tkr, title: Kostnad, unit: tkr}
          - {id: kostnad_kr, title: Kostnad, unit: kr}
          - {id: invanare, title: Invånare, unit: antal}
          - {id: moten, title: Möten}
          - {id: andel_pct, title: Andel, unit: "%", by: sex}
          - {id: nyckeltal_pct, title: Nyckeltal, unit: "%"}
        goals:

        """;

    private static ValueUnit? UnitOf(string expression)
    {
        var ruleSet = RuleSetLoader.Parse(Indicators + $"  - {{id: g, title: Mål, category: financial, criterion: \"{expression} >= 0\"}}\n", "units.yaml");
        var part = ((ExpressionCriterion)ruleSet.Goals[0].Criterion).Parts[0];
        return UnitDerivation.Of(((BinaryExpr)part.Expression).Left, part, ruleSet.FindIndicator);
    }

    [Theory]
    [InlineData("resultat_mnkr", "mnkr", false, false)]
    [InlineData("resultat_mnkr - skatter_mnkr", "mnkr", false, true)]
    [InlineData("resultat_mnkr + skatter_mnkr", "mnkr", false, false)]
    [InlineData("-resultat_mnkr", "mnkr", false, false)]
    [InlineData("resultat_mnkr / skatter_mnkr", "mnkr", true, false)]
    [InlineData("(resultat_mnkr + resultat_mnkr) / (skatter_mnkr + skatter_mnkr)", "mnkr", true, false)]
    [InlineData("resultat_mnkr * 100 / skatter_mnkr", "%", false, false)]
    [InlineData("resultat_mnkr / skatter_mnkr * 100", "%", false, false)]
    [InlineData("100 * resultat_mnkr / skatter_mnkr", "%", false, false)]
    [InlineData("sum_years(resultat_mnkr, 3) / sum_years(skatter_mnkr, 3) * 100", "%", false, false)]
    [InlineData("sum_years(resultat_mnkr, 3)", "mnkr", false, false)]
    [InlineData("mean_period(kostnad_tkr)", "tkr", false, false)]
    [InlineData("weighted_mean_years(nyckeltal_pct, resultat_mnkr, 3)", "%", false, false)]
    [InlineData("nyckeltal_pct / 100", "%", true, false)]
    [InlineData("resultat_mnkr * 2", "mnkr", false, false)]
    [InlineData("resultat_mnkr / 3", "mnkr", false, false)]
    [InlineData("kostnad_kr * invanare", "kr", false, false)]
    [InlineData("moten * kostnad_tkr", "tkr", false, false)]
    [InlineData("resultat_mnkr / skatter_mnkr * kostnad_tkr", "tkr", false, false)]
    [InlineData("gap(andel_pct)", "%", false, true)]
    [InlineData("andel_pct[K] - andel_pct[M]", "%", false, true)]
    [InlineData("abs(andel_pct[K] - andel_pct[M])", "%", false, true)]
    [InlineData("previous(resultat_mnkr)", "mnkr", false, false)]
    [InlineData("min(resultat_mnkr, skatter_mnkr)", "mnkr", false, false)]
    [InlineData("moten / moten", null, true, false)]
    [InlineData("5 * 2", null, false, false)]
    // A share times 100 is a per cent whatever was done to it first (a review found these written as shares, ×100 again).
    [InlineData("resultat_mnkr / (2 * skatter_mnkr) * 100", "%", false, false)]
    [InlineData("(resultat_mnkr / skatter_mnkr + skatter_mnkr / resultat_mnkr) / 2 * 100", "%", false, false)]
    [InlineData("(resultat_mnkr / skatter_mnkr + skatter_mnkr / resultat_mnkr) / 2", "mnkr", true, false)]
    // A share of a count is a count, whichever side the share is on.
    [InlineData("resultat_mnkr / skatter_mnkr * invanare", "antal", false, false)]
    [InlineData("invanare * (resultat_mnkr / skatter_mnkr)", "antal", false, false)]
    public void Of_Expression_IsTheUnitOfItsNumber(string expression, string? unit, bool isShare, bool isDifference) =>
        UnitOf(expression).Should().Be(new ValueUnit(unit, isShare, isDifference));

    [Fact]
    public void Of_AShareLessOne_IsARelativeDifferenceWrittenAsPerCent()
    {
        // Region Norrbotten's "2018 +8 % över riket": a / b - 1 < 0.08. Results have always said of it: the unit of the
        // quantities, not a share, a difference (the golden JSON); reports write it as the per cent it is.
        var unit = UnitOf("kostnad_kr / kostnad_kr - 1")!;

        unit.Should().Be(new ValueUnit("kr", false, true) { IsRelative = true });
        unit.IsFraction.Should().BeTrue();
    }

    [Theory]
    [InlineData("kostnad_kr / invanare")]
    [InlineData("resultat_mnkr + kostnad_tkr")]
    [InlineData("resultat_mnkr * skatter_mnkr")]
    [InlineData("min(resultat_mnkr, kostnad_tkr)")]
    [InlineData("1 / resultat_mnkr")]
    public void Of_UnitsMixedAnotherWay_CannotBeDerived(string expression) => UnitOf(expression).Should().BeNull();

    [Fact]
    public void Load_UnitThatCannotBeDerived_IsAWarningAtItsPlaceAndStatedWithUnitItIsNot()
    {
        var ruleSet = RuleSetLoader.Parse(Indicators + """
              - {id: per-invanare, title: Kostnad per invånare, category: financial, criterion: "kostnad_kr / invanare <= 50000"}
              - {id: angiven, title: Kostnad per invånare, category: financial, unit: kr/invånare, criterion: "kostnad_kr / invanare <= 50000"}
              - id: del
                title: Kostnad per invånare
                category: financial
                criterion: [{label: Kostnad, expr: "kostnad_kr / invanare <= 50000", unit: kr}, "resultat_mnkr >= 0"]
              - {id: bevakas, title: Kostnad per invånare, category: financial, criterion: {monitor: kostnad_kr / invanare}}
            """, "units.yaml");

        ruleSet.Warnings.Select(w => w.ToString()).Where(w => w.Contains("the unit of", StringComparison.Ordinal)).Should().Equal(
            "units.yaml:16:86: warning: the unit of 'kostnad_kr / invanare' cannot be derived from its indicators' units, so reports show its number without a unit; state it with 'unit:' on the goal (or on the part), e.g. unit: kr",
            "units.yaml:22:90: warning: the unit of 'kostnad_kr / invanare' cannot be derived from its indicators' units, so reports show its number without a unit; state it with 'unit:' on the goal (or on the part), e.g. unit: kr");
        ((ExpressionCriterion)ruleSet.Goals[1].Criterion).Parts[0].Unit.Should().Be("kr/invånare");
        ((ExpressionCriterion)ruleSet.Goals[2].Criterion).Parts.Select(p => p.Unit).Should().Equal("kr", null);
    }

    [Fact]
    public void Evaluate_PerCentComputedFromAmounts_ReadsPerCentInJsonAndEveryReport()
    {
        // Issue 20: sum(resultat) * 100 / sum(skatter) was "3,028 mnkr (mål ≥ 2 mnkr)" and JSON said "unit": "mnkr".
        var ruleSet = RuleSetLoader.Parse(Indicators + """
              - {id: f1, title: Resultatet ska i snitt uppgå till minst 2 % av skatteintäkter och generella statsbidrag, category: financial, criterion: "sum_years(resultat_mnkr, 3) * 100 / sum_years(skatter_mnkr, 3) >= 2"}
              - {id: kvot, title: Kostnad per invånare, category: financial, unit: kr, criterion: "kostnad_kr / invanare <= 50000"}
            """, "units.yaml");
        var values = ValuesLoader.Parse("entity: kommun\nyear: 2023\nreport: annual\nvalues:\n  resultat_mnkr: {2021: 31, 2022: 36.7, 2023: 6.1}\n  skatter_mnkr: {2021: 757, 2022: 819, 2023: 861}\n  kostnad_kr: 600000000\n  invanare: 12000\n", "values.yaml", ruleSet);
        var result = new NRulesCompiler().Compile(ruleSet).Evaluate(values);

        var comparison = result.Goal("f1")!.Parts[0].Comparison!;
        (comparison.Unit, comparison.IsShare).Should().Be(("%", false));
        JsonReport.Write(result).Should().Contain("\"unit\": \"%\"").And.NotContain("\"unit\": \"mnkr\"");
        result.Goal("kvot")!.Parts[0].Comparison!.Unit.Should().Be("kr", "the rule file states it");

        // Numbers keep their parts together with no-break spaces; compared here as plain spaces.
        var section = Plain(MarkdownReport.Write(EvaluationReport.Build(ruleSet, result, ReportLanguage.Swedish)));
        section.Should().Contain(@"2021–2023: 3,0 % av skatteintäkter och generella statsbidrag \(mål minst 2,0 %\)").And.NotContain("mnkr");
        section.Should().Contain(@"Kostnad 600 000 000 kr delat med invånare 12 000, blir 50 000 kr \(mål högst 50 000 kr\)").And.NotContain("andel 50 000 kr");
        var trajectory = Plain(MarkdownReport.Write(TrajectoryReport.Build(ruleSet, [result], ReportLanguage.Swedish)));
        trajectory.Should().Contain("3,0").And.NotContain("mnkr").And.NotContain("302,8");

        // HTML and DOCX render the same document, the chart's bars included.
        var document = EvaluationReport.Build(ruleSet, result, ReportLanguage.Swedish);
        Plain(HtmlReport.Write(document)).Should().Contain("3,0 %").And.NotContain("mnkr");
        using var docx = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(DocxReport.Write(document)), false);
        var words = Plain(docx.MainDocumentPart!.Document.Body!.InnerText + string.Join(" ", docx.MainDocumentPart.ChartParts.Select(c => c.ChartSpace!.InnerText)));
        words.Should().Contain("3,0 %").And.NotContain("mnkr");
    }

    private static string Plain(string text) => text.Replace('\u00a0', ' ').Replace('\u202f', ' ');
}
