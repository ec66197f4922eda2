namespace Nrf.Goals.Benchmarks.FluentPeer;

/// <summary>Helpers the rules' expressions call.</summary>
public static class Judge
{
    /// <summary>Met when <paramref name="holds"/>, else not met (the caller has checked that the figures are there).</summary>
    public static Outcome Holds(bool holds) => holds ? Outcome.Met : Outcome.NotMet;
}
