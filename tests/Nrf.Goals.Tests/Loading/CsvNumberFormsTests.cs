using System.Text;
using Nrf.Goals.Loading;
using static Nrf.Goals.Tests.Loading.TableRules;

namespace Nrf.Goals.Tests.Loading;

/// <summary>Swedish Excel's own number forms in CSV: "15,5 %" for a per-cent indicator and the Unicode minus (U+2212).</summary>
public sealed class CsvNumberFormsTests
{
    private const string Header = "indicator;year;breakdown;value\r\n";

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Load_PerCentTextForAPerCentIndicator_ReadsTheNumberShown()
    {
        var csv = Header +
                  "national_group_share_pct;2023;norrbotten;15,5 %\r\n" +
                  "national_group_share_pct;2023;vasternorrland;18,0\u00A0%\r\n" +
                  "national_group_share_pct;2023;jamtland-harjedalen;9,5%\r\n";

        var document = Load(Utf8(csv), "values.csv", NrfRuleSet);

        document.Find("national_group_share_pct")!.Keyed[2023].Should().Equal(new Dictionary<string, decimal>
        {
            ["norrbotten"] = 15.5m,
            ["vasternorrland"] = 18.0m,
            ["jamtland-harjedalen"] = 9.5m,
        });
        document.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Load_PerCentTextForAnotherUnit_RefusedAtTheCell()
    {
        Errors(Utf8(Header + "revenue_tkr;2023;;15,5 %\r\n"), "values.csv", NrfRuleSet).Should().Equal(
            "values.csv:2:19: 'revenue_tkr' for 2023 (column value) is written as per cent ('15,5 %'), but the indicator's unit is 'tkr', not '%'; write the number without '%' if 15,5 is meant, or declare the unit \"%\"");
    }

    [Fact]
    public void Load_UnicodeMinus_ReadsANegativeNumber()
    {
        var document = Load(Utf8(Header + "revenue_tkr;2023;;\u22121 250,5\r\ncosts_tkr;2023;;\u22125\r\n"), "values.csv", NrfRuleSet);

        document.Find("revenue_tkr")!.Years.Should().Equal(new Dictionary<int, decimal> { [2023] = -1250.5m });
        document.Find("costs_tkr")!.Years.Should().Equal(new Dictionary<int, decimal> { [2023] = -5m });
    }

    [Fact]
    public void Load_AmbiguousNumberForms_StillRefusedAtTheCell()
    {
        var csv = Header +
                  "national_group_share_pct;2023;norrbotten;15,5 %%\r\n" +
                  "national_group_share_pct;2023;vasternorrland;% 18\r\n" +
                  "revenue_tkr;2023;;\u2212\u22125\r\n" +
                  "costs_tkr;2023;;1.234,5\r\n" +
                  "equity_sek;2023;;5 \u2212\r\n";

        Errors(Utf8(csv), "values.csv", NrfRuleSet).Should().Equal(
            "values.csv:2:42: 'national_group_share_pct' for 2023, norrbotten (column value): '15,5 %%' is not a number",
            "values.csv:3:46: 'national_group_share_pct' for 2023, vasternorrland (column value): '% 18' is not a number",
            "values.csv:4:19: 'revenue_tkr' for 2023 (column value): '\u2212\u22125' is not a number",
            "values.csv:5:17: 'costs_tkr' for 2023 (column value): '1.234,5' is not a number",
            "values.csv:6:18: 'equity_sek' for 2023 (column value): '5 \u2212' is not a number");
    }

    [Theory]
    [InlineData("\u22123,5", "-3.5")]
    [InlineData("\u22121 000", "-1000")]
    [InlineData("\u22120.25", "-0.25")]
    public void TryNumber_UnicodeMinus_ReadsTheNegativeNumber(string text, string expected)
    {
        ValueText.TryNumber(text, out var value, out var problem).Should().BeTrue(problem);
        value.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }
}
