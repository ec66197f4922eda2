using Nrf.Goals.Diagnostics;

namespace Nrf.Goals.RuleTests;

/// <summary>One expectation that did not hold.</summary>
/// <param name="Message">What differed, with the evaluated numbers, e.g. <c>mal-4: expected met, got not-met — bg_meetings_quorate / bg_meetings_planned = 26 / 29 = 0,897 &lt; 0,90</c>.</param>
/// <param name="Location">Where the expectation is written in the test file.</param>
public sealed record RuleTestFailure(string Message, SourceLocation Location)
{
    /// <inheritdoc />
    public override string ToString() => Message;
}
