using System.Collections.Immutable;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Verdicts;

namespace Nrf.Goals.RuleTests;

/// <summary>What a case expects (its <c>expect:</c> mapping); at least one of the three is given.</summary>
/// <param name="Goals">Expected goal statuses, in file order.</param>
/// <param name="Verdict">The expected verdict, if any.</param>
/// <param name="VerdictLocation">Where the expected verdict is written.</param>
/// <param name="Explanations">Text fragments goal explanations must contain, in file order.</param>
public sealed record RuleTestExpectation(
    ImmutableArray<ExpectedGoalStatus> Goals,
    VerdictStatus? Verdict,
    SourceLocation? VerdictLocation,
    ImmutableArray<ExpectedExplanation> Explanations);
