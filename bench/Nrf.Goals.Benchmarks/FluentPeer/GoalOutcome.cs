namespace Nrf.Goals.Benchmarks.FluentPeer;

/// <summary>The fact a goal's rule inserts: the goal and how it stands.</summary>
/// <param name="Goal">The goal id, e.g. <c>mal-4</c>.</param>
/// <param name="Category">Operational or financial.</param>
/// <param name="Outcome">Met, not met or not evaluable.</param>
public sealed record GoalOutcome(string Goal, Category Category, Outcome Outcome);
