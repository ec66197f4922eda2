using Nrf.Goals.Results;

namespace Nrf.Goals.Reporting;

/// <summary>One failing criterion part of a <see cref="WhatIfGoal"/> and its numbers.</summary>
/// <param name="Label">The part's label, if the rule file gives one.</param>
/// <param name="Comparison">Actual, operator, threshold and distance; null when the part is not a comparison of two
/// numbers (a yes/no indicator, <c>increased(x)</c>).</param>
public sealed record WhatIfPart(string? Label, PartComparison? Comparison)
{
    /// <summary>
    /// The compared side (<c>budget_deviation_mnkr[service]</c>) when the part failed in more than one comparison and
    /// each is listed with its own distance; null otherwise.
    /// </summary>
    public string? Subject { get; init; }
}
