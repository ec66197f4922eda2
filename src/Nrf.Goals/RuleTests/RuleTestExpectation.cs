using System.Collections.Immutable;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Verdicts;

namespace Nrf.Goals.RuleTests;

/// <summary>What a case expects (its <c>expect:</c> mapping); at least one of goals, categories, verdict and explanations is given.</summary>
/// <param name="Goals">Expected goal statuses, in file order.</param>
/// <param name="Verdict">The expected verdict, if any.</param>
/// <param name="VerdictLocation">Where the expected verdict is written.</param>
/// <param name="Explanations">Text fragments goal explanations must contain, in file order.</param>
public sealed record RuleTestExpectation(
    ImmutableArray<ExpectedGoalStatus> Goals,
    VerdictStatus? Verdict,
    SourceLocation? VerdictLocation,
    ImmutableArray<ExpectedExplanation> Explanations)
{
    /// <summary>Expected statuses of the categories under the policy (<c>categories: {operational: partly-met}</c>), in file order.</summary>
    public ImmutableArray<ExpectedCategoryStatus> Categories { get; init; } = ImmutableArray<ExpectedCategoryStatus>.Empty;
}
