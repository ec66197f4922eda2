using Nrf.Goals.Results;
using Nrf.Goals.Words;

namespace Nrf.Goals.Tests.Results;

public sealed class NumberTextTests
{
    [Theory]
    [InlineData("999999.9996", "1000000", true)]
    [InlineData("0.8966", "0.8974", true)]
    [InlineData("0.8966", "0.8975", false)]
    [InlineData("26", "26.0004", true)]
    [InlineData("26", "26.0005", false)]
    [InlineData("-1.0004", "-1", true)]
    public void RoundsToSameText_AgreesWithTheFormattedText(string a, string b, bool expected)
    {
        var x = decimal.Parse(a, System.Globalization.CultureInfo.InvariantCulture);
        var y = decimal.Parse(b, System.Globalization.CultureInfo.InvariantCulture);

        NumberText.RoundsToSameText(x, y).Should().Be(expected);
        (NumberText.Format(x) == NumberText.Format(y)).Should().Be(expected);
    }

    [Theory]
    [InlineData("45900", "45 900")]
    [InlineData("0.8966", "0,897")]
    [InlineData("-1234567.0004", "-1 234 567")]
    [InlineData("-0.0004", "0")]
    [InlineData("2.0004", "2")]
    [InlineData("999999.9996", "1 000 000")]
    [InlineData("123456789012345678901234.5", "123 456 789 012 345 678 901 234,5")]
    [InlineData("79228162514264337593543950335", "79 228 162 514 264 337 593 543 950 335")]
    [InlineData("-100000000000000000000000000", "-100 000 000 000 000 000 000 000 000")]
    public void Format_SwedishGroupingAndDecimalComma(string value, string expected) =>
        NumberText.Format(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(expected);

    [Fact]
    public void Format_ManyValues_WritesExactlyWhatTheNumberPatternWrites()
    {
        // The digit-by-digit writer must agree with .NET's custom format on every value, whatever its size, sign or scale.
        var random = new Random(20261123);
        for (var i = 0; i < 20_000; i++)
        {
            var scale = (byte)random.Next(0, 8);
            var high = random.Next(0, 8) == 0 ? random.Next() : 0;
            var value = new decimal(random.Next(), random.Next(0, 4) == 0 ? random.Next() : 0, high, random.Next(0, 2) == 1, scale);
            NumberText.Format(value).Should().Be(NumberText.FormatWithPattern(value), "for {0}", value);
            var decimals = random.Next(0, 7);
            NumberText.Format(value, decimals).Should().Be(NumberText.FormatWithPattern(value, decimals), "for {0} with {1} decimals", value, decimals);
        }
    }
}
