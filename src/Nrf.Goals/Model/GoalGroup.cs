using Nrf.Goals.Diagnostics;

namespace Nrf.Goals.Model;

/// <summary>
/// A level of a plan's hierarchy that goals sit under: in a balanced scorecard a perspective (perspektiv),
/// a strategic goal (strategiskt mål) or a success factor (framgångsfaktor).
/// </summary>
/// <param name="Id">The group's id, unique among the rule set's groups.</param>
/// <param name="Title">Its title as the plan writes it.</param>
/// <param name="Level">What kind of level it is, as readers know it (e.g. <c>framgångsfaktor</c>), if given.</param>
/// <param name="Parent">The id of the enclosing group; null for a top-level group.</param>
/// <param name="Risk">
/// The plan's risk score for the group (riskbedömning, 1–16 from a probability × consequence matrix), if declared.
/// </param>
/// <param name="Location">Where the group is declared.</param>
public sealed record GoalGroup(string Id, string Title, string? Level, string? Parent, int? Risk, SourceLocation Location)
{
    /// <summary>The lowest risk score that requires action (Region Norrbotten: 1–8 no action, 9–16 action).</summary>
    public const int ActionThreshold = 9;

    /// <summary>The highest risk score a 4 × 4 risk matrix gives.</summary>
    public const int MaxRisk = 16;

    /// <summary>True when the risk score requires action to reduce the risk.</summary>
    public bool ActionRequired => Risk >= ActionThreshold;
}
