namespace Nrf.Goals.Results;

/// <summary>The result of one part of a goal's criterion.</summary>
/// <param name="Label">The part's label, if the rule file gives one.</param>
/// <param name="Criterion">The part's expression as written.</param>
/// <param name="Status">Met, not met or not evaluable.</param>
/// <param name="Detail">The expression with its values, e.g. <c>bg_meetings_quorate / bg_meetings_planned = 26 / 29 = 0,897 &lt; 0,90</c>.</param>
public sealed record PartResult(string? Label, string Criterion, GoalStatus Status, string Detail);
