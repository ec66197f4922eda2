using Nrf.Goals.Results;

namespace Nrf.Goals.Reporting;

/// <summary>One failing criterion part of a <see cref="WhatIfGoal"/> and its numbers.</summary>
/// <param name="Label">The part's label, if the rule file gives one.</param>
/// <param name="Comparison">Actual, operator, threshold and distance.</param>
public sealed record WhatIfPart(string? Label, PartComparison Comparison);
