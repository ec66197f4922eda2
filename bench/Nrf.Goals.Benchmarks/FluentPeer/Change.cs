namespace Nrf.Goals.Benchmarks.FluentPeer;

/// <summary>A figure this year and in the year it is compared with; either may be missing (null).</summary>
/// <param name="Now">This year's figure.</param>
/// <param name="Before">The comparison year's figure.</param>
public readonly record struct Change(decimal? Now, decimal? Before)
{
    /// <summary>Both figures are reported.</summary>
    public bool Known => Now.HasValue && Before.HasValue;

    /// <summary>Now is greater than before (false when either is missing).</summary>
    public bool Increased => Now > Before;

    /// <summary>Now is less than before (false when either is missing).</summary>
    public bool Decreased => Now < Before;
}
