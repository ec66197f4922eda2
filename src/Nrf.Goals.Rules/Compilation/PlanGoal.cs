using System.Collections.Immutable;
using Nrf.Goals.Model;

namespace Nrf.Goals.Rules.Compilation;

/// <summary>A goal with the plan parts of each of its cases and of its explanation templates.</summary>
/// <param name="Index">The goal's position in the rule set.</param>
/// <param name="Goal">The goal.</param>
/// <param name="Cases">Its cases: one, unless targets vary by year or period.</param>
/// <param name="TemplateParts">The parts that fill the goal's explanation template's placeholders.</param>
internal sealed record PlanGoal(int Index, Goal Goal, ImmutableArray<PlanCase> Cases, ImmutableArray<int> TemplateParts)
{
    /// <summary>The parts of every template of the goal, each once: the cases' own, then the goal's.</summary>
    public IEnumerable<int> AllTemplateParts => Cases.SelectMany(c => c.TemplateParts).Concat(TemplateParts).Distinct();
}

/// <summary>One case of a goal (the only case unless targets vary by year or period).</summary>
/// <param name="Index">The case's position in the goal.</param>
/// <param name="Year">The year it applies to, if any.</param>
/// <param name="Period">The report period it applies to, if any.</param>
/// <param name="Criterion">Its criterion: expression, monitor or manual.</param>
/// <param name="Parts">Its plan parts, in order.</param>
internal sealed record PlanCase(int Index, int? Year, ReportPeriod? Period, Criterion Criterion, ImmutableArray<int> Parts)
{
    /// <summary>The explanation template that writes the goal's explanation when this case applies: the case's own, else the goal's; null for none.</summary>
    public ExplanationTemplate? Template { get; init; }

    /// <summary>The parts that fill <see cref="Template"/>'s placeholders, in order.</summary>
    public ImmutableArray<int> TemplateParts { get; init; } = ImmutableArray<int>.Empty;
}
