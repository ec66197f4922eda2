namespace Nrf.Goals.Values;

/// <summary>What the values report for an activity: how far it has come, with a comment, carried like a manual assessment.</summary>
/// <param name="State">Done, in progress or not started.</param>
/// <param name="Comment">What was done, shown with the result.</param>
/// <param name="AssessedBy">Who reported, if given.</param>
public sealed record ActivityReport(ActivityState State, string? Comment, string? AssessedBy);
