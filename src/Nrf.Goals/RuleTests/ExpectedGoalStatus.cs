using Nrf.Goals.Diagnostics;
using Nrf.Goals.Results;

namespace Nrf.Goals.RuleTests;

/// <summary>An expected goal status, e.g. <c>mal-4: met</c>.</summary>
/// <param name="GoalId">The goal.</param>
/// <param name="Status">The status the goal must have.</param>
/// <param name="Location">Where the expectation is written.</param>
public sealed record ExpectedGoalStatus(string GoalId, GoalStatus Status, SourceLocation Location);
