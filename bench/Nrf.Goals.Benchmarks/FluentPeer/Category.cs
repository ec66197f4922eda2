namespace Nrf.Goals.Benchmarks.FluentPeer;

/// <summary>The category of a goal under the verdict policy.</summary>
public enum Category
{
    /// <summary>Verksamhetsmål: at least 7 of 10 must be met.</summary>
    Operational,

    /// <summary>Finansiella mål: all must be met.</summary>
    Financial,
}
