using Nrf.Goals.Diagnostics;
using Nrf.Goals.Model;
using Nrf.Goals.Verdicts;

namespace Nrf.Goals.RuleTests;

/// <summary>An expected status of a category of goals under the policy, e.g. <c>operational: partly-met</c>.</summary>
/// <param name="Category">The category.</param>
/// <param name="Status">The status the category must have.</param>
/// <param name="Location">Where the expectation is written.</param>
public sealed record ExpectedCategoryStatus(GoalCategory Category, VerdictStatus Status, SourceLocation Location);
