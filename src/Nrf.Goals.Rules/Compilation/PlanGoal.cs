using System.Collections.Immutable;
using Nrf.Goals.Model;

namespace Nrf.Goals.Rules.Compilation;

/// <summary>A goal with the plan parts of each of its cases and of its explanation template.</summary>
/// <param name="Index">The goal's position in the rule set.</param>
/// <param name="Goal">The goal.</param>
/// <param name="Cases">Its cases: one, unless targets vary by year or period.</param>
/// <param name="TemplateParts">The parts that fill the explanation template's placeholders.</param>
internal sealed record PlanGoal(int Index, Goal Goal, ImmutableArray<PlanCase> Cases, ImmutableArray<int> TemplateParts);

/// <summary>One case of a goal (the only case unless targets vary by year or period).</summary>
/// <param name="Index">The case's position in the goal.</param>
/// <param name="Year">The year it applies to, if any.</param>
/// <param name="Period">The report period it applies to, if any.</param>
/// <param name="Criterion">Its criterion: expression, monitor or manual.</param>
/// <param name="Parts">Its plan parts, in order.</param>
internal sealed record PlanCase(int Index, int? Year, ReportPeriod? Period, Criterion Criterion, ImmutableArray<int> Parts);
