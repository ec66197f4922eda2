namespace Nrf.Goals.Model;

/// <summary>
/// How a <see cref="VerdictPolicy"/> makes god ekonomisk hushållning partly met ("uppnås delvis") from its deciding
/// categories, each of which is met, partly met or not met. Written in rule files as <c>verdict: {partly: every}</c> or
/// <c>verdict: {partly: some}</c>; without it the verdict is met, not met or undetermined, and a partly met category
/// counts as not met.
/// </summary>
public enum PartlyVerdictRule
{
    /// <summary>No partly met verdict: met only when every deciding category is met, otherwise not met.</summary>
    None,

    /// <summary>
    /// Partly met when every deciding category is at least partly met but not all are met ("uppnås delvis när
    /// verksamhetsmålen uppnås delvis och de finansiella målen uppnås"); not met when any category is not met.
    /// </summary>
    Every,

    /// <summary>
    /// Partly met when some deciding category is at least partly met but not all are met ("uppnås delvis när något av
    /// kraven nås"); not met only when every deciding category is not met.
    /// </summary>
    Some,
}
