namespace Nrf.Goals.Verdicts;

/// <summary>
/// The god-ekonomisk-hushållning verdict: met only if every deciding category is met; where the policy defines a partly
/// met verdict (<see cref="Model.VerdictPolicy.PartlyVerdict"/>), partly met as it says; otherwise not met — and
/// undetermined when the goals that could not be evaluated could still change that. Report-only categories are shown
/// but do not decide.
/// </summary>
/// <param name="Status">The overall status.</param>
/// <param name="Operational">The operational goals' counts and status.</param>
/// <param name="Financial">The financial goals' counts and status.</param>
/// <param name="Wording">The policy's wording from the source document, if the rule file gives it.</param>
public sealed record Verdict(VerdictStatus Status, CategoryVerdict Operational, CategoryVerdict Financial, string? Wording)
{
    /// <summary>The verdict's partly rule as the policy writes it (<c>partly every</c>, <c>partly some</c>), or null when it has none.</summary>
    public string? Rule { get; init; }
}
