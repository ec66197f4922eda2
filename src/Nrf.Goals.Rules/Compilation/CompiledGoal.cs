using System.Collections.Immutable;
using Nrf.Goals.Model;

namespace Nrf.Goals.Rules.Compilation;

/// <summary>A goal with the engine rules of each of its cases.</summary>
internal sealed record CompiledGoal(Goal Goal, ImmutableArray<CompiledCase> Cases, ImmutableArray<int> TemplateRules);

/// <summary>One case of a goal (the only case unless targets vary by year or period).</summary>
internal sealed record CompiledCase(int? Year, ReportPeriod? Period, Criterion Criterion, ImmutableArray<int> Rules);
