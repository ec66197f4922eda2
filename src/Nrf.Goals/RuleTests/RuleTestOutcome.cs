using System.Collections.Immutable;
using Nrf.Goals.Results;

namespace Nrf.Goals.RuleTests;

/// <summary>The result of running one case.</summary>
/// <param name="Case">The case.</param>
/// <param name="Result">The evaluation of the case's values.</param>
/// <param name="Failures">Every expectation that did not hold, in file order; empty when the case passed.</param>
public sealed record RuleTestOutcome(RuleTestCase Case, EvaluationResult Result, ImmutableArray<RuleTestFailure> Failures)
{
    /// <summary>True when every expectation held.</summary>
    public bool Passed => Failures.IsEmpty;
}
