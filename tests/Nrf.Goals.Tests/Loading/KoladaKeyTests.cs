using Nrf.Goals.Loading;
using static Nrf.Goals.Tests.Loading.LoadAssertions;

namespace Nrf.Goals.Tests.Loading;

/// <summary>An indicator's <c>kolada:</c> names the Kolada KPI its values come from, checked at load as far as it can be without Kolada.</summary>
public sealed class KoladaKeyTests
{
    private const string Head =
        "id: kommun\ntitle: Kommunens mål\nvalidity: {from: 2021, to: 2025}\npolicy: {operational: all, financial: all}\n" +
        "dimensions: {region: [norr, syd]}\nindicators:\n";

    private const string Goals = "  - {id: ok, title: Annat}\ngoals:\n  - {id: f1, title: Resultat, category: financial, criterion: ok >= 0}\n";

    [Fact]
    public void Load_KpiOnATotalAndOnAnIndicatorBySex_KeptOnTheIndicator()
    {
        var ruleSet = RuleSetLoader.Parse(
            Head +
            "  - {id: x, title: Årets resultat, unit: '%', kolada: N03102}\n" +
            "  - {id: h, title: Hälsa, unit: '%', by: sex, kolada: U01405}\n" +
            "  - {id: own, title: Egen uppgift}\n" +
            Goals + "  - {id: v1, title: Hälsa, category: operational, criterion: 'h[K] >= x and own >= 0'}\n",
            "rules.yaml");

        ruleSet.Indicators.Select(i => (i.Id, i.KoladaKpi)).Should().Equal(("x", "N03102"), ("h", "U01405"), ("own", (string?)null), ("ok", (string?)null));
    }

    [Theory]
    [InlineData("{id: x, title: X, kolada: n03102}", "rules.yaml:7:31: 'n03102' is not a Kolada KPI id (did you mean 'N03102'?): an id is a capital letter and five digits, e.g. N03102")]
    [InlineData("{id: x, title: X, kolada: N3102}", "rules.yaml:7:31: 'N3102' is not a Kolada KPI id: an id is a capital letter and five digits, e.g. N03102")]
    [InlineData("{id: x, title: X, kolada: 'N03102,N03106'}", "rules.yaml:7:31: 'N03102,N03106' is not a Kolada KPI id: an id is a capital letter and five digits, e.g. N03102")]
    [InlineData("{id: x, title: X, type: yes-no, kolada: N03102}", "rules.yaml:7:45: indicator 'x' is not a number, but Kolada gives one number a year, in total or by sex (K, M, T); only a number per year, or by: sex, can take its values from Kolada")]
    [InlineData("{id: x, title: X, by: date, kolada: N03102}", "rules.yaml:7:41: indicator 'x' is a dated series, but Kolada gives one number a year, in total or by sex (K, M, T); only a number per year, or by: sex, can take its values from Kolada")]
    [InlineData("{id: x, title: X, by: region, kolada: N03102}", "rules.yaml:7:43: indicator 'x' is broken down by region, but Kolada gives one number a year, in total or by sex (K, M, T); only a number per year, or by: sex, can take its values from Kolada")]
    public void Load_KpiThatCannotBe_RefusedAtTheKey(string indicator, string expected)
    {
        RuleErrors(Head + "  - " + indicator + "\n" + Goals).Should().Equal(expected);
    }
}
