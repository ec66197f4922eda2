using Nrf.Goals.Diagnostics;

namespace Nrf.Goals.RuleTests;

/// <summary>A text fragment a goal's explanation must contain, e.g. <c>mal-4: "9 av 10"</c>.</summary>
/// <param name="GoalId">The goal.</param>
/// <param name="Fragment">The text the explanation must contain (ordinal comparison).</param>
/// <param name="Location">Where the fragment is written.</param>
public sealed record ExpectedExplanation(string GoalId, string Fragment, SourceLocation Location);
