using Nrf.Goals.RuleTests;
using Xunit.Sdk;

namespace Nrf.Goals.Testing;

/// <summary>The one-line assertion of a rule test case: <c>RuleTest.Run(testCase).ShouldPass()</c>.</summary>
public static class RuleTestOutcomeExtensions
{
    /// <summary>Fails the test with every expectation that did not hold, each with its place in the test file and the evaluated numbers.</summary>
    /// <exception cref="XunitException">An expectation did not hold.</exception>
    public static void ShouldPass(this RuleTestOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (!outcome.Passed)
        {
            throw new XunitException($"{outcome.Case.Id} failed:\n" + string.Join("\n", outcome.Failures.Select(f => $"  {f.Location}: {f.Message}")));
        }
    }
}
