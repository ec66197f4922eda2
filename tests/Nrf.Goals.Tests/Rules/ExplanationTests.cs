using Nrf.Goals.Loading;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Compilation;

namespace Nrf.Goals.Tests.Rules;

public sealed class ExplanationTests
{
    private static GoalResult Evaluate(string criterion, string values)
    {
        var rules = $"""
            id: t
            title: T
            validity: {"{"}from: 2023, to: 2025{"}"}
            policy: {"{"}operational: all, financial: all{"}"}
            indicators:
              - {"{"}id: x, title: X{"}"}
              - {"{"}id: y, title: Y{"}"}
              - {"{"}id: z, title: Z{"}"}
              - {"{"}id: d, title: D, default: 0{"}"}
            goals:
              - id: g
                title: G
                category: operational
                criterion: "{criterion}"
            """;
        var ruleSet = RuleSetLoader.Parse(rules, "t.yaml");
        return new NRulesCompiler().Compile(ruleSet).Evaluate(ValuesLoader.Parse($"entity: t\nyear: 2023\nreport: annual\nvalues: {values}\n", "v.yaml", ruleSet)).Goal("g")!;
    }

    [Theory]
    [InlineData("(x + y) * (z - 1) > 100", "(x + y) * (z - 1) = (2 + 3) * (7 - 1) = 30 ≤ 100")]
    [InlineData("x - (y - z) > 0", "x - (y - z) = 2 - (3 - 7) = 6 > 0")]
    [InlineData("abs(abs(x - y) - z) < 100", "abs(abs(x - y) - z) = abs(abs(2 - 3) - 7) = 6 < 100")]
    [InlineData("min(x - y, z) < 0", "min(x - y, z) = min(2 - 3, 7) = -1 < 0")]
    public void Evaluate_BracketedArithmetic_DetailQuotesTheExpressionWithItsValues(string criterion, string expected)
    {
        Evaluate(criterion, "{x: 2, y: 3, z: 7}").Parts.Single().Detail.Should().Be(expected);
    }

    // A function's reading lists the values the call read, not every value of its indicator the part used (issue 22).
    [Fact]
    public void Evaluate_IncreasedBesideAnotherYearOfTheSameIndicator_ListsOnlyTheYearsIncreasedRead()
    {
        var goal = Evaluate("increased(x) and at(x, 2018) > 0", "{x: {2018: 7, 2022: 4, 2023: 5}}");

        goal.Status.Should().Be(GoalStatus.Met);
        goal.Parts.Single().Detail.Should().Be("increased(x): 5 (2023) mot 4 (2022); at(x, 2018) = 7 > 0");
        goal.Values.Select(v => (v.Year, v.Number)).Should().Equal((2023, 5m), (2022, 4m), (2018, 7m));
    }

    [Fact]
    public void Evaluate_DefaultValueAndPreviousYearMissing_NotEvaluableInsteadOfComparedWithTheDefault()
    {
        var goal = Evaluate("increased(d)", "{d: {2023: 5}}");

        goal.Status.Should().Be(GoalStatus.NotEvaluable);
        goal.Reason.Should().Be("värde saknas för d 2022");
    }

    [Fact]
    public void Parse_YesNoIndicatorBrokenDown_RefusedAtTheByKey()
    {
        var act = () => RuleSetLoader.Parse(
            "id: t\ntitle: T\nvalidity: {from: 2023, to: 2025}\npolicy: {operational: all, financial: all}\nindicators:\n  - {id: f, title: F, type: yes-no, by: sex}\ngoals:\n  - {id: g, title: G, category: operational, criterion: 'f[K]'}\n",
            "t.yaml");

        act.Should().Throw<Nrf.Goals.Diagnostics.NrfGoalsException>().Which.Diagnostics.Select(d => d.ToString()).Should().Equal(
            "t.yaml:6:41: indicator 'f' is yes/no and cannot be broken down; declare one indicator per key instead");
    }

    [Theory]
    [InlineData("x >= 1_000_000", "{x: 999999.9996}", "x = 999 999,9996 < 1 000 000")]
    [InlineData("x >= y", "{x: 999999.9996, y: 1000000}", "x = 999 999,9996 < y = 1 000 000")]
    [InlineData("x / y >= 0.9", "{x: 8999999, y: 10000000}", "x / y = 8 999 999 / 10 000 000 = 0,8999999 < 0,9")]
    public void Evaluate_RoundingWouldHideTheDifference_BothSidesShownExactly(string criterion, string values, string expected)
    {
        Evaluate(criterion, values).Parts.Single().Detail.Should().Be(expected);
    }

    [Fact]
    public void Evaluate_DifferenceVisibleAfterRounding_KeepsThreeDecimals()
    {
        Evaluate("x / y >= 0.9", "{x: 26, y: 29}").Parts.Single().Detail.Should().Be("x / y = 26 / 29 = 0,897 < 0,9");
    }

    [Theory]
    [InlineData("not (x > 1) and y >= 1")]
    [InlineData("increased(x) and y >= 1")]
    [InlineData("x != 2 and y >= 1")]
    public void Evaluate_PartFailedForAnotherReason_HasNoComparisonToMeasureADistanceFrom(string criterion)
    {
        var part = Evaluate(criterion, "{x: {2022: 5, 2023: 2}, y: 3}").Parts.Single();

        part.Status.Should().Be(GoalStatus.NotMet);
        part.Comparison.Should().BeNull();
    }

    [Fact]
    public void Evaluate_PartFailedOnAComparison_CarriesThatComparison()
    {
        var part = Evaluate("y >= 1 and x >= 5", "{x: 3, y: 3}").Parts.Single();

        part.Comparison.Should().Be(new PartComparison(3m, Nrf.Goals.Expressions.BinaryOperator.GreaterOrEqual, 5m, null, false));
        part.Comparison!.Distance.Should().Be(2m);
    }
}
