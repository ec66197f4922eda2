namespace Nrf.Goals.Verdicts;

/// <summary>
/// The answer to "is god ekonomisk hushållning met?", for the verdict and for each category: three-valued (met, not met,
/// undetermined), with partly met only where the policy defines it.
/// </summary>
public enum VerdictStatus
{
    /// <summary>Met, whatever the goals that could not be evaluated turn out to be.</summary>
    Met,

    /// <summary>Not met, whatever the goals that could not be evaluated turn out to be.</summary>
    NotMet,

    /// <summary>Depends on goals (or a judgement) that could not be evaluated.</summary>
    Undetermined,

    /// <summary>The category is reported but does not decide the verdict.</summary>
    ReportOnly,

    /// <summary>
    /// Partly met ("delvis uppfyllt", "uppnås delvis"), whatever the goals that could not be evaluated turn out to be; only
    /// where the policy defines a partly outcome (<see cref="Model.CategoryRequirement.CanBePartlyMet"/>,
    /// <see cref="Model.VerdictPolicy.PartlyVerdict"/>).
    /// </summary>
    PartlyMet,
}
