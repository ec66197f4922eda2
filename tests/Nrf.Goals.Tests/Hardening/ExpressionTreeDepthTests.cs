using Nrf.Goals.Diagnostics;
using Nrf.Goals.Expressions;
using Nrf.Goals.Loading;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Tests.Loading;

namespace Nrf.Goals.Tests.Hardening;

/// <summary>
/// The depth limit covers chains of binary operators too: a 301-term <c>x + x + …</c> passed validate (no brackets) and
/// overflowed the stack in evaluation. Whatever loads must compile and evaluate on a 1 MB stack (issue 15).
/// </summary>
public sealed class ExpressionTreeDepthTests
{
    private const int OneMegabyte = 1024 * 1024;

    /// <summary>The loader tests' header with an indicator 'x', short enough for long chains within the length limit.</summary>
    private static readonly string Header = RuleSetLoaderTests.Header.Replace("  - {id: sent,", "  - {id: x, title: X}\n  - {id: sent,", StringComparison.Ordinal);

    [Fact]
    public void Parse_ChainOfThreeHundredAndOneTerms_IsRefusedAtTheOperatorTooDeep()
    {
        var criterion = string.Join(" + ", Enumerable.Repeat("x", 301)) + " >= 1";

        // The 64th '+' joins the 65th term, the 65th level: '    criterion: "' is 16 characters and each "x + " 4.
        Errors(criterion).Should().Equal(
            $"rules.yaml:15:{16 + (63 * 4) + 3}: the expression nests deeper than 64 levels of operators and functions (each operator of a chain such as a + b + c is one level); split it into simpler goals or parts");
    }

    [Theory]
    [InlineData("chain")]
    [InlineData("mixed")]
    public void Evaluate_DeepestExpressionThatLoads_EvaluatesOnAOneMegabyteStack(string shape)
    {
        var criterion = Deepest(shape);
        var ruleSet = RuleSetLoader.Parse(Header + "    criterion: \"" + criterion + "\"\n");
        var values = ValuesLoader.Parse("entity: nrf\nyear: 2023\nreport: annual\nvalues: {visitors: 1, x: 1, sent: true}\n", "values.yaml", ruleSet);
        GoalStatus? status = null;

        // Compile and evaluate where a Windows or macOS thread would: 1 MB of stack.
        var thread = new Thread(() => status = new NRulesCompiler().Compile(ruleSet).Evaluate(values).Goal("g1")!.Status, OneMegabyte);
        thread.Start();
        thread.Join();

        status.Should().Be(GoalStatus.Met);
    }

    [Theory]
    [InlineData("chain")]
    [InlineData("mixed")]
    public void Parse_OneLevelDeeperThanTheDeepest_IsRefused(string shape)
    {
        var criterion = "not (" + Deepest(shape) + ")";

        Errors(criterion).Should().ContainSingle().Which.Should().Contain("the expression nests deeper than 64 levels of operators and functions");
    }

    /// <summary>
    /// A criterion exactly <see cref="ExpressionParser.MaxTreeDepth"/> levels deep: a chain of sums, or sums under
    /// nested max() calls, negations and brackets (each kind of node recurses in its own way).
    /// </summary>
    private static string Deepest(string shape)
    {
        if (shape == "chain")
        {
            // n terms are n - 1 levels above the leaves plus the leaf level; the comparison adds one more.
            return string.Join(" + ", Enumerable.Repeat("x", ExpressionParser.MaxTreeDepth - 1)) + " >= 1";
        }

        // 10 max() calls and 10 negations (20 levels, 30 of the 32 bracket levels) + a chain of 42 terms (42 levels)
        // + '>=' + 'and' with sent.
        var inner = string.Join(" + ", Enumerable.Repeat("x", 42));
        for (var i = 0; i < 10; i++)
        {
            inner = $"max(- ({inner}), 0)";
        }

        return $"{inner} >= 0 and sent";
    }

    private static IReadOnlyList<string> Errors(string criterion)
    {
        var act = () => RuleSetLoader.Parse(Header + "    criterion: \"" + criterion + "\"\n");
        return act.Should().Throw<NrfGoalsException>().Which.Diagnostics.Select(d => d.ToString()).ToList();
    }
}
