using Nrf.Goals.Loading;

namespace Nrf.Goals.Tests.Loading;

public sealed class ValueTextTests
{
    [Theory]
    [InlineData("1_200_000", "1200000")]
    [InlineData("-1_234.5", "-1234.5")]
    [InlineData("1 234,5", "1234.5")]
    [InlineData("1\u00A0234\u00A0567,25", "1234567.25")]
    [InlineData("0.90", "0.90")]
    public void TryNumber_GroupedOrSwedish_ReadsTheExactDecimal(string text, string expected)
    {
        ValueText.TryNumber(text, out var value, out var problem).Should().BeTrue(problem);
        value.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("1__000", "'1__000' is not a number")]
    [InlineData("_1000", "'_1000' is not a number")]
    [InlineData("1000_", "'1000_' is not a number")]
    [InlineData("1_000,5", "'1_000,5' is not a number")]
    public void TryNumber_MisplacedUnderscore_IsNotANumber(string text, string expected)
    {
        ValueText.TryNumber(text, out _, out var problem).Should().BeFalse();
        problem.Should().Be(expected);
    }
}
