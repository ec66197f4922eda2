using Nrf.Goals.Reporting;
using Nrf.Goals.Reports;
using Nrf.Goals.Words;

namespace Nrf.Goals.Tests.Reporting;

/// <summary>The one place every writer of readable text removes what would change how the text around it shows (issue 15).</summary>
public sealed class DisplayTextTests
{
    [Theory]
    [InlineData('\u202A')]
    [InlineData('\u202B')]
    [InlineData('\u202C')]
    [InlineData('\u202D')]
    [InlineData('\u202E')]
    [InlineData('\u2066')]
    [InlineData('\u2067')]
    [InlineData('\u2068')]
    [InlineData('\u2069')]
    public void Clean_BidiEmbeddingOverrideOrIsolate_IsRemoved(char bidi)
    {
        DisplayText.Clean($"mål {bidi}%09 nått").Should().Be("mål %09 nått");
    }

    [Fact]
    public void Clean_ControlCharacters_RemovedExceptTabAndLineBreaks()
    {
        DisplayText.Clean("a\u0000b\u001B[31mc\u007Fd\u0085e\u009Bf\tg\nh\r\ni").Should().Be("ab[31mcdef\tg\nh\r\ni");
    }

    [Fact]
    public void Clean_NoncharactersAndHalfSurrogates_AreRemoved()
    {
        DisplayText.Clean("a\uFFFEb\uFFFFc\uD800d\uDC00e").Should().Be("abcde");
    }

    [Fact]
    public void Clean_OrdinaryText_IsReturnedAsIs()
    {
        const string text = "Hälso- och sjukvård ≥ 90 % ✔ \U0001F600 \u200F";

        DisplayText.Clean(text).Should().BeSameAs(text);
    }
}
