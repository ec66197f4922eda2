namespace Nrf.Goals.Loading;

/// <summary>Limits on input files, so that a hostile or broken file is refused quickly with a plain error.</summary>
public static class InputLimits
{
    /// <summary>Largest rule or values file accepted, in bytes (4 MiB).</summary>
    public const int MaxFileBytes = 4 * 1024 * 1024;

    /// <summary>Deepest nesting of YAML collections accepted.</summary>
    public const int MaxDepth = 32;

    /// <summary>Most YAML nodes accepted in one file.</summary>
    public const int MaxNodes = 200_000;
}
