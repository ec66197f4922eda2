using Nrf.Goals.Results;

namespace Nrf.Goals.Values;

/// <summary>A person's verdict on a qualitative goal ("En samlad metodbank finns etablerad"), carried in the values document.</summary>
/// <param name="Status">Met, partly met or not met.</param>
/// <param name="Comment">The assessor's comment, shown with the result.</param>
/// <param name="AssessedBy">Who assessed, if given.</param>
public sealed record ManualAssessment(GoalStatus Status, string? Comment, string? AssessedBy);
