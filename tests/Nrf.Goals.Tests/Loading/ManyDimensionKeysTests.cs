using System.Text;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.Tables;

namespace Nrf.Goals.Tests.Loading;

/// <summary>
/// A dimension with many keys: a wrong key's message lists the first 20 keys and how many more, whatever the values
/// format (100 wrong keys against 190 000 once made 140 MB of stderr), and the keys are looked up, not scanned (issue 15).
/// </summary>
public sealed class ManyDimensionKeysTests
{
    private const string More = "k01, k02, k03, k04, k05, k06, k07, k08, k09, k10, k11, k12, k13, k14, k15, k16, k17, k18, k19, k20, … and 5 more";

    private static readonly Lazy<RuleSet> Rules = new(() => RuleSetLoader.Parse(
        "id: kommun\ntitle: Kommun\nentity: demo\nvalidity: {from: 2024, to: 2024}\npolicy: {operational: all, financial: all}\n"
        + $"dimensions:\n  kommun: [{string.Join(", ", Enumerable.Range(1, 25).Select(i => $"k{i:D2}"))}]\n"
        + "indicators:\n  - {id: share_pct, title: Andel, unit: \"%\", by: kommun}\n  - {id: sent, title: Skickad, type: yes-no}\n"
        + "goals:\n  - {id: g1, title: G1, category: operational, criterion: \"share_pct[k25] >= 20\"}\n  - {id: g2, title: G2, category: financial, criterion: sent}\n"));

    [Fact]
    public void Load_YamlKeyNotInALargeDimension_ListsTwentyKeysAndHowManyMore()
    {
        LoadAssertions.ValueErrors("entity: demo\nyear: 2024\nreport: annual\nvalues:\n  share_pct: {k25: 20, x99: 3}\n", Rules.Value).Should().Equal(
            $"values.yaml:5:24: 'x99' is not a key of kommun (did you mean 'k09'?); 'share_pct' takes {More}");
    }

    [Fact]
    public void Load_YamlSingleValueForALargeDimension_ListsTwentyKeysAndHowManyMore()
    {
        LoadAssertions.ValueErrors("entity: demo\nyear: 2024\nreport: annual\nvalues:\n  share_pct: {2024: 20}\n", Rules.Value).Should().Equal(
            $"values.yaml:5:21: 'share_pct' for 2024 is broken down by kommun; give a value per key ({More})");
    }

    [Fact]
    public void Load_CsvKeyNotInALargeDimension_ListsTwentyKeysAndHowManyMore()
    {
        var csv = "indikator;år;nedbrytning;värde\nshare_pct;2024;x99;3\n";

        var act = () => ValuesTables.Load(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "values.csv", Rules.Value);

        act.Should().Throw<NrfGoalsException>().Which.Diagnostics.Select(d => d.ToString()).Should().Equal(
            $"values.csv:2:16: 'x99' is not a key of kommun (did you mean 'k09'?); 'share_pct' takes {More} (column nedbrytning)");
    }

    [Fact]
    public void Join_TwentyNamesOrFewer_ListsThemAll()
    {
        MessageList.Join(Enumerable.Range(1, 20).Select(i => $"k{i:D2}")).Should().NotContain("more").And.EndWith("k19, k20");
        MessageList.Join(["K", "M", "T"]).Should().Be("K, M, T");
    }
}
