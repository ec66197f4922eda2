using Nrf.Goals.Model;

namespace Nrf.Goals.Rules.Compilation;

/// <summary>What a part of the plan computes.</summary>
internal enum PartKind
{
    /// <summary>A criterion part: met, not met, or not evaluable.</summary>
    Condition,

    /// <summary>A value to show (monitor-only goals, explanation placeholders).</summary>
    Display,

    /// <summary>A manual assessment read from the values.</summary>
    Manual,

    /// <summary>An activity's state read from the values.</summary>
    Activity,
}

/// <summary>One computed unit of a goal: a criterion part, a shown value or a manual assessment.</summary>
/// <param name="Index">The part's number in <see cref="EvaluationPlan.Parts"/>.</param>
/// <param name="Kind">What it computes.</param>
/// <param name="Part">The criterion part, unless manual.</param>
/// <param name="ManualIndicator">The indicator of a manual assessment or of an activity.</param>
/// <param name="RootNode">The part's root node; -1 for a manual assessment or an activity.</param>
internal sealed record PlanPart(int Index, PartKind Kind, CriterionPart? Part, string? ManualIndicator, int RootNode);
