namespace Nrf.Goals.Cli.Output;

/// <summary>Whether two paths name the same file, so that <c>--out</c> never overwrites an input.</summary>
internal static class SamePath
{
    // Windows and macOS file systems ignore case by default: there Rules.YAML is rules.yaml.
    private static readonly StringComparison Comparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    public static bool As(string a, string b) => string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), Comparison);
}
