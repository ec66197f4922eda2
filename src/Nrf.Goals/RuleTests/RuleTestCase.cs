using Nrf.Goals.Diagnostics;
using Nrf.Goals.Model;
using Nrf.Goals.Values;

namespace Nrf.Goals.RuleTests;

/// <summary>One case of a rule test file: the values to evaluate and what the analyst expects.</summary>
/// <param name="File">The test file's path, as it was given.</param>
/// <param name="Name">The case's name, unique in its file.</param>
/// <param name="RuleSet">The rule set under test.</param>
/// <param name="Values">The values document after the case's overrides, <c>unset</c> and <c>set</c>.</param>
/// <param name="Expect">The expected goal statuses, verdict and explanation fragments.</param>
/// <param name="Location">Where the case starts in the test file.</param>
public sealed record RuleTestCase(string File, string Name, RuleSet RuleSet, ValuesDocument Values, RuleTestExpectation Expect, SourceLocation Location)
{
    /// <summary>The case's id <c>file:name</c>, which <c>nrf-goals test --run</c> and the xunit integration use.</summary>
    public string Id => $"{File}:{Name}";

    /// <inheritdoc />
    public override string ToString() => Id;
}
