using Nrf.Goals.Diagnostics;
using Nrf.Goals.Loading;
using static Nrf.Goals.Tests.Loading.LoadAssertions;

namespace Nrf.Goals.Tests.Loading;

/// <summary>
/// Criteria are a small closed language, not C#: attempts to reach .NET (members, strings, typeof, new, namespaces)
/// are refused when the rule file is loaded, each at the column of the offending token.
/// </summary>
public sealed class ExpressionSafetyTests
{
    private const string Dot =
        "'.' is not allowed: expressions may use only indicator ids, numbers, operators and the documented functions (no members or methods)";

    private const string Quotes = "text in quotes is not allowed in expressions; breakdown keys are written bare, e.g. x[K]";

    private const string Functions =
        "the functions are abs, at, baseline, decreased, gap, increased, latest, max, min, previous, previous_measurement, same_period_last_year";

    // Each criterion is written on line 14 after "    criterion: ", so a plain scalar's text starts at column 16
    // and a quoted scalar's text at column 17.
    [Theory]
    [InlineData("visitors.GetType().Assembly.FullName == 1", "rules.yaml:14:24: " + Dot)]
    [InlineData("v.GetType().Assembly.FullName", "rules.yaml:14:17: " + Dot)]
    [InlineData("\"sent and v.GetType().Assembly.FullName\"", "rules.yaml:14:27: " + Dot)]
    [InlineData("System.IO.File.Exists(sent)", "rules.yaml:14:22: " + Dot)]
    [InlineData("\"visitors == 'x'\"", "rules.yaml:14:29: " + Quotes)]
    [InlineData("'visitors == \"x\"'", "rules.yaml:14:29: " + Quotes)]
    [InlineData("typeof(visitors) and sent", "rules.yaml:14:16: 'typeof' is not a function of the rule language; " + Functions)]
    [InlineData("\"sent and typeof(x)\"", "rules.yaml:14:26: 'typeof' is not a function of the rule language; " + Functions)]
    [InlineData("sent and GetType()", "rules.yaml:14:25: 'GetType' is not a function of the rule language; " + Functions)]
    [InlineData("new visitors() and sent", "rules.yaml:14:20: unexpected 'visitors' after a complete expression")]
    [InlineData("sent; visitors", "rules.yaml:14:20: the character ';' (U+003B) is not allowed in expressions")]
    [InlineData("\"@System.Environment.Exit(1)\"", "rules.yaml:14:17: the character '@' (U+0040) is not allowed in expressions")]
    [InlineData("visitors = 1", "rules.yaml:14:25: use == to compare two values ('=' alone is not an operator)")]
    public void Parse_EscapeAttemptInCriterion_IsRefusedAtOffendingToken(string criterion, string expected)
    {
        RuleErrors(RuleSetLoaderTests.Header + "    criterion: " + criterion + "\n").Should().Equal(expected);
    }

    [Fact]
    public void Parse_EscapeAttemptInExplanationPlaceholder_IsRefusedAtOffendingToken()
    {
        var yaml = RuleSetLoaderTests.Header + "    criterion: sent\n    explanation: \"Visitors {visitors.GetType().Name}\"\n";

        RuleErrors(yaml).Should().Equal("rules.yaml:15:37: " + Dot);
    }

    [Fact]
    public void Parse_EscapeAttemptInCriterionPart_IsRefusedAtOffendingToken()
    {
        var yaml = RuleSetLoaderTests.Header + "    criterion:\n      - {label: A, expr: \"typeof(System.IO.File)\"}\n";

        RuleErrors(yaml).Should().Equal("rules.yaml:15:40: " + Dot);
    }

    [Fact]
    public void Parse_EscapeAttempt_ThrowsNrfGoalsExceptionNotAnyOtherException()
    {
        var act = () => RuleSetLoader.Parse(RuleSetLoaderTests.Header + "    criterion: visitors.GetType().Assembly.FullName\n");

        act.Should().ThrowExactly<NrfGoalsException>();
    }
}
