namespace Nrf.Goals.Verdicts;

/// <summary>The three-valued answer to "is god ekonomisk hushållning met?".</summary>
public enum VerdictStatus
{
    /// <summary>Met, whatever the goals that could not be evaluated turn out to be.</summary>
    Met,

    /// <summary>Not met, whatever the goals that could not be evaluated turn out to be.</summary>
    NotMet,

    /// <summary>Depends on goals that could not be evaluated.</summary>
    Undetermined,

    /// <summary>The category is reported but does not decide the verdict.</summary>
    ReportOnly,
}
