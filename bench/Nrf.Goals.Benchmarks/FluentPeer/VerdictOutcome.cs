namespace Nrf.Goals.Benchmarks.FluentPeer;

/// <summary>The answer of a category of goals and of the verdict: three-valued.</summary>
public enum VerdictOutcome
{
    /// <summary>Met, whatever the goals that could not be evaluated turn out to be.</summary>
    Met,

    /// <summary>Not met, whatever the goals that could not be evaluated turn out to be.</summary>
    NotMet,

    /// <summary>Depends on goals that could not be evaluated.</summary>
    Undetermined,
}
