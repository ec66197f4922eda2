namespace Nrf.Goals.Verdicts;

/// <summary>
/// The god-ekonomisk-hushållning verdict: met only if every deciding category is met, not met if any is not met,
/// otherwise undetermined. Report-only categories are shown but do not decide.
/// </summary>
/// <param name="Status">The overall status.</param>
/// <param name="Operational">The operational goals' counts and status.</param>
/// <param name="Financial">The financial goals' counts and status.</param>
/// <param name="Wording">The policy's wording from the source document, if the rule file gives it.</param>
public sealed record Verdict(VerdictStatus Status, CategoryVerdict Operational, CategoryVerdict Financial, string? Wording);
