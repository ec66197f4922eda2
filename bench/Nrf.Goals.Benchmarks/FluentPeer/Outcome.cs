namespace Nrf.Goals.Benchmarks.FluentPeer;

/// <summary>How a goal stands: three-valued, like the engine's statuses (which also split "partly met" off "not met").</summary>
public enum Outcome
{
    /// <summary>The criterion holds.</summary>
    Met,

    /// <summary>The criterion does not hold.</summary>
    NotMet,

    /// <summary>A figure the criterion needs is missing (or a ratio divides by zero).</summary>
    NotEvaluable,
}
